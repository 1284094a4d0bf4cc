import ArgumentParser
import CorpusBuilding
import Foundation
import TEIAnnotator

struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Build, merge and count corpora of many articles.",
        discussion: """
            `corpus INPUT... --out DIR` (the same as `corpus build`) annotates every article of the inputs into \
            DIR; `corpus merge` combines shards; `corpus stats` counts entities, speakers and quotations.
            """,
        subcommands: [CorpusBuildCommand.self, CorpusMergeCommand.self, CorpusStatsCommand.self],
        defaultSubcommand: CorpusBuildCommand.self
    )
}

/// Options every corpus subcommand that writes a root shares.
struct CorpusHeaderOptions: ParsableArguments {
    @Flag(help: "When another build or merge is writing the directory, wait for it instead of stopping.")
    var wait = false

    @Option(help: "The corpus title, written into the corpus header.")
    var title = "News corpus"

    @Option(help: "The date written into the corpus header (YYYY-MM-DD); default: SOURCE_DATE_EPOCH, else today.")
    var date: String?

    func validate() throws {
        if let date, date.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil {
            throw ValidationError("--date \(date) is not YYYY-MM-DD")
        }
    }

    var resolvedDate: String { date ?? CorpusBuildOptions.defaultDate() }

    /// What to do when another process writes the directory: stop with status 75, or wait saying so.
    func contention(_ directory: String) -> LockContention {
        guard wait else { return .refuse }
        return .wait { holder in
            report("waiting: another build\(holder.map { " (pid \($0))" } ?? "") is writing \(directory)")
        }
    }
}

extension CorpusError {
    /// The exit status for this error: 1 when nothing could be annotated, 75 when another process writes
    /// the directory, 130 when interrupted, 2 for usage and I/O errors.
    var exitStatus: Int32 {
        switch self {
        case .empty: Exit.failure
        case .locked: Exit.busy
        case .interrupted: Exit.interrupted
        default: Exit.usage
        }
    }
}

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
}

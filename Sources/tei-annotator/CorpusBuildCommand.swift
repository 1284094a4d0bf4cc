import ArgumentParser
import CorpusBuilding
import Foundation
import TEIAnnotator

struct CorpusBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Annotate every article of the inputs into a corpus directory.",
        discussion: """
            INPUTs are files and directories (searched recursively for .txt, .html, .xml/.tei and .jsonl files; \
            every line of a JSON Lines file is an article). DIR receives articles/ID.xml per article, \
            manifest.jsonl, and corpus.xml: a teiCorpus with the corpus header and the corpus-wide register \
            that includes every article with xi:include.
            Running the same command again skips the articles that are up to date and redoes what changed or \
            is missing; a build killed at any moment resumes. An article that cannot be annotated is reported \
            and recorded in the manifest; the others go on. Articles of earlier builds whose inputs are not \
            part of this command are kept (a second batch adds to the corpus); --prune removes them.
            One build or merge writes a directory at a time: while another one writes DIR, the build stops \
            with status 75, or waits with --wait. Readers (validate, stats, export) see the old corpus.xml \
            and manifest until the build replaces them whole.
            Exit status: 0 when every article was annotated, 1 when any could not be, 2 for usage or I/O \
            errors, 75 when another process is writing DIR, 130 when interrupted (run again to resume).
            """
    )

    @Argument(help: "Files and directories of articles.")
    var inputs: [String]

    @Option(name: .long, help: "The corpus directory.")
    var out: String

    @Option(name: .customLong("jobs"), help: "Articles annotated at once (default: the number of cores).")
    var jobsOption: Int?

    /// Threads: `--jobs`, else one per processor.
    var jobs: Int { jobsOption ?? ProcessInfo.processInfo.activeProcessorCount }

    @Option(help: "Build only part K of N of the inputs (1-based), for `corpus merge` later.")
    var shard: String?

    @Option(help: "Extra annotation layers: linguistic (sentences, words, lemmas, parts of speech).")
    var layer: [AnnotationLayer] = []

    @Option(help: "An entity model trained with `tei-annotator train`, instead of the bundled one.")
    var model: String?

    @Flag(help: "Annotate every article again, even those that are up to date.")
    var force = false

    @Flag(help: "Remove the articles of earlier builds whose inputs are not part of this command.")
    var prune = false

    @Flag(help: "No progress display.")
    var quiet = false

    @OptionGroup var header: CorpusHeaderOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let shard, CorpusShard(shard) == nil { throw ValidationError("--shard \(shard) is not K/N with 1 ≤ K ≤ N") }
    }

    func run() throws {
        let (annotator, validator) = try loadPipeline(model: model)
        let linguistic = layer.contains(.linguistic)
        let options = CorpusBuildOptions(
            directory: out, jobs: jobs, shard: shard.flatMap(CorpusShard.init), linguistic: linguistic,
            title: header.title, date: header.resolvedDate, force: force,
            configuration: configuration(linguistic: linguistic), prune: prune, contention: header.contention(out))
        let builder = CorpusBuilder(annotator: annotator, validator: validator, options: options)
        let signals = SignalForwarding { builder.cancel() }
        let display = ProgressDisplay(enabled: !quiet)
        let summary: CorpusSummary
        do {
            summary = try builder.build(inputs) { display.update($0) }
        } catch {
            display.finish()
            if case .empty(let failures) = error { reportFailures(failures) }
            report("error: \(error)")
            throw ExitCode(error.exitStatus)
        }
        withExtendedLifetime(signals) {}
        display.finish()
        printSummary(summary)
        if !summary.totals.failures.isEmpty { throw ExitCode(Exit.failure) }
    }

    /// What makes articles of different runs comparable: the annotator's version, its model and layers.
    private func configuration(linguistic: Bool) -> String {
        var parts = ["\(Annotator.ident) \(Annotator.version)"]
        if let model {
            let attributes = try? FileManager.default.attributesOfItem(atPath: model)
            let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            parts.append("model \(URL(fileURLWithPath: model).standardizedFileURL.path) \(size) \(Int(modified))")
        }
        if linguistic { parts.append("layer linguistic") }
        return parts.joined(separator: "; ")
    }

    /// One line per input that could not be annotated, the first 20 of them.
    private func reportFailures(_ failures: [CorpusTotals.Failure]) {
        for failure in failures.prefix(20) { report("error: \(failure.input): \(failure.error)") }
        if failures.count > 20 { report("error: … and \(failures.count - 20) more (see manifest.jsonl)") }
    }

    private func printSummary(_ summary: CorpusSummary) {
        let totals = summary.totals
        reportFailures(totals.failures)
        let entities = ["PER", "LOC", "ORG"].map { "\($0) \(totals.mentions[$0, default: 0])" }.joined(separator: ", ")
        let register = ["PER", "LOC", "ORG"].map { "\($0) \(totals.registerEntries[$0, default: 0])" }
            .joined(separator: ", ")
        let lines = [
            "corpus: \(CorpusLayout(directory: out).rootPath)",
            "articles: \(totals.articles) (\(summary.added) added, \(summary.updated) updated, "
                + "\(summary.upToDate) up to date, \(summary.kept) kept from earlier builds), removed: \(summary.removed), "
                + "errors: \(totals.failures.count)",
            "words: \(totals.words); entity mentions: \(entities); register entries: \(register); "
                + "quotations: \(totals.quotations)",
            String(
                format: "time: %.1f s; %.0f words/s annotated with %d job%@", summary.seconds, summary.wordsPerSecond,
                jobs, jobs == 1 ? "" : "s"),
        ]
        let keptNote =
            summary.kept > 0
            ? [
                "kept \(summary.kept) article\(summary.kept == 1 ? "" : "s") of earlier builds whose inputs are not part of "
                    + "this one; --prune removes them"
            ] : []
        FileHandle.standardError.write(Data((lines + keptNote).map { $0 + "\n" }.joined().utf8))
    }
}

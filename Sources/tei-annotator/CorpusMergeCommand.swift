import ArgumentParser
import CorpusBuilding
import Foundation
import TEIAnnotator

struct CorpusMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine corpus directories built as shards into one corpus.",
        discussion: """
            Each SHARD is a finished corpus directory (from `corpus --shard K/N`). DIR receives every article, \
            one manifest, and one corpus.xml whose corpus register merges the shards' entities. The result is \
            the corpus one unsharded build of the same inputs would make. When DIR already holds a corpus, its \
            articles are kept and merged with the shards' (the shards' articles of the same inputs win); \
            --prune leaves them out.
            The merge holds the lock of every directory it reads or writes: while another build or merge writes \
            one of them, it stops with status 75, or waits with --wait.
            Exit status: 0 on success, 1 when some article of the shards had failed, 2 for usage or I/O errors, \
            75 when another process is writing one of the directories.
            """
    )

    @Argument(help: "Corpus directories built as shards.")
    var shards: [String]

    @Option(name: .long, help: "The merged corpus directory.")
    var out: String

    @Flag(help: "Leave out the articles DIR already holds that no shard holds (they are kept otherwise).")
    var prune = false

    @OptionGroup var header: CorpusHeaderOptions

    func run() throws {
        let totals: CorpusTotals
        do {
            totals = try CorpusMerger.merge(
                shards, into: out, title: header.title, date: header.resolvedDate, ident: Annotator.ident,
                version: Annotator.version, prune: prune, contention: header.contention(out))
        } catch {
            report("error: \(error)")
            throw ExitCode(error.exitStatus)
        }
        FileHandle.standardError.write(
            Data(
                ("corpus: \(CorpusLayout(directory: out).rootPath): \(totals.articles) articles, \(totals.words) words, "
                    + "errors: \(totals.failures.count)\n").utf8))
        if !totals.failures.isEmpty { throw ExitCode(Exit.failure) }
    }
}

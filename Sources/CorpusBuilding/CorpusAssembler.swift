import Foundation
import TEIAnnotator

/// Finishes a corpus from its records in corpus order: writes the compact manifest, merges the
/// corpus register, and writes the root. Records are handled one at a time; only the register and
/// the list of article files are held.
final class CorpusAssembler {
    private let layout: CorpusLayout
    private let header: CorpusRootWriter.Header
    /// The compact manifest, in place of the log once ``finish()`` succeeds.
    private let manifest: AtomicFileStream
    private var register = CorpusRegister()
    private var articleFiles: [String] = []
    private(set) var totals = CorpusTotals()

    init(layout: CorpusLayout, title: String, date: String, ident: String, version: String) throws(CorpusError) {
        self.layout = layout
        header = CorpusRootWriter.Header(
            title: title, date: date, articles: 0, words: 0, version: version, ident: ident)
        do {
            manifest = try AtomicFileStream(path: layout.manifestPath)
        } catch {
            throw .cannotWrite(layout.manifestPath, error.reason)
        }
    }

    /// The files of the articles added so far, relative to the corpus directory.
    var files: Set<String> { Set(articleFiles) }

    func add(_ record: ManifestRecord) throws(CorpusError) {
        let line = try ManifestLog.encode(record)
        do {
            try manifest.write(line)
        } catch {
            throw .cannotWrite(layout.manifestPath, error.reason)
        }
        totals.add(record)
        guard record.status == .annotated, let file = record.file else { return }
        register.add(record.entities)
        articleFiles.append(file)
    }

    /// Replaces the manifest and writes the root; throws ``CorpusError/empty`` when no article was added.
    func finish() throws(CorpusError) -> CorpusTotals {
        do {
            try manifest.commit()
        } catch {
            throw .cannotWrite(layout.manifestPath, error.reason)
        }
        register.linkShortNames()
        for entry in register.entries.values { totals.registerEntries[entry.type, default: 0] += 1 }
        guard !articleFiles.isEmpty else {
            try? FileManager.default.removeItem(atPath: layout.rootPath)
            throw .empty(failures: totals.failures)
        }
        var rootHeader = header
        rootHeader.articles = totals.articles
        rootHeader.words = totals.words
        try CorpusRootWriter.write(
            to: layout.rootPath, header: rootHeader, register: register, articleFiles: articleFiles)
        return totals
    }
}

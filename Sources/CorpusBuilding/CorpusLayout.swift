import Foundation
import TEIAnnotator

/// The files of a corpus directory: `corpus.xml` (the root), `manifest.jsonl`, and `articles/ID.xml`;
/// while a build runs, also its journal (`.manifest.journal.jsonl`), and always the writers' lock
/// (see ``CorpusLock``).
public struct CorpusLayout: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = URL(fileURLWithPath: directory).standardizedFileURL.path
    }

    public var rootPath: String { path(CorpusRegisterKey.rootFileName) }
    public var manifestPath: String { path("manifest.jsonl") }
    public var articlesDirectory: String { path("articles") }
    /// The manifest a build appends to as it goes: the finished manifest, then a record per article
    /// done. Readers never see it; the build ends by writing `manifest.jsonl` from it and removing it,
    /// and a build killed before that resumes from it.
    var journalPath: String { path(".manifest.journal.jsonl") }

    /// An article's file, relative to the directory.
    public static func articleFile(id: String) -> String { "articles/\(id).xml" }

    /// A path inside the directory.
    public func path(_ relative: String) -> String { directory + "/" + relative }

    /// Creates the directory and `articles/`, and removes temporary files a killed run left behind.
    func prepare() throws(CorpusError) {
        do {
            try FileManager.default.createDirectory(atPath: articlesDirectory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(directory, CorpusError.reason(of: error))
        }
        guard FileManager.default.isWritableFile(atPath: directory),
            FileManager.default.isWritableFile(atPath: articlesDirectory)
        else { throw .cannotWrite(directory, "the directory is not writable") }
        for folder in [directory, articlesDirectory] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            where name.hasPrefix(".") && name.hasSuffix(".tmp") {
                try? FileManager.default.removeItem(atPath: folder + "/" + name)
            }
        }
    }

    /// Starts the journal from the finished manifest, unless a build that did not finish left one (which
    /// holds the manifest and the records since).
    func startJournal() throws(CorpusError) {
        let manager = FileManager.default
        guard !manager.fileExists(atPath: journalPath), manager.fileExists(atPath: manifestPath) else { return }
        let temporary = AtomicFile.temporaryPath(beside: journalPath)
        do {
            try manager.copyItem(atPath: manifestPath, toPath: temporary)
        } catch {
            throw .cannotWrite(journalPath, CorpusError.reason(of: error))
        }
        guard rename(temporary, journalPath) == 0 else {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(atPath: temporary)
            throw .cannotWrite(journalPath, reason)
        }
    }

    /// Once a new manifest and root are in place: removes the articles in `articles/` that are not among
    /// `files` (paths relative to the directory) and the journal; returns how many articles it removed.
    func removeArticles(notIn files: Set<String>) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: articlesDirectory)) ?? []
        var removed = 0
        for name in names where name.hasSuffix(".xml") && !files.contains("articles/" + name) {
            if (try? FileManager.default.removeItem(atPath: articlesDirectory + "/" + name)) != nil { removed += 1 }
        }
        try? FileManager.default.removeItem(atPath: journalPath)
        return removed
    }
}

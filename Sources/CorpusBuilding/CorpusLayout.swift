import Foundation

/// The files of a corpus directory: `corpus.xml` (the root), `manifest.jsonl`, and `articles/ID.xml`.
public struct CorpusLayout: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = URL(fileURLWithPath: directory).standardizedFileURL.path
    }

    public var rootPath: String { path(CorpusRegisterKey.rootFileName) }
    public var manifestPath: String { path("manifest.jsonl") }
    public var articlesDirectory: String { path("articles") }

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
}

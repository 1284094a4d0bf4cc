import AnnotationModel
import ArticleReading
import Foundation

/// The input files of a corpus build: files named on the command line, and the files of named
/// directories (recursively) whose extension names a format the annotator reads (`.txt`, `.html`,
/// `.xml`/`.tei`, `.jsonl`, …). Hidden files and folders, and the corpus directory itself, are
/// skipped. Paths are absolute; the list is in corpus order (byte order of the path).
public enum CorpusInputs {
    /// One input file and the format it is read as.
    public struct File: Sendable, Hashable {
        public var path: String
        public var format: ArticleSource.Format
    }

    /// - Throws: ``CorpusError/unreadable(_:_:)`` for an argument that does not exist or cannot be listed.
    public static func files(_ arguments: [String], excluding excluded: String?) throws(CorpusError) -> [File] {
        let excludedPath = excluded.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        var files: Set<File> = []
        for argument in arguments {
            let url = URL(fileURLWithPath: argument).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw .unreadable(argument, "no such file or directory")
            }
            if !isDirectory.boolValue {
                files.insert(File(path: url.path, format: try format(of: url)))
                continue
            }
            guard
                let enumerator = FileManager.default.enumerator(
                    at: url, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey],
                    options: [.skipsHiddenFiles])
            else { throw .unreadable(argument, "cannot list the directory") }
            for case let child as URL in enumerator {
                let path = child.standardizedFileURL.path
                if let excludedPath, path == excludedPath || path.hasPrefix(excludedPath + "/") {
                    enumerator.skipDescendants()
                    continue
                }
                guard (try? child.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                    let format = InputFormatDetection.format(forFileName: child.lastPathComponent)
                else { continue }
                files.insert(File(path: path, format: format))
            }
        }
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// A named file's format: from its extension, else from its first bytes.
    private static func format(of url: URL) throws(CorpusError) -> ArticleSource.Format {
        if let format = InputFormatDetection.format(forFileName: url.lastPathComponent) { return format }
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw .unreadable(url.path, "cannot be read") }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? nil
        return InputFormatDetection.format(ofContent: [UInt8](head ?? Data()))
    }

    /// The number of articles in `files`: one per file, one per non-blank line of a JSON Lines file.
    public static func count(_ files: [File]) -> Int {
        files.reduce(0) { total, file in
            guard file.format == .jsonl, let handle = FileHandle(forReadingAtPath: file.path) else { return total + 1 }
            defer { try? handle.close() }
            var lines = LineReader(handle: handle)
            var count = 0
            while let line = lines.next() {
                if !isBlank(line.bytes) { count += 1 }
            }
            return total + count
        }
    }

    static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}

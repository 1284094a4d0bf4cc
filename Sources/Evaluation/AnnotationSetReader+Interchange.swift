import AnnotationModel
import Foundation

extension AnnotationSetReader {
    /// A document in one of the export formats that can be read back: an article in the JSON export
    /// format, or brat standoff (`.ann` with its `.txt`); nil for other files.
    static func interchangeDocument(_ file: String, _ data: Data) throws(EvaluationError) -> AnnotationSet? {
        if file.hasSuffix(".json") && ArticleJSON.recognizes(data) { return try ArticleJSON.read(data, name: file) }
        guard file.hasSuffix(".ann") else { return nil }
        let textFile = String(file.dropLast(".ann".count)) + ".txt"
        guard let text = FileManager.default.contents(atPath: textFile) else {
            throw .unreadable(textFile, "the text of \(file) cannot be read")
        }
        let stem = URL(fileURLWithPath: textFile).deletingPathExtension().lastPathComponent
        return try BratReader.read(annotations: data, text: text, id: stem, name: file)
    }

    /// The TEI (`*.xml`), brat (`*.ann`) and JSON export (`*.json`) files below a directory, sorted.
    static func documentFiles(under directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        return enumerator.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".xml") || $0.hasSuffix(".ann") || $0.hasSuffix(".json") }.sorted()
            .map { URL(fileURLWithPath: directory).appendingPathComponent($0).path }
    }

    /// Fails when a directory holds the same document twice (say `a.xml` and `a.json`), which would be scored twice.
    static func checkUniqueIDs(_ documents: [AnnotationSet]) throws(EvaluationError) {
        var seen: Set<String> = []
        for document in documents where !seen.insert(ArticleIdentifier.sanitized(document.id)).inserted {
            throw .duplicateDocument(document.id)
        }
    }
}

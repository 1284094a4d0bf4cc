import Foundation
import LibXML

/// Reads annotated documents from files: JSON Lines in the gold format (`.jsonl`, `.json`), TEI files,
/// and directories searched recursively for `*.xml`.
public enum AnnotationSetReader {
    /// The documents of every path, in order.
    public static func read(_ paths: [String]) throws(EvaluationError) -> [AnnotationSet] {
        var documents: [AnnotationSet] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .unreadable(path, "no such file or directory")
            }
            for file in isDirectory.boolValue ? xmlFiles(under: path) : [path] {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw .unreadable(file, "cannot be read")
                }
                if file.hasSuffix(".jsonl") || file.hasSuffix(".json") {
                    documents += try GoldCorpus.read(data, name: file)
                } else {
                    let document: XMLDocument
                    do {
                        document = try XMLDocument(parsing: [UInt8](data), url: file)
                    } catch {
                        throw .malformedTEI(file: file, reason: error.description)
                    }
                    documents.append(try TEIAnnotationReader.read(document, name: file))
                }
            }
        }
        return documents
    }

    private static func xmlFiles(under directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".xml") }.sorted()
            .map { URL(fileURLWithPath: directory).appendingPathComponent($0).path }
    }
}

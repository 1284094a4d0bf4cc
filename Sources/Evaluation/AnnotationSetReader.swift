import Foundation
import LibXML

/// Reads annotated documents from files: JSON Lines in the gold format (`.jsonl`, `.json`), articles
/// in the JSON export format (`.json`), brat standoff (`.ann` beside its `.txt`), TEI files, and
/// directories searched recursively for `*.xml`, `*.ann` and `*.json`.
public enum AnnotationSetReader {
    /// The documents of every path, in order.
    public static func read(_ paths: [String]) throws(EvaluationError) -> [AnnotationSet] {
        var documents: [AnnotationSet] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .unreadable(path, "no such file or directory")
            }
            let files = isDirectory.boolValue ? documentFiles(under: path) : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw .unreadable(file, "cannot be read")
                }
                if let document = try interchangeDocument(file, data) {
                    documents.append(document)
                } else if file.hasSuffix(".jsonl") || file.hasSuffix(".json") {
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
            if isDirectory.boolValue { try checkUniqueIDs(documents) }
        }
        return documents
    }
}

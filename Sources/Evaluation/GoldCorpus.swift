import Foundation

/// Reads gold annotations in JSON Lines: one document per line with `id`, `text`, `entities`
/// (`start`, `end`, `type`) and `quotes` (`start`, `end`, `speaker`), offsets in code points.
/// Its quotes are direct quotations only; reported speech is not marked.
public enum GoldCorpus {
    private struct Record: Decodable {
        struct Entity: Decodable {
            var start: Int
            var end: Int
            var type: String
        }

        struct Quote: Decodable {
            var start: Int
            var end: Int
            var speaker: String?
        }

        var id: String
        var text: String
        var license: String?
        var entities: [Entity]?
        var quotes: [Quote]?
    }

    /// The documents of a JSONL file.
    /// - Throws: ``EvaluationError`` naming the line that could not be read.
    public static func read(_ data: Data, name: String) throws(EvaluationError) -> [AnnotationSet] {
        var documents: [AnnotationSet] = []
        let decoder = JSONDecoder()
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) {
            let record: Record
            do {
                record = try decoder.decode(Record.self, from: Data(line))
            } catch {
                throw .malformedGold(file: name, line: index + 1, reason: "not a gold record: \(error)")
            }
            let length = record.text.unicodeScalars.count
            for entity in record.entities ?? []
            where !(0 <= entity.start && entity.start < entity.end && entity.end <= length) {
                throw .malformedGold(
                    file: name, line: index + 1, reason: "entity offsets \(entity.start)-\(entity.end) out of range")
            }
            documents.append(
                AnnotationSet(
                    id: record.id, text: record.text,
                    entities: (record.entities ?? []).map { .init(start: $0.start, end: $0.end, type: $0.type) },
                    quotes: (record.quotes ?? []).map {
                        .init(start: $0.start, end: $0.end, speakerNames: $0.speaker.map { [$0] } ?? [])
                    }, marksReportedSpeech: false, licence: record.license))
        }
        return documents
    }
}

/// Why an evaluation could not run.
public enum EvaluationError: Error, Sendable, CustomStringConvertible {
    case malformedGold(file: String, line: Int, reason: String)
    case malformedTEI(file: String, reason: String)
    case textsDiffer(gold: String, predicted: String, offset: Int)
    case unreadable(String, String)
    case unmatchedDocuments([String])
    case duplicateDocument(String)

    public var description: String {
        switch self {
        case .malformedGold(let file, let line, let reason): "\(file):\(line): \(reason)"
        case .malformedTEI(let file, let reason): "\(file): \(reason)"
        case .textsDiffer(let gold, let predicted, let offset):
            "\(gold) and \(predicted) do not have the same text (first difference at character \(offset))"
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .unmatchedDocuments(let ids):
            "no predicted document for gold document\(ids.count == 1 ? "" : "s") \(ids.joined(separator: ", "))"
        case .duplicateDocument(let id): "document \(id) is given twice (two files with the same id)"
        }
    }
}

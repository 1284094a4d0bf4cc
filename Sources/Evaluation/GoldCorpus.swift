import Foundation

/// Reads gold annotations in JSON Lines (or a JSON array of the same records): one document per line with `id`, `text`, `entities`
/// (`start`, `end`, `type`) and `quotes` (`start`, `end`, `speaker`), offsets in code points.
/// Its quotes are direct quotations only and reported speech is not marked, unless the record says
/// `"reported_speech": true`: then each quote's `direct` (default true) tells its kind, and the gold
/// is complete (every quotation of both kinds, a null speaker meaning the text names none).
/// Quotations of one kind separated by white space only are joined (see ``joiningAdjacent(_:in:)``).
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
            var direct: Bool?
        }

        var id: String
        var text: String
        var license: String?
        var entities: [Entity]?
        var quotes: [Quote]?
        var reportedSpeech: Bool?

        enum CodingKeys: String, CodingKey {
            case id, text, license, entities, quotes
            case reportedSpeech = "reported_speech"
        }
    }

    /// The documents of a JSON Lines file, or of a JSON file holding an array of the same records.
    /// - Throws: ``EvaluationError`` naming the line (or, in an array, the record) that could not be read.
    public static func read(_ data: Data, name: String) throws(EvaluationError) -> [AnnotationSet] {
        var documents: [AnnotationSet] = []
        for (number, record) in try records(data, name: name) {
            let length = record.text.unicodeScalars.count
            for entity in record.entities ?? []
            where !(0 <= entity.start && entity.start < entity.end && entity.end <= length) {
                throw .malformedGold(
                    file: name, line: number, reason: "entity offsets \(entity.start)-\(entity.end) out of range")
            }
            let quotes = (record.quotes ?? []).map {
                AnnotationSet.Quote(
                    start: $0.start, end: $0.end, speakerNames: $0.speaker.map { [$0] } ?? [],
                    isDirect: $0.direct ?? true)
            }
            documents.append(
                AnnotationSet(
                    id: record.id, text: record.text,
                    entities: (record.entities ?? []).map { .init(start: $0.start, end: $0.end, type: $0.type) },
                    quotes: joiningAdjacent(quotes, in: record.text),
                    marksReportedSpeech: record.reportedSpeech ?? false,
                    licence: record.license))
        }
        return documents
    }

    /// The records with their line numbers (in an array, their 1-based positions).
    private static func records(_ data: Data, name: String) throws(EvaluationError) -> [(Int, Record)] {
        let decoder = JSONDecoder()
        if data.first(where: { ![0x20, 0x0D, 0x0A, 0x09, 0xEF, 0xBB, 0xBF].contains($0) }) == UInt8(ascii: "[") {
            do {
                return try decoder.decode([Record].self, from: data).enumerated().map { ($0.offset + 1, $0.element) }
            } catch {
                throw .malformedGold(file: name, line: 1, reason: "not an array of gold records: \(describe(error))")
            }
        }
        var records: [(Int, Record)] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) {
            do {
                records.append((index + 1, try decoder.decode(Record.self, from: Data(line))))
            } catch {
                throw .malformedGold(file: name, line: index + 1, reason: "not a gold record: \(describe(error))")
            }
        }
        return records
    }

    /// A decoding error in a few words: what is missing or of the wrong kind, and where.
    static func describe(_ error: any Error) -> String {
        func place(_ path: [any CodingKey]) -> String {
            guard !path.isEmpty else { return "" }
            var text = ""
            for key in path {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += (text.isEmpty ? "" : ".") + key.stringValue
                }
            }
            return " at " + text
        }
        switch error as? DecodingError {
        case .keyNotFound(let key, let context): return "no \"\(key.stringValue)\"\(place(context.codingPath))"
        case .typeMismatch(let type, let context): return "expected \(kind(type))\(place(context.codingPath))"
        case .valueNotFound(let type, let context): return "expected \(kind(type))\(place(context.codingPath))"
        case .dataCorrupted: return "not JSON"
        default: return String(describing: error)
        }
    }

    private static func kind(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "an array"
        default: "an object (id, text, entities, quotes)"
        }
    }
}

extension GoldCorpus {
    /// Quotations of the same kind with nothing but white space between them are one quotation (GUM cuts
    /// a quotation that runs over several sentences into one piece per sentence); the joined one keeps
    /// the first speaker given.
    static func joiningAdjacent(_ quotes: [AnnotationSet.Quote], in text: String) -> [AnnotationSet.Quote] {
        let scalars = Array(text.unicodeScalars)
        var joined: [AnnotationSet.Quote] = []
        for quote in quotes.sorted(by: { $0.start < $1.start }) {
            if let last = joined.last, last.end <= quote.start, last.isDirect == quote.isDirect,
                scalars[last.end..<quote.start].allSatisfy(\.properties.isWhitespace)
            {
                joined[joined.count - 1].end = quote.end
                if joined[joined.count - 1].speakerNames.isEmpty {
                    joined[joined.count - 1].speakerNames = quote.speakerNames
                }
            } else {
                joined.append(quote)
            }
        }
        return joined
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

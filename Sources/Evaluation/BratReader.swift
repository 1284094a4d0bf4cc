import Foundation

/// Reads brat standoff annotations: an `.ann` file over the text of the `.txt` beside it, offsets in
/// code points.
///
/// Entities are `T` lines typed `PER`/`PERSON`, `LOC`/`LOCATION`/`GPE` or `ORG`/`ORGANIZATION`
/// (any case); quotations are `T` lines typed `Quote` (or `Quotation`), discontinuous ones taken
/// from their first to their last fragment. A quotation is reported speech when an attribute says
/// so (`A1 Speech T5 reported`, or a binary `Reported`/`Indirect`). Its speaker is the register
/// entry an `N` line typed `Speaker` names, or else the entity a relation (`R1 Speaker Arg1:T5
/// Arg2:T2`) leads to; a speaker's names are the texts of that entry's `N` lines and mentions.
/// Other lines (`E`, `M` on other things, `#` notes) are left alone.
public enum BratReader {
    private static let entityTypes = [
        "PER": "PER", "PERSON": "PER", "LOC": "LOC", "LOCATION": "LOC", "GPE": "LOC", "ORG": "ORG",
        "ORGANIZATION": "ORG",
    ]
    private static let quoteTypes: Set<String> = ["QUOTE", "QUOTATION"]

    private struct TextBound {
        var type: String
        var start: Int
        var end: Int
        var text: String
    }

    /// Reads one document.
    /// - Parameters:
    ///   - annotations: the `.ann` file; `text`: the `.txt` file (UTF-8).
    ///   - id: the document id (the files' stem); `name`: the `.ann` path, for messages.
    /// - Throws: ``EvaluationError/malformedGold(file:line:reason:)`` naming the line that cannot be read.
    public static func read(annotations: Data, text: Data, id: String, name: String) throws(EvaluationError)
        -> AnnotationSet
    {
        let documentText = String(decoding: text, as: UTF8.self)
        let length = documentText.unicodeScalars.count
        var textBounds: [String: TextBound] = [:]
        var order: [String] = []
        var references: [String: String] = [:]  // T id → register id
        var entryNames: [String: [String]] = [:]
        var speakerEntries: [String: String] = [:]  // quote T id → register id
        var speakerRelations: [String: String] = [:]  // quote T id → entity T id
        var reported: Set<String> = []
        let lines = String(decoding: annotations, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        for (index, rawLine) in lines.enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            guard let kind = line.first, !line.allSatisfy(\.isWhitespace) else { continue }
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            let words = fields.count > 1 ? fields[1].split(separator: " ").map(String.init) : []
            func fail(_ reason: String) -> EvaluationError {
                .malformedGold(file: name, line: index + 1, reason: reason)
            }
            switch kind {
            case "T":
                guard fields.count == 3, let type = words.first else {
                    throw fail("a T line needs id, type with offsets, text")
                }
                let offsets = fields[1].dropFirst(type.count).split(separator: ";").map {
                    $0.split(separator: " ").compactMap { Int($0) }
                }
                guard !offsets.isEmpty,
                    offsets.allSatisfy({ $0.count == 2 && 0 <= $0[0] && $0[0] <= $0[1] && $0[1] <= length })
                else {
                    throw fail(
                        "offsets \(fields[1].dropFirst(type.count)) are not within the text (\(length) characters)")
                }
                textBounds[fields[0]] = TextBound(
                    type: type, start: offsets.map { $0[0] }.min()!, end: offsets.map { $0[1] }.max()!, text: fields[2])
                order.append(fields[0])
            case "N":
                guard words.count >= 3 else { throw fail("an N line needs type, target and reference") }
                let reference = words[2].split(separator: ":", maxSplits: 1).last.map(String.init) ?? words[2]
                if words[0].uppercased() == "SPEAKER" {
                    speakerEntries[words[1]] = reference
                } else {
                    references[words[1]] = reference
                }
                if fields.count == 3 && !fields[2].isEmpty { entryNames[reference, default: []].append(fields[2]) }
            case "R":
                let arguments = Dictionary(
                    words.dropFirst().compactMap { word -> (String, String)? in
                        let parts = word.split(separator: ":", maxSplits: 1).map(String.init)
                        return parts.count == 2 ? (parts[0], parts[1]) : nil
                    }, uniquingKeysWith: { first, _ in first })
                guard let quote = arguments["Arg1"], let speaker = arguments["Arg2"] else {
                    throw fail("an R line needs Arg1: and Arg2:")
                }
                if speakerRelations[quote] == nil { speakerRelations[quote] = speaker }
            case "A", "M":
                guard words.count >= 2 else { throw fail("an attribute line needs a name and a target") }
                let attribute = words[0].uppercased()
                let value = words.count > 2 ? words[2].lowercased() : ""
                if attribute == "REPORTED" || attribute == "INDIRECT"
                    || (attribute == "SPEECH" && (value == "reported" || value == "indirect"))
                {
                    reported.insert(words[1])
                }
            default:
                continue
            }
        }
        for key in order {
            if let reference = references[key] { entryNames[reference, default: []].append(textBounds[key]!.text) }
        }
        func names(_ reference: String) -> [String] {
            var seen: Set<String> = []
            return (entryNames[reference] ?? [reference]).filter { seen.insert($0).inserted }
        }
        var entities: [AnnotationSet.Entity] = []
        var quotes: [AnnotationSet.Quote] = []
        for key in order {
            let bound = textBounds[key]!
            if let type = entityTypes[bound.type.uppercased()] {
                entities.append(.init(start: bound.start, end: bound.end, type: type))
            } else if quoteTypes.contains(bound.type.uppercased()) {
                var speakerNames: [String] = []
                if let entry = speakerEntries[key] {
                    speakerNames = names(entry)
                } else if let speaker = speakerRelations[key], let mention = textBounds[speaker] {
                    speakerNames = references[speaker].map(names) ?? [mention.text]
                }
                quotes.append(
                    .init(
                        start: bound.start, end: bound.end, speakerNames: speakerNames,
                        isDirect: !reported.contains(key)))
            }
        }
        return AnnotationSet(id: id, text: documentText, entities: entities, quotes: quotes)
    }
}

/// The entity and quotation annotations on which two sets disagree, for people checking a model or a corpus.
public enum ErrorListing {
    /// One line per difference: `DOC  missed|extra|type  GOLD-TYPE→PREDICTED-TYPE  "text"`.
    public static func lines(gold: AnnotationSet, predicted: AnnotationSet) -> [String] {
        let scalars = Array(gold.text.unicodeScalars)
        func text(_ start: Int, _ end: Int) -> String {
            String(String.UnicodeScalarView(scalars[max(0, start)..<min(scalars.count, end)]))
        }
        var lines: [String] = []
        let predictedBySpan = Dictionary(
            predicted.entities.map { ([$0.start, $0.end], $0.type) }, uniquingKeysWith: { a, _ in a })
        let goldBySpan = Dictionary(
            gold.entities.map { ([$0.start, $0.end], $0.type) }, uniquingKeysWith: { a, _ in a })
        for entity in gold.entities {
            switch predictedBySpan[[entity.start, entity.end]] {
            case entity.type: continue
            case let other?:
                lines.append("\(gold.id)\ttype\t\(entity.type)→\(other)\t\"\(text(entity.start, entity.end))\"")
            case nil:
                let overlapping = predicted.entities.first { $0.start < entity.end && entity.start < $0.end }
                let note = overlapping.map { " (predicted \($0.type) \"\(text($0.start, $0.end))\")" } ?? ""
                lines.append("\(gold.id)\tmissed\t\(entity.type)\t\"\(text(entity.start, entity.end))\"\(note)")
            }
        }
        for entity in predicted.entities where goldBySpan[[entity.start, entity.end]] == nil {
            let overlaps = gold.entities.contains { $0.start < entity.end && entity.start < $0.end }
            lines.append(
                "\(gold.id)\t\(overlaps ? "boundary" : "extra")\t\(entity.type)\t\"\(text(entity.start, entity.end))\"")
        }
        // Quotations: one-to-one by overlap of at least half the longer; wrong or missing speakers too.
        let predictedQuotes = gold.marksReportedSpeech ? predicted.quotes : predicted.quotes.filter(\.isDirect)
        var used = Set<Int>()
        for quote in gold.quotes {
            let match = predictedQuotes.indices.first { index in
                let other = predictedQuotes[index]
                let shared = max(0, min(quote.end, other.end) - max(quote.start, other.start))
                return !used.contains(index) && 2 * shared >= max(quote.end - quote.start, other.end - other.start)
            }
            let shown = "\"\(text(quote.start, min(quote.end, quote.start + 60)))\""
            guard let match else {
                lines.append("\(gold.id)\tmissed\tquote\t\(shown)")
                continue
            }
            used.insert(match)
            if !quote.speakerNames.isEmpty
                && !SpeakerNames.match(predictedQuotes[match].speakerNames, quote.speakerNames)
            {
                let found = predictedQuotes[match].speakerNames.first ?? "none"
                lines.append("\(gold.id)\tspeaker\t\(quote.speakerNames[0])→\(found)\t\(shown)")
            }
        }
        for (index, quote) in predictedQuotes.enumerated() where !used.contains(index) {
            lines.append("\(gold.id)\textra\tquote\t\"\(text(quote.start, min(quote.end, quote.start + 60)))\"")
        }
        return lines
    }
}

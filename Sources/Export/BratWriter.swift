import AnnotationModel
import Evaluation

/// brat standoff (`.txt` + `.ann`), offsets in code points:
///
/// - `T` lines for names (`PER`, `LOC`, `ORG`) and quotations (`Quote`; one fragment per paragraph
///   for a quotation that runs over several), in text order;
/// - `A` lines `Speech Tn direct|reported` on every quotation;
/// - `R` lines `Speaker Arg1:quote Arg2:name` to the speaker's mention nearest the quotation;
/// - `N` lines linking names to their register entry (`Reference Tn register:ID	Name`) and
///   quotations to their speaker's entry (`Speaker Tn register:ID	Name`), which also covers a speaker
///   the text never names.
///
/// ``BratReader`` reads it back.
enum BratWriter {
    private enum Annotation {
        case name(TEIArticle.Name)
        case quote(TEIArticle.Quote)

        var span: TextSpan {
            switch self {
            case .name(let name): name.span
            case .quote(let quote): quote.span
            }
        }
    }

    static func files(_ article: TEIArticle) -> (text: String, annotations: String) {
        let offsets = CodePointOffsets(article.text)
        let entries = Dictionary(article.register.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var annotations = article.names.map(Annotation.name) + article.quotes.map(Annotation.quote)
        annotations = annotations.enumerated().sorted { lhs, rhs in
            if lhs.element.span.start != rhs.element.span.start {
                return lhs.element.span.start < rhs.element.span.start
            }
            if lhs.element.span.end != rhs.element.span.end { return lhs.element.span.end > rhs.element.span.end }
            return lhs.offset < rhs.offset
        }.map(\.element)

        var textLines: [String] = []
        var attributeLines: [String] = []
        var relationLines: [String] = []
        var normalizationLines: [String] = []
        var nameIDs: [(span: TextSpan, entryID: String, key: String)] = []
        var quoteKeys: [(quote: TEIArticle.Quote, key: String)] = []
        func normalization(_ type: String, _ key: String, _ entryID: String) {
            let name = entries[entryID]?.name ?? entryID
            normalizationLines.append(
                "N\(normalizationLines.count + 1)\t\(type) \(key) register:\(entryID)\t\(oneLine(name))")
        }
        for (index, annotation) in annotations.enumerated() {
            let key = "T\(index + 1)"
            switch annotation {
            case .name(let name):
                textLines.append(
                    "\(key)\t\(name.type) \(fragments([name.span], offsets))\t\(covered([name.span], article))")
                if let entryID = name.entryID {
                    nameIDs.append((name.span, entryID, key))
                    normalization("Reference", key, entryID)
                }
            case .quote(let quote):
                textLines.append("\(key)\tQuote \(fragments(quote.parts, offsets))\t\(covered(quote.parts, article))")
                attributeLines.append(
                    "A\(attributeLines.count + 1)\tSpeech \(key) \(quote.isDirect ? "direct" : "reported")")
                quoteKeys.append((quote, key))
            }
        }
        for (quote, key) in quoteKeys {
            guard let speakerID = quote.speakerID else { continue }
            normalization("Speaker", key, speakerID)
            let mentions = nameIDs.filter { $0.entryID == speakerID }
            if let nearest = mentions.min(by: { distance($0.span, quote.span) < distance($1.span, quote.span) }) {
                relationLines.append("R\(relationLines.count + 1)\tSpeaker Arg1:\(key) Arg2:\(nearest.key)")
            }
        }
        let lines = textLines + attributeLines + relationLines + normalizationLines
        return (article.text, lines.map { $0 + "\n" }.joined())
    }

    /// `start end` pairs in code points, `;`-separated.
    private static func fragments(_ spans: [TextSpan], _ offsets: CodePointOffsets) -> String {
        spans.map { "\(offsets.codePoint(atUTF8: $0.start)) \(offsets.codePoint(atUTF8: $0.end))" }
            .joined(separator: ";")
    }

    /// The text the fragments cover, joined by a space, on one line.
    private static func covered(_ spans: [TextSpan], _ article: TEIArticle) -> String {
        oneLine(spans.map { String(article.text[$0]) }.joined(separator: " "))
    }

    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// How far a mention is from a quotation; mentions inside it come last.
    private static func distance(_ mention: TextSpan, _ quote: TextSpan) -> Int {
        if mention.end <= quote.start { return quote.start - mention.end }
        if mention.start >= quote.end { return mention.start - quote.end }
        return Int.max
    }
}

import AnnotationModel
import Evaluation

/// The vertical format (VRT) that CWB's `cwb-encode` and NoSketchEngine's `encodevert` read: one token
/// per line with four tab-separated positional attributes (word, lemma, Penn Treebank tag, and `msd`
/// as the TEI's `@msd`: `UPosTag=NOUN|Number=Sing`), and structures as XML-like tags on lines of their
/// own: `<text>` per article (`id`, `title`, `publisher`, `date`), `<p>` per paragraph (`id`, `type`
/// `head` or `p`), `<s>` per sentence (`id`), `<said>` for quotations (`id`, `who`, `direct`) and
/// `<persName>`, `<placeName>`, `<orgName>` for names (`ref`: the register id).
///
/// Every structure is properly nested in the ones around it: a quotation or name that runs over
/// several sentences is cut at the sentence ends, each piece keeping the same attributes. A name
/// covers the tokens it overlaps. `&`, `<`, `>` and `"` are written as entities (`cwb-encode -x`).
enum VRTWriter {
    /// A structure inside a sentence: its tag, attributes and token range.
    private struct Region {
        var tag: String
        var attributes: [(String, String)]
        var tokens: Range<Int>
    }

    private static let nameTags = ["PER": "persName", "LOC": "placeName", "ORG": "orgName"]

    static func document(_ article: TEIArticle, _ tokenized: TokenizedArticle) -> String {
        let source = article.source
        var output = open(
            "text",
            [
                ("id", article.id), ("title", source.title ?? ""), ("publisher", source.publisher ?? ""),
                ("date", source.date ?? ""),
            ])
        var paragraph: Int?
        for sentence in tokenized.sentences {
            if sentence.block != paragraph {
                if paragraph != nil { output += "</p>\n" }
                let kind = article.blocks[sentence.block].kind == .headline ? "head" : "p"
                output += open("p", [("id", "\(article.id)-p\(sentence.block + 1)"), ("type", kind)])
                paragraph = sentence.block
            }
            output += open("s", [("id", sentence.id)])
            output += body(sentence.tokens, regions(sentence.tokens, article, tokenized), tokenized)
            output += "</s>\n"
        }
        if paragraph != nil { output += "</p>\n" }
        return output + "</text>\n"
    }

    /// The quotations and names over the sentence's tokens, outer ones first.
    private static func regions(_ sentence: Range<Int>, _ article: TEIArticle, _ tokenized: TokenizedArticle)
        -> [Region]
    {
        func tokens(_ span: TextSpan) -> Range<Int>? {
            let inside = sentence.filter { tokenized.tokens[$0].span.overlaps(span) }
            guard let first = inside.first, let last = inside.last else { return nil }
            return first..<last + 1
        }
        var regions: [Region] = []
        for quote in article.quotes {
            for part in quote.parts {
                guard let range = tokens(part) else { continue }
                var attributes = [("id", quote.id ?? ""), ("who", quote.speakerID ?? "")]
                attributes.append(("direct", quote.isDirect ? "true" : "false"))
                regions.append(Region(tag: "said", attributes: attributes, tokens: range))
            }
        }
        for name in article.names {
            guard let tag = nameTags[name.type], let range = tokens(name.span) else { continue }
            regions.append(Region(tag: tag, attributes: [("ref", name.entryID ?? "")], tokens: range))
        }
        // Outer first: earlier start, then longer; a quotation around a name of the same tokens.
        return regions.enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element.tokens, rhs.element.tokens)
            if a.lowerBound != b.lowerBound { return a.lowerBound < b.lowerBound }
            if a.upperBound != b.upperBound { return a.upperBound > b.upperBound }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// The token lines of a sentence with the regions' tags around them, each region cut to end
    /// within the one around it.
    private static func body(_ sentence: Range<Int>, _ regions: [Region], _ tokenized: TokenizedArticle) -> String {
        var output = ""
        var open: [(tag: String, end: Int)] = []
        var next = 0
        for index in sentence {
            while let top = open.last, top.end <= index {
                output += "</\(top.tag)>\n"
                open.removeLast()
            }
            while next < regions.count && regions[next].tokens.lowerBound <= index {
                let region = regions[next]
                next += 1
                let end = min(region.tokens.upperBound, open.last?.end ?? sentence.upperBound)
                guard region.tokens.lowerBound == index, end > index else { continue }
                output += Self.open(region.tag, region.attributes)
                open.append((region.tag, end))
            }
            output += line(tokenized.tokens[index]) + "\n"
        }
        for region in open.reversed() { output += "</\(region.tag)>\n" }
        return output
    }

    private static func line(_ token: TokenizedArticle.Token) -> String {
        let msd =
            "UPosTag=\(token.upos)" + (token.features == "_" || token.features.isEmpty ? "" : "|" + token.features)
        return [token.form, token.lemma, token.xpos, msd].map { escaped(field($0)) }.joined(separator: "\t")
    }

    private static func open(_ tag: String, _ attributes: [(String, String)]) -> String {
        "<\(tag)" + attributes.map { " \($0.0)=\"\(escaped(oneLine($0.1)))\"" }.joined() + ">\n"
    }

    /// A positional attribute: no tab or line break, never empty.
    private static func field(_ value: String) -> String {
        let cleaned = oneLine(value)
        return cleaned.isEmpty ? "_" : cleaned
    }

    private static func oneLine(_ value: String) -> String {
        String(value.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// `&`, `<`, `>` and `"` as the XML entities `cwb-encode -x` decodes.
    private static func escaped(_ value: String) -> String {
        var result = ""
        for character in value {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}

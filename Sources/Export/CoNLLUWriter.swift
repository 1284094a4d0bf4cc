import AnnotationModel
import Evaluation

/// CoNLL-U with ParlaMint's comments: `# newdoc id`, `# newpar id`, `# sent_id` and `# text`; ten
/// tab-separated columns per token (no syntax: HEAD, DEPREL and DEPS are `_`); in MISC the name tag
/// as spaCy's `convert -c conllu` reads it (`NE=B-PER`, `NE=I-PER`, `NE=O`; IOB2), then
/// `SpaceAfter=No` where no space follows.
enum CoNLLUWriter {
    static func document(_ article: TEIArticle, _ tokenized: TokenizedArticle) -> String {
        let tags = EntityTags.tags(tokenized.tokens, names: article.names)
        var output = "# newdoc id = \(article.id)\n"
        var paragraph: Int?
        for sentence in tokenized.sentences {
            if sentence.block != paragraph {
                output += "# newpar id = \(article.id)-p\(sentence.block + 1)\n"
                paragraph = sentence.block
            }
            let tokens = tokenized.tokens[sentence.tokens]
            let span = TextSpan(tokens.first!.span.start, tokens.last!.span.end)
            output += "# sent_id = \(sentence.id)\n"
            output += "# text = \(oneLine(String(article.text[span])))\n"
            for (position, index) in sentence.tokens.enumerated() {
                let token = tokenized.tokens[index]
                var misc = ["NE=\(tags[index])"]
                if !token.spaceAfter && index + 1 < sentence.tokens.upperBound { misc.append("SpaceAfter=No") }
                let columns = [
                    String(position + 1), field(token.form), field(token.lemma), field(token.upos), field(token.xpos),
                    field(token.features), "_", "_", "_", misc.joined(separator: "|"),
                ]
                output += columns.joined(separator: "\t") + "\n"
            }
            output += "\n"
        }
        return output
    }

    /// A column value: no tabs or line breaks, never empty.
    private static func field(_ value: String) -> String {
        let cleaned = value.map { $0 == "\t" || $0.isNewline ? " " : $0 }
        return cleaned.isEmpty ? "_" : String(cleaned)
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

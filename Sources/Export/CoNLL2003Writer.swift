import Evaluation

/// The CoNLL-2003 shared task's four space-separated columns: token, part of speech (the Penn
/// Treebank tag, XPOS), chunk and name tag (IOB2: every name starts with `B-`). The chunk column is
/// always `O`, since the annotator has no chunker. Each article starts with spaCy's document
/// separator `-DOCSTART- -X- O O` and a blank line (readers that look for a line starting with
/// `-DOCSTART-` take it too); a blank line ends each sentence. Spaces inside a token become `_`.
enum CoNLL2003Writer {
    /// What stands in the chunk column of every token.
    static let chunk = "O"

    static func document(_ article: TEIArticle, _ tokenized: TokenizedArticle) -> String {
        let tags = EntityTags.tags(tokenized.tokens, names: article.names)
        var output = "-DOCSTART- -X- O O\n\n"
        for sentence in tokenized.sentences {
            for index in sentence.tokens {
                let token = tokenized.tokens[index]
                output += [column(token.form), column(token.xpos), chunk, tags[index]].joined(separator: " ") + "\n"
            }
            output += "\n"
        }
        return output
    }

    /// A column value: no white space inside, never empty.
    private static func column(_ value: String) -> String {
        value.isEmpty ? "_" : String(value.map { $0.isWhitespace ? "_" : $0 })
    }
}

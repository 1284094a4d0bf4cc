import Evaluation

/// The CoNLL-2003 shared task's layout, with its two columns that matter: a `-DOCSTART- O` line per
/// article, then one `TOKEN TAG` line per token (IOB2: every name starts with `B-`), a blank line
/// after each sentence. Spaces inside a token become `_`, since the columns are space-separated.
enum CoNLL2003Writer {
    static func document(_ article: TEIArticle, _ tokenized: TokenizedArticle) -> String {
        let tags = EntityTags.tags(tokenized.tokens, names: article.names)
        var output = "-DOCSTART- O\n\n"
        for sentence in tokenized.sentences {
            for index in sentence.tokens {
                let form = tokenized.tokens[index].form.map { $0.isWhitespace ? "_" : $0 }
                output += String(form) + " " + tags[index] + "\n"
            }
            output += "\n"
        }
        return output
    }
}

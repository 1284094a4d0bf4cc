import AnnotationModel
import Evaluation

/// Builds the ``ArticleJSON`` of an article: offsets in code points, names with their register ids,
/// quotations with their speaker's id, the register, sentences and tokens. Every `text` is the slice of
/// the article text between its `start` and `end`, whatever lies between a quotation's parts.
enum ArticleJSONWriter {
    static func json(_ article: TEIArticle, _ tokenized: TokenizedArticle) -> ArticleJSON {
        let offsets = CodePointOffsets(article.text)
        func codePoint(_ offset: Int) -> Int { offsets.codePoint(atUTF8: offset) }
        let source = article.source
        return ArticleJSON(
            id: article.id,
            meta: source == TEIArticle.Source()
                ? nil : ArticleJSON.Meta(title: source.title, publisher: source.publisher, date: source.date),
            text: article.text,
            ents: article.names.map {
                ArticleJSON.Entity(
                    start: codePoint($0.span.start), end: codePoint($0.span.end), label: $0.type, kbID: $0.entryID,
                    text: String(article.text[$0.span]))
            },
            quotes: article.quotes.map { quote in
                ArticleJSON.Quote(
                    id: quote.id, start: codePoint(quote.span.start), end: codePoint(quote.span.end),
                    direct: quote.isDirect, speaker: quote.speakerID,
                    parts: quote.parts.count > 1 ? quote.parts.map { [codePoint($0.start), codePoint($0.end)] } : nil,
                    text: String(article.text[quote.span]))
            },
            register: article.register.map {
                ArticleJSON.RegisterEntry(
                    id: $0.id, label: $0.type, name: $0.name, variants: $0.variants, roles: $0.roles, uris: $0.uris)
            },
            sents: tokenized.sentences.map {
                ArticleJSON.Span(
                    start: codePoint(tokenized.tokens[$0.tokens.lowerBound].span.start),
                    end: codePoint(tokenized.tokens[$0.tokens.upperBound - 1].span.end))
            },
            tokens: tokenized.tokens.enumerated().map { index, token in
                ArticleJSON.Token(
                    id: index, start: codePoint(token.span.start), end: codePoint(token.span.end), tag: token.xpos,
                    pos: token.upos, morph: token.features == "_" ? "" : token.features, lemma: token.lemma)
            })
    }
}

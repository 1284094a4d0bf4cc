import AnnotationModel
import Evaluation
import PartOfSpeech
import Tokenization

/// The sentences and tokens of a read TEI article, each token with its lemma, tags and features.
///
/// Blocks that carry the TEI's linguistic layer (`s`, `w`, `pc`) keep its tokens, lemmas and tags;
/// the other blocks are split by the annotator's ``Tokenizer`` and tagged by a ``LinguisticAnalyzer``,
/// as the pipeline does.
public struct TokenizedArticle: Sendable {
    public struct Token: Sendable, Hashable {
        /// UTF-8 offsets into the article text.
        public var span: TextSpan
        public var form: String
        public var lemma: String
        public var upos: String
        public var xpos: String
        /// Universal Dependencies features, `_` when none.
        public var features: String
        /// False when the next token follows without white space.
        public var spaceAfter: Bool
    }

    public struct Sentence: Sendable, Hashable {
        /// The `s` element's `xml:id`, else `ARTICLE-sN` (N counting the article's sentences from 1).
        public var id: String
        /// Indices into ``TokenizedArticle/tokens``.
        public var tokens: Range<Int>
        /// Index into the article's blocks.
        public var block: Int
    }

    public var tokens: [Token] = []
    public var sentences: [Sentence] = []

    public init(_ article: TEIArticle, analyzer: LinguisticAnalyzer) {
        let layerBlocks = Set(article.sentences.map(\.block))
        let missing = article.blocks.indices.filter { !layerBlocks.contains($0) }
        var tokenized: [Int: [(tokens: [Token], id: String?)]] = [:]
        if !missing.isEmpty {
            let plain = Article(id: article.id, text: article.text, blocks: missing.map { article.blocks[$0] })
            let segmentation = Tokenizer().segment(plain)
            let analyses = analyzer.analyze(plain, segmentation)
            for sentence in segmentation.sentences {
                let words = sentence.tokens.map { index in
                    let token = segmentation.tokens[index]
                    let analysis = analyses[index]
                    return Token(
                        span: token.span, form: String(article.text[token.span]), lemma: analysis.lemma,
                        upos: analysis.upos, xpos: analysis.xpos, features: analysis.features,
                        spaceAfter: token.spaceAfter)
                }
                tokenized[missing[sentence.block], default: []].append((words, nil))
            }
        }
        for sentence in article.sentences {
            let words = sentence.tokens.map { Self.token(article.tokens[$0], article, block: sentence.block) }
            tokenized[sentence.block, default: []].append((words, sentence.id))
        }
        for block in article.blocks.indices {
            for (words, id) in tokenized[block] ?? [] {
                let words = words.filter { !$0.span.isEmpty }
                guard !words.isEmpty else { continue }
                sentences.append(
                    Sentence(
                        id: id ?? "\(article.id)-s\(sentences.count + 1)",
                        tokens: tokens.count..<tokens.count + words.count,
                        block: block))
                tokens += words
            }
        }
    }

    private static func token(_ token: TEIArticle.Token, _ article: TEIArticle, block: Int) -> Token {
        let form = String(article.text[token.span])
        let next = article.text.utf8.index(article.text.utf8.startIndex, offsetBy: token.span.end)
        let spaceAfter =
            token.span.end >= article.blocks[block].span.end || article.text[next...].first?.isWhitespace == true
        return Token(
            span: token.span, form: form, lemma: token.lemma ?? (token.isPunctuation ? form : "_"),
            upos: token.upos ?? (token.isPunctuation ? "PUNCT" : "_"), xpos: token.xpos ?? "_",
            features: token.features ?? "_", spaceAfter: spaceAfter)
    }
}

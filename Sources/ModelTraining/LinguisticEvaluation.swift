import AnnotationModel
import ArticleReading
import Evaluation
import PartOfSpeech
import Tokenization

/// Scores the whole linguistic layer against a treebank: each document's text is rebuilt from the
/// treebank, read and tokenized as the annotator does it, and its tokens, sentence ends, tags and
/// lemmas compared with the treebank's.
public struct LinguisticEvaluation: Sendable {
    /// Counts and the measures derived from them.
    public struct Scores: Sendable, CustomStringConvertible {
        /// Tokens with the same character span in both.
        public var tokens = MatchCounts()
        /// Sentence ends at the same character offset.
        public var sentenceEnds = MatchCounts()
        /// Gold tokens matched by a predicted token, and of those, right UPOS, XPOS and lemma.
        public var alignedWords = 0
        public var correctUPOS = 0
        public var correctXPOS = 0
        public var correctLemmas = 0
        public var goldWords = 0

        public var uposAccuracy: Double { share(correctUPOS, alignedWords) }
        public var xposAccuracy: Double { share(correctXPOS, alignedWords) }
        public var lemmaAccuracy: Double { share(correctLemmas, alignedWords) }

        private func share(_ count: Int, _ total: Int) -> Double { total == 0 ? 0 : Double(count) / Double(total) }

        /// The scores as JSON.
        public func json() -> String {
            func counts(_ value: MatchCounts) -> String {
                "{\"precision\": \(value.precision), \"recall\": \(value.recall), \"f1\": \(value.f1), "
                    + "\"gold\": \(value.gold), \"predicted\": \(value.predicted)}"
            }
            return "{\"tokens\": \(counts(tokens)), \"sentenceEnds\": \(counts(sentenceEnds)), "
                + "\"alignedWords\": \(alignedWords), \"goldWords\": \(goldWords), \"upos\": \(uposAccuracy), "
                + "\"xpos\": \(xposAccuracy), \"lemma\": \(lemmaAccuracy)}"
        }

        public var description: String {
            """
            tokens: precision \(fixed3(tokens.precision)) recall \(fixed3(tokens.recall)) F1 \(fixed3(tokens.f1)) \
            (gold \(tokens.gold), predicted \(tokens.predicted))
            sentence ends: precision \(fixed3(sentenceEnds.precision)) recall \(fixed3(sentenceEnds.recall)) \
            F1 \(fixed3(sentenceEnds.f1)) (gold \(sentenceEnds.gold), predicted \(sentenceEnds.predicted))
            on the \(alignedWords) of \(goldWords) gold words tokenized alike: UPOS \(fixed3(uposAccuracy)) \
            XPOS \(fixed3(xposAccuracy)) lemma \(fixed3(lemmaAccuracy))
            """
        }
    }

    /// The analyses of an article's tokens, as the pipeline under test gives them.
    public let analyze: @Sendable (Article, Segmentation) -> [WordAnalysis]

    public init(analyze: @escaping @Sendable (Article, Segmentation) -> [WordAnalysis]) {
        self.analyze = analyze
    }

    public func evaluate(_ treebank: CoNLLUCorpus) -> Scores {
        var scores = Scores()
        for document in treebank.documents {
            let text = document.text
            // Gold tokens and sentence ends as UTF-8 spans of the rebuilt text.
            var goldTokens: [TextSpan: CoNLLUCorpus.Word] = [:]
            var goldEnds: Set<Int> = []
            var offset = 0
            for (index, sentence) in document.sentences.enumerated() {
                if index > 0 { offset += sentence.startsParagraph ? 2 : 1 }
                for (position, word) in sentence.words.enumerated() {
                    let span = TextSpan(offset, offset + word.form.utf8.count)
                    goldTokens[span] = word
                    offset = span.end + (word.spaceAfter && position + 1 < sentence.words.count ? 1 : 0)
                }
                goldEnds.insert(offset)
            }
            scores.goldWords += goldTokens.count
            guard let article = try? PlainTextReader().read(text: text, id: "d") else {
                scores.tokens = scores.tokens + MatchCounts(falseNegatives: goldTokens.count)
                scores.sentenceEnds = scores.sentenceEnds + MatchCounts(falseNegatives: goldEnds.count)
                continue
            }
            let segmentation = Tokenizer().segment(article)
            let analyses = analyze(article, segmentation)
            var matched = 0
            for (token, analysis) in zip(segmentation.tokens, analyses) {
                guard let word = goldTokens[token.span] else { continue }
                matched += 1
                scores.alignedWords += 1
                if analysis.upos == word.upos { scores.correctUPOS += 1 }
                if analysis.xpos == word.xpos { scores.correctXPOS += 1 }
                if analysis.lemma == word.lemma { scores.correctLemmas += 1 }
            }
            scores.tokens =
                scores.tokens
                + MatchCounts(
                    truePositives: matched, falsePositives: segmentation.tokens.count - matched,
                    falseNegatives: goldTokens.count - matched)
            let predictedEnds = Set(segmentation.sentences.map(\.span.end))
            let sharedEnds = predictedEnds.intersection(goldEnds).count
            scores.sentenceEnds =
                scores.sentenceEnds
                + MatchCounts(
                    truePositives: sharedEnds, falsePositives: predictedEnds.count - sharedEnds,
                    falseNegatives: goldEnds.count - sharedEnds)
        }
        return scores
    }
}

import Evaluation
import PartOfSpeech
import SequenceLabeling

/// Trains the part-of-speech model and learns the morphology tables from a CoNLL-U treebank.
public struct LinguisticTraining: Sendable {
    public var trainer: PerceptronTrainer

    public init(trainer: PerceptronTrainer = PerceptronTrainer(epochs: 8)) {
        self.trainer = trainer
    }

    public func train(
        _ treebank: CoNLLUCorpus, english: EnglishLexicon,
        progress: (_ epoch: Int, _ tokenAccuracy: Double) -> Void = { _, _ in }
    ) -> LinguisticAnalyzer {
        let sentences = treebank.documents.flatMap(\.sentences)
        let morphology = Morphology.learn(
            sentences.flatMap { $0.words.map { ($0.form, $0.lemma, $0.xpos, $0.upos, $0.features) } })
        let model = PartOfSpeechTagger.train(
            sentences.map(Self.taggerInput), lexicon: morphology.lexicon, english: english, trainer: trainer,
            progress: progress)
        return LinguisticAnalyzer(
            tagger: PartOfSpeechTagger(model: model, lexicon: morphology.lexicon, english: english),
            morphology: morphology)
    }

    /// A treebank sentence as the tagger sees it: forms, spacing, tags.
    static func taggerInput(_ sentence: CoNLLUCorpus.Sentence) -> [(
        form: String, glued: Bool, xpos: String, upos: String
    )] {
        sentence.words.enumerated().map { index, word in
            (word.form, index > 0 && !sentence.words[index - 1].spaceAfter, word.xpos, word.upos)
        }
    }
}

/// Accuracy of tags and lemmas on a treebank's own words.
public struct TaggingAccuracy: Sendable, CustomStringConvertible {
    public var words = 0
    public var correctUPOS = 0
    public var correctXPOS = 0
    public var correctLemmas = 0
    /// `gold→predicted` XPOS confusions and how often they occurred.
    public var confusions: [String: Int] = [:]
    /// `form gold→predicted` lemma errors and how often they occurred.
    public var lemmaErrors: [String: Int] = [:]

    public var upos: Double { ratio(correctUPOS) }
    public var xpos: Double { ratio(correctXPOS) }
    public var lemmas: Double { ratio(correctLemmas) }

    private func ratio(_ count: Int) -> Double { words == 0 ? 0 : Double(count) / Double(words) }

    public var description: String {
        "words: \(words)  UPOS: \(fixed3(upos))  XPOS: \(fixed3(xpos))  lemma: \(fixed3(lemmas))"
    }
}

func fixed3(_ value: Double) -> String {
    let thousandths = Int((value * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
}

extension LinguisticTraining {
    /// Tags the treebank's own words (its tokenization and sentences) and counts what matches.
    public func evaluate(_ analyzer: LinguisticAnalyzer, on treebank: CoNLLUCorpus) -> TaggingAccuracy {
        var accuracy = TaggingAccuracy()
        for sentence in treebank.documents.flatMap(\.sentences) {
            let forms = sentence.words.map { Substring($0.form) }
            let glued = Self.taggerInput(sentence).map(\.glued)
            for (word, tags) in zip(sentence.words, analyzer.tagger.tag(forms, glued: glued)) {
                accuracy.words += 1
                if tags.upos == word.upos { accuracy.correctUPOS += 1 }
                if tags.xpos == word.xpos {
                    accuracy.correctXPOS += 1
                } else {
                    accuracy.confusions["\(word.xpos)→\(tags.xpos)", default: 0] += 1
                }
                let lemma = analyzer.morphology.lemma(of: Substring(word.form), xpos: tags.xpos)
                if lemma == word.lemma {
                    accuracy.correctLemmas += 1
                } else {
                    accuracy.lemmaErrors["\(word.form) \(word.lemma)→\(lemma)", default: 0] += 1
                }
            }
        }
        return accuracy
    }

    /// k-fold cross-validation by document.
    public func crossValidate(_ treebank: CoNLLUCorpus, english: EnglishLexicon, folds: Int) -> TaggingAccuracy {
        var total = TaggingAccuracy()
        for fold in 0..<folds {
            var training = treebank
            training.documents = treebank.documents.enumerated().filter { $0.offset % folds != fold }.map(\.element)
            var held = treebank
            held.documents = treebank.documents.enumerated().filter { $0.offset % folds == fold }.map(\.element)
            let result = evaluate(train(training, english: english), on: held)
            total.words += result.words
            total.correctUPOS += result.correctUPOS
            total.correctXPOS += result.correctXPOS
            total.correctLemmas += result.correctLemmas
        }
        return total
    }
}

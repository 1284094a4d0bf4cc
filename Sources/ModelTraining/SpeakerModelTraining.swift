import AnnotationModel
import EntityRecognition
import Evaluation
import PartOfSpeech
import QuotationDetection
import SequenceLabeling

/// Trains the speaker model (``SpeakerModel``) on gold quotations with speakers, and measures it.
///
/// Each gold document is read and annotated as the annotator would (reader, tokens, parts of speech,
/// entities with the shipped models); the quotation stage then offers each quotation's candidate
/// speakers. A candidate is right when its names match the gold speaker's (as `evaluate` scores them),
/// or, for gold that marks every quotation with the speaker the text gives (`"reported_speech": true`),
/// when it is nobody and the gold says the text names nobody. Quotations the gold does not have, and
/// gold speakers no candidate matches, teach nothing. The averaged perceptron updates toward the best
/// right candidate whenever the model's choice is wrong, starting from ``SpeakerModel/prior``; later
/// choices see the speakers the model chose before, as at annotation time.
public struct SpeakerModelTraining: Sendable {
    public let gazetteers: Gazetteers
    public let analyzer: LinguisticAnalyzer
    public let recognizer: EntityRecognizer
    public var epochs: Int

    public init(gazetteers: Gazetteers, analyzer: LinguisticAnalyzer, recognizer: EntityRecognizer, epochs: Int = 10) {
        self.gazetteers = gazetteers
        self.analyzer = analyzer
        self.recognizer = recognizer
        self.epochs = epochs
    }

    /// A gold document annotated up to the quotation stage, with the gold quotation of each candidate.
    struct Document {
        let gold: AnnotationSet
        let article: Article
        let segmentation: Segmentation
        let analyses: [WordAnalysis]
        let mentions: [EntityMention]
        let register: EntityRegister
        /// For each candidate quotation (in the order the detector offers them): the gold speaker's names,
        /// empty when the gold says nobody; nil when the candidate teaches nothing.
        let goldSpeakers: [[String]?]
    }

    func prepare(_ corpus: TrainingCorpus) -> [Document] {
        corpus.documents.compactMap(PreparedDocument.init).compactMap { prepared in
            let analyses = analyzer.analyze(prepared.article, prepared.segmentation)
            let entities = recognizer.recognize(prepared.article, prepared.segmentation, analyses)
            var spans: [QuotationDetector.SpeakerDecision] = []
            _ = QuotationDetector(gazetteers: gazetteers, model: SpeakerModel()).detect(
                in: prepared.article, segmentation: prepared.segmentation, analyses: analyses,
                mentions: entities.mentions, register: entities.register
            ) { decision in
                spans.append(decision)
                return 0
            }
            let offsets = CodePointOffsets(prepared.article.text)
            let candidates = AnnotationSet(
                id: prepared.gold.id, text: prepared.article.text, entities: [],
                quotes: spans.map {
                    .init(
                        start: offsets.codePoint(atUTF8: $0.span.start), end: offsets.codePoint(atUTF8: $0.span.end),
                        speakerNames: [], isDirect: $0.isDirect)
                })
            guard let aligned = try? TextAlignment.align(candidates, to: prepared.gold) else { return nil }
            let goldSpeakers = aligned.quotes.map { quote -> [String]? in
                let gold = prepared.gold.quotes.first {
                    2 * overlap(($0.start, $0.end), (quote.start, quote.end))
                        >= max($0.end - $0.start, quote.end - quote.start)
                }
                guard let gold else { return nil }
                if gold.speakerNames.isEmpty { return prepared.gold.marksReportedSpeech ? [] : nil }
                return gold.speakerNames
            }
            return Document(
                gold: prepared.gold, article: prepared.article, segmentation: prepared.segmentation,
                analyses: analyses, mentions: entities.mentions, register: entities.register,
                goldSpeakers: goldSpeakers)
        }
    }

    /// Trains a model on every document of `corpus`.
    public func train(_ corpus: TrainingCorpus) -> SpeakerModel {
        train(prepare(corpus))
    }

    func train(_ documents: [Document]) -> SpeakerModel {
        var model = SpeakerModel.prior
        var totals = SpeakerModel()
        var steps = 0.0
        var generator = SplitMix64(seed: 20_261_202)
        var order = Array(documents.indices)
        for _ in 0..<max(1, epochs) {
            order.shuffle(using: &generator)
            for index in order {
                let document = documents[index]
                var updates: [(right: [String], chosen: [String])] = []
                var position = 0
                _ = detector(model).detect(
                    in: document.article, segmentation: document.segmentation, analyses: document.analyses,
                    mentions: document.mentions, register: document.register
                ) { decision in
                    defer { position += 1 }
                    let chosen = model.best(decision.options.map(\.features))
                    guard position < document.goldSpeakers.count, let gold = document.goldSpeakers[position] else {
                        return chosen
                    }
                    let right = decision.options.indices.filter { option in
                        let names = decision.options[option].names
                        return gold.isEmpty ? names.isEmpty : SpeakerNames.match(names, gold)
                    }
                    guard !right.isEmpty, !right.contains(chosen) else { return chosen }
                    let target = right.max {
                        model.score(decision.options[$0].features) < model.score(decision.options[$1].features)
                    }!
                    updates.append((decision.options[target].features, decision.options[chosen].features))
                    return chosen
                }
                for update in updates {
                    model.add(update.right, 1)
                    model.add(update.chosen, -1)
                    totals.add(update.right, steps)
                    totals.add(update.chosen, -steps)
                }
                steps += 1
            }
        }
        // The average over all steps: w − totals / steps (each update at step t was added t times too few).
        var averaged = SpeakerModel()
        for (feature, weight) in model.weights {
            averaged.add([feature], weight - (totals.weights[feature] ?? 0) / max(1, steps))
        }
        return averaged
    }

    /// Scores `model` on the quotations and speakers of `corpus` (entities are not scored).
    public func evaluate(_ model: SpeakerModel, on corpus: TrainingCorpus) -> EvaluationReport {
        evaluate(model, prepare(corpus))
    }

    func evaluate(_ model: SpeakerModel, _ documents: [Document]) -> EvaluationReport {
        var report = EvaluationReport()
        for document in documents {
            let result = detector(model).detect(
                in: document.article, segmentation: document.segmentation, analyses: document.analyses,
                mentions: document.mentions, register: document.register)
            let annotated = AnnotatedArticle(
                article: document.article, segmentation: document.segmentation, register: result.register,
                mentions: [], quotations: result.quotations)
            var gold = document.gold
            gold.entities = []
            guard let predicted = try? TextAlignment.align(AnnotationSet(annotated), to: gold) else { continue }
            report.add(gold: gold, predicted: predicted)
        }
        return report
    }

    /// k-fold cross-validation by document: train on k−1 folds, score on the one left out, sum the scores.
    public func crossValidate(_ corpus: TrainingCorpus, folds: Int) -> EvaluationReport {
        let documents = prepare(corpus)
        var report = EvaluationReport()
        for fold in 0..<folds {
            let model = train(documents.indices.filter { $0 % folds != fold }.map { documents[$0] })
            report.merge(evaluate(model, documents.indices.filter { $0 % folds == fold }.map { documents[$0] }))
        }
        return report
    }

    private func detector(_ model: SpeakerModel) -> QuotationDetector {
        QuotationDetector(gazetteers: gazetteers, model: model)
    }
}

private func overlap(_ lhs: (Int, Int), _ rhs: (Int, Int)) -> Int {
    max(0, min(lhs.1, rhs.1) - max(lhs.0, rhs.0))
}

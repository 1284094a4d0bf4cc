import AnnotationModel
import EntityRecognition
import Evaluation
import PartOfSpeech
import SequenceLabeling

/// Trains entity models and measures them: on a corpus, by k-fold cross-validation, or on held-out gold.
///
/// The tagger reads parts of speech, so training documents need them as the tagger will see them:
/// predicted, not gold. A document of the part-of-speech treebank is analysed by a model trained
/// without it (jackknifing); any other document by the full model.
public struct EntityModelTraining: Sendable {
    public let gazetteers: Gazetteers
    public let english: EnglishLexicon
    public let analyzers: JackknifedAnalyzers
    public var trainer: PerceptronTrainer

    public init(
        gazetteers: Gazetteers, english: EnglishLexicon, analyzers: JackknifedAnalyzers,
        trainer: PerceptronTrainer = PerceptronTrainer()
    ) {
        self.gazetteers = gazetteers
        self.english = english
        self.analyzers = analyzers
        self.trainer = trainer
    }

    /// What training saw.
    public struct Statistics: Sendable {
        public var documents = 0
        public var tokens = 0
        public var alignedNames = 0
        public var misalignedNames = 0
    }

    /// Trains a model on every document of `corpus`.
    public func train(
        _ corpus: TrainingCorpus,
        progress: (_ pass: String, _ epoch: Int, _ tokenAccuracy: Double) -> Void = { _, _, _ in }
    ) throws(TrainingError) -> (model: EntityModel, statistics: Statistics) {
        let prepared = corpus.documents.compactMap(PreparedDocument.init)
        guard !prepared.isEmpty else { throw .noDocuments }
        var statistics = Statistics()
        let examples = prepared.map { document in
            let names = NameConventions(gazetteers: gazetteers).normalized(
                document.names, text: document.article.text, tokens: document.segmentation.tokens)
            let example = TaggerTrainingExample(
                article: document.article, segmentation: document.segmentation, analyses: analyses(of: document),
                names: names, gazetteers: gazetteers, english: english)
            statistics.documents += 1
            statistics.tokens += document.segmentation.tokens.count
            statistics.alignedNames += example.alignedNames
            statistics.misalignedNames += example.misalignedNames
            return example
        }
        return (StatisticalTagger.train(examples, trainer: trainer, progress: progress), statistics)
    }

    /// Scores `model` on the entities of `corpus` (its quotations are not scored).
    public func evaluate(_ model: EntityModel, on corpus: TrainingCorpus) -> EvaluationReport {
        var report = EvaluationReport()
        for (gold, predicted) in predictions(model, on: corpus) { report.add(gold: gold, predicted: predicted) }
        return report
    }

    /// The entities `model` gets wrong in `corpus`, one line each (see ``ErrorListing``).
    public func errors(_ model: EntityModel, on corpus: TrainingCorpus) -> [String] {
        predictions(model, on: corpus).flatMap { ErrorListing.lines(gold: $0.gold, predicted: $0.predicted) }
    }

    private func predictions(_ model: EntityModel, on corpus: TrainingCorpus) -> [(
        gold: AnnotationSet, predicted: AnnotationSet
    )] {
        let recognizer = EntityRecognizer(gazetteers: gazetteers, english: english, model: model)
        return corpus.documents.compactMap(PreparedDocument.init).map { document in
            let recognized = recognizer.recognize(document.article, document.segmentation, analyses(of: document))
            let offsets = CodePointOffsets(document.article.text)
            var gold = document.gold
            gold.quotes = []
            let predicted = AnnotationSet(
                id: gold.id, text: gold.text,
                entities: recognized.mentions.map {
                    .init(
                        start: offsets.codePoint(atUTF8: $0.span.start), end: offsets.codePoint(atUTF8: $0.span.end),
                        type: $0.type.rawValue)
                }, quotes: [])
            return (gold, predicted)
        }
    }

    private func analyses(of document: PreparedDocument) -> [WordAnalysis] {
        analyzers.analyzer(forDocument: document.gold.id).analyze(document.article, document.segmentation)
    }

    /// k-fold cross-validation by document: train on k−1 folds, score on the one left out, sum the scores.
    public func crossValidate(_ corpus: TrainingCorpus, folds: Int) throws(TrainingError) -> EvaluationReport {
        var report = EvaluationReport()
        for fold in 0..<folds {
            let training = TrainingCorpus(
                documents: corpus.documents.enumerated().filter { $0.offset % folds != fold }.map(\.element))
            let held = TrainingCorpus(
                documents: corpus.documents.enumerated().filter { $0.offset % folds == fold }.map(\.element))
            let model = try train(training).model
            report.merge(evaluate(model, on: held))
        }
        return report
    }
}

/// Part-of-speech analyzers for training other models on documents of the treebank itself: each
/// document is analysed by a model trained on the other folds, so its tags are as good as the
/// tagger's on unseen text. Documents outside the treebank get the full model.
public struct JackknifedAnalyzers: Sendable {
    private let foldOfDocument: [String: Int]
    private let foldAnalyzers: [LinguisticAnalyzer]
    public let full: LinguisticAnalyzer

    /// Analyzers trained on `treebank` without each of `folds` folds (documents assigned in turn).
    public init(
        treebank: CoNLLUCorpus, folds: Int, english: EnglishLexicon, training: LinguisticTraining,
        full: LinguisticAnalyzer
    ) {
        var foldOfDocument: [String: Int] = [:]
        for (index, document) in treebank.documents.enumerated() { foldOfDocument[document.id] = index % folds }
        self.foldOfDocument = foldOfDocument
        foldAnalyzers = (0..<folds).map { fold in
            var rest = treebank
            rest.documents = treebank.documents.enumerated().filter { $0.offset % folds != fold }.map(\.element)
            return training.train(rest, english: english)
        }
        self.full = full
    }

    /// One analyzer for every document (no jackknifing).
    public init(full: LinguisticAnalyzer) {
        foldOfDocument = [:]
        foldAnalyzers = []
        self.full = full
    }

    public func analyzer(forDocument id: String) -> LinguisticAnalyzer {
        foldOfDocument[id].map { foldAnalyzers[$0] } ?? full
    }
}

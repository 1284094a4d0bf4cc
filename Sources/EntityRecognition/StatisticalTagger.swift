import AnnotationModel
import Dispatch
import Foundation
import PartOfSpeech
import SequenceLabeling

/// Finds names with the trained perceptron: profiles every token, scores BILOU tags from hashed
/// features and decodes each sentence with Viterbi; then, with a document model, decodes every
/// sentence again with what the first pass found in the whole article (``DocumentEvidence``).
public struct StatisticalTagger: Sendable {
    /// The kind of model file the tagger reads.
    public static let modelKind = "entities-bilou"
    public static var featureVersion: UInt32 { FeatureExtractor.version }

    public let model: EntityModel
    let profiler: DocumentProfiler

    public init(model: EntityModel, gazetteers: Gazetteers, english: EnglishLexicon) {
        self.model = model
        profiler = DocumentProfiler(gazetteers: gazetteers, english: english)
    }

    /// Reads an entity model file.
    public static func loadModel(from url: URL) throws(ModelFileError) -> EntityModel {
        try EntityModel(contentsOf: url)
    }

    /// Trains an entity model on prepared documents (deterministic for the same input). With
    /// `documentFolds`, the document model is trained too, on first-pass tags of each document made by
    /// a sentence model trained without it (jackknifing, so they are as good as on unseen text).
    public static func train(
        _ examples: [TaggerTrainingExample], trainer: PerceptronTrainer, documentFolds: Int? = 4,
        progress: (_ pass: String, _ epoch: Int, _ tokenAccuracy: Double) -> Void = { _, _, _ in }
    ) -> EntityModel {
        func train(_ sentences: [TrainingSentence], _ pass: String) -> LinearModel {
            trainer.train(
                sentences, kind: modelKind, featureVersion: featureVersion, tagNames: BILOUTags.names,
                constraints: BILOUTags.constraints
            ) { progress(pass, $0, $1) }
        }
        let sentenceModel = train(examples.flatMap { $0.trainingSentences() }, "sentence model")
        guard let folds = documentFolds, folds >= 2, examples.count >= folds else {
            return EntityModel(sentenceModel: sentenceModel, documentModel: nil)
        }
        let foldModels = FoldModels(count: folds)
        DispatchQueue.concurrentPerform(iterations: folds) { fold in
            let sentences = examples.indices.filter { $0 % folds != fold }.flatMap { examples[$0].trainingSentences() }
            foldModels.set(
                fold,
                trainer.train(
                    sentences, kind: modelKind, featureVersion: featureVersion, tagNames: BILOUTags.names,
                    constraints: BILOUTags.constraints))
        }
        let documentSentences = examples.enumerated().flatMap { index, example in
            let firstPass = tags(foldModels[index % folds], example.profiles, example.sentences, evidence: nil).tags
            let evidence = DocumentEvidence(profiles: example.profiles, sentences: example.sentences, tags: firstPass)
            return example.trainingSentences(evidence: evidence)
        }
        return EntityModel(sentenceModel: sentenceModel, documentModel: train(documentSentences, "document model"))
    }

    /// Typed names in `article`, in text order; `analyses` are the tokens' parts of speech.
    public func tag(_ article: Article, _ segmentation: Segmentation, _ analyses: [WordAnalysis]) -> [NameSpan] {
        let profiles = profiler.profiles(article, segmentation, analyses)
        let sentences = segmentation.sentences.map(\.tokens)
        var result = Self.tags(model.sentenceModel, profiles, sentences, evidence: nil)
        if let documentModel = model.documentModel {
            let evidence = DocumentEvidence(profiles: profiles, sentences: sentences, tags: result.tags)
            result = Self.tags(documentModel, profiles, sentences, evidence: evidence)
        }
        var names: [NameSpan] = []
        for sentence in sentences {
            for name in BILOUTags.decode(Array(result.tags[sentence])) {
                let tokens =
                    (sentence.lowerBound + name.tokens.lowerBound)..<(sentence.lowerBound + name.tokens.upperBound)
                let margin = result.margins[tokens].min() ?? 0
                names.append(
                    NameSpan(
                        span: TextSpan(
                            segmentation.tokens[tokens.lowerBound].span.start,
                            segmentation.tokens[tokens.upperBound - 1].span.end),
                        type: name.type, confidence: Self.confidence(margin: margin)))
            }
        }
        return names
    }

    /// The tag and margin of every token, each sentence decoded with `model` (a second-pass model when
    /// `evidence` is given).
    static func tags(
        _ model: LinearModel, _ profiles: [TokenProfile], _ sentences: [Range<Int>], evidence: DocumentEvidence?
    ) -> (tags: [Int], margins: [Float]) {
        var tags = [Int](repeating: BILOUTags.outside, count: profiles.count)
        var margins = [Float](repeating: 0, count: profiles.count)
        for range in sentences where !range.isEmpty {
            // Margins are read only inside names: from the first token not outside one.
            let path = model.decode(
                length: range.count, constraints: BILOUTags.constraints,
                marginsFrom: { $0.firstIndex { $0 != BILOUTags.outside } ?? $0.count }
            ) { position, features in
                FeatureExtractor.features(profiles, sentence: range, at: range.lowerBound + position, into: &features)
                if let evidence {
                    FeatureExtractor.documentFeatures(
                        evidence, profiles, sentence: range, at: range.lowerBound + position, into: &features)
                }
            }
            tags.replaceSubrange(range, with: path.tags)
            margins.replaceSubrange(range, with: path.margins)
        }
        return (tags, margins)
    }

    /// A margin between the chosen tag and the best other tag turned into a 0…1 confidence.
    static func confidence(margin: Float) -> Double {
        let value = 1 / (1 + exp(-Double(margin) / 4))
        return (value * 100).rounded() / 100
    }
}

/// The sentence models of the jackknifing folds, written by the threads that train them.
private final class FoldModels: @unchecked Sendable {
    private let lock = NSLock()
    private var models: [LinearModel?]

    init(count: Int) { models = Array(repeating: nil, count: count) }

    func set(_ fold: Int, _ model: LinearModel) { lock.withLock { models[fold] = model } }

    subscript(fold: Int) -> LinearModel { lock.withLock { models[fold]! } }
}

import AnnotationModel
import Foundation
import PartOfSpeech
import SequenceLabeling

/// Finds names with the trained perceptron: profiles every token, scores BILOU tags from hashed
/// features and decodes each sentence with Viterbi.
public struct StatisticalTagger: Sendable {
    /// The kind of model file the tagger reads.
    public static let modelKind = "entities-bilou"
    public static var featureVersion: UInt32 { FeatureExtractor.version }

    public let model: LinearModel
    let profiler: DocumentProfiler

    /// - Precondition: `model` is an entity model (see ``modelKind``), as loading checks.
    public init(model: LinearModel, gazetteers: Gazetteers, english: EnglishLexicon) {
        precondition(model.kind == Self.modelKind && model.tagNames == BILOUTags.names)
        self.model = model
        profiler = DocumentProfiler(gazetteers: gazetteers, english: english)
    }

    /// Reads an entity model file.
    public static func loadModel(from url: URL) throws(ModelFileError) -> LinearModel {
        let model = try LinearModel(contentsOf: url, kind: modelKind, featureVersion: featureVersion)
        guard model.tagNames == BILOUTags.names else { throw .corrupt(url.path) }
        return model
    }

    /// Trains an entity model on prepared documents (deterministic for the same input).
    public static func train(
        _ examples: [TaggerTrainingExample], trainer: PerceptronTrainer,
        progress: (_ epoch: Int, _ tokenAccuracy: Double) -> Void = { _, _ in }
    ) -> LinearModel {
        trainer.train(
            examples.flatMap(\.trainingSentences), kind: modelKind, featureVersion: featureVersion,
            tagNames: BILOUTags.names, constraints: BILOUTags.constraints, progress: progress)
    }

    /// Typed names in `article`, in text order; `analyses` are the tokens' parts of speech.
    public func tag(_ article: Article, _ segmentation: Segmentation, _ analyses: [WordAnalysis]) -> [NameSpan] {
        let profiles = profiler.profiles(article, segmentation, analyses)
        var names: [NameSpan] = []
        for sentence in segmentation.sentences {
            let range = sentence.tokens
            // Margins are read only inside names: from the first token not outside one.
            let path = model.decode(
                length: range.count, constraints: BILOUTags.constraints,
                marginsFrom: { $0.firstIndex { $0 != BILOUTags.outside } ?? $0.count }
            ) { position, features in
                FeatureExtractor.features(profiles, sentence: range, at: range.lowerBound + position, into: &features)
            }
            for name in BILOUTags.decode(path.tags) {
                let first = range.lowerBound + name.tokens.lowerBound
                let last = range.lowerBound + name.tokens.upperBound - 1
                let margin = path.margins[name.tokens].min() ?? 0
                names.append(
                    NameSpan(
                        span: TextSpan(segmentation.tokens[first].span.start, segmentation.tokens[last].span.end),
                        type: name.type, confidence: Self.confidence(margin: margin)))
            }
        }
        return names
    }

    /// A margin between the chosen tag and the best other tag turned into a 0…1 confidence.
    static func confidence(margin: Float) -> Double {
        let value = 1 / (1 + exp(-Double(margin) / 4))
        return (value * 100).rounded() / 100
    }
}

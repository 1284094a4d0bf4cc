import AnnotationModel
import Foundation
import SequenceLabeling

/// Tags words with Penn Treebank (XPOS) and Universal Dependencies (UPOS) parts of speech at once,
/// greedily from left to right with an averaged-perceptron model; each tag of the model is an
/// `XPOS/UPOS` pair seen in training.
public struct PartOfSpeechTagger: Sendable {
    public static let modelKind = "pos-xpos-upos"
    public static var featureVersion: UInt32 { WordFeatures.version }

    public let model: LinearModel
    public let lexicon: TagLexicon
    public let english: EnglishLexicon
    /// For each tag of the model, its XPOS and UPOS.
    let pairs: [(xpos: String, upos: String)]

    /// - Precondition: `model` is a part-of-speech model (see ``modelKind``), as loading checks.
    public init(model: LinearModel, lexicon: TagLexicon, english: EnglishLexicon) {
        precondition(model.kind == Self.modelKind)
        self.model = model
        self.lexicon = lexicon
        self.english = english
        pairs = model.tagNames.map(Self.split)
    }

    /// Reads a part-of-speech model file.
    public static func loadModel(from url: URL) throws(ModelFileError) -> LinearModel {
        let model = try LinearModel(contentsOf: url, kind: modelKind, featureVersion: featureVersion)
        guard model.tagNames.allSatisfy({ $0.contains("/") }) else { throw .corrupt(url.path) }
        return model
    }

    /// The XPOS and UPOS of each word of one sentence; `glued[i]` tells that word `i` touches the
    /// word before it (no space between).
    public func tag(_ words: [Substring], glued: [Bool]) -> [(xpos: String, upos: String)] {
        var cache = IntrinsicScoreCache(tagCount: model.tagCount)
        return tag(words, glued: glued, cache: &cache)
    }

    /// The same, with the intrinsic scores of words already seen (in this article) from `cache`.
    func tag(_ words: [Substring], glued: [Bool], cache: inout IntrinsicScoreCache) -> [(xpos: String, upos: String)] {
        tagIndices(words, glued: glued, cache: &cache).map { pairs[$0] }
    }

    /// The model's tag index of each word (see ``pairs``).
    func tagIndices(_ words: [Substring], glued: [Bool], cache: inout IntrinsicScoreCache) -> [Int] {
        var lowered: [UInt8] = []
        var profiles: [WordProfile] = []
        var wordClasses: [UInt64] = []
        profiles.reserveCapacity(words.count)
        wordClasses.reserveCapacity(words.count)
        for word in words {
            profiles.append(WordProfile(word.utf8, lowered: &lowered))
            wordClasses.append(Self.wordClass(english, lowered))
        }
        let classes = profiles.map { lexicon.classHash($0.lower) }
        return model.greedyTags(length: words.count) { position, scores in
            cache.scores(of: profiles[position], first: position == 0, model: model, into: scores)
        } features: { position, features in
            features.removeAll(keepingCapacity: true)
            WordFeatures.contextFeatures(
                profiles, glued: glued, classes: classes, wordClasses: wordClasses, at: position, into: &features)
        } anchor: {
            profiles[$0].lower
        }
    }

    /// A word's lexicon classes and ending as one feature value, from its lower-case bytes.
    static func wordClass(_ english: EnglishLexicon, _ lowered: [UInt8]) -> UInt64 {
        let (classes, ending) = english.classes(ofLowercase: lowered)
        return UInt64(classes.rawValue) | UInt64(ending) << 4
    }

    /// The tag name for a pair: `NNP/PROPN`.
    static func name(xpos: String, upos: String) -> String { xpos + "/" + upos }

    static func split(_ name: String) -> (xpos: String, upos: String) {
        guard let slash = name.lastIndex(of: "/"), slash != name.startIndex else { return (name, "X") }
        return (String(name[..<slash]), String(name[name.index(after: slash)...]))
    }

    /// Trains a model on sentences of (form, glued to the previous word, XPOS, UPOS) with `lexicon`.
    public static func train(
        _ sentences: [[(form: String, glued: Bool, xpos: String, upos: String)]], lexicon: TagLexicon,
        english: EnglishLexicon, trainer: PerceptronTrainer,
        progress: (_ epoch: Int, _ tokenAccuracy: Double) -> Void = { _, _ in }
    ) -> LinearModel {
        let names = Set(sentences.joined().map { name(xpos: $0.xpos, upos: $0.upos) }).sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        var buffer: [UInt64] = []
        let training = sentences.map { sentence in
            var lowered: [UInt8] = []
            var profiles: [WordProfile] = []
            var wordClasses: [UInt64] = []
            for word in sentence {
                profiles.append(WordProfile(word.form.utf8, lowered: &lowered))
                wordClasses.append(wordClass(english, lowered))
            }
            let glued = sentence.map(\.glued)
            let classes = profiles.map { lexicon.classHash($0.lower) }
            let features = profiles.indices.map { position -> [UInt64] in
                WordFeatures.features(
                    profiles, glued: glued, classes: classes, wordClasses: wordClasses, at: position, into: &buffer)
                return buffer
            }
            return GreedyTrainingSentence(
                features: features, anchors: profiles.map(\.lower),
                tags: sentence.map { index[name(xpos: $0.xpos, upos: $0.upos)]! })
        }
        return trainer.trainGreedy(
            training, kind: modelKind, featureVersion: featureVersion, tagNames: names, progress: progress)
    }
}

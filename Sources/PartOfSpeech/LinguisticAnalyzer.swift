import AnnotationModel
import Foundation
import SequenceLabeling

/// Gives every token of an article its part of speech (XPOS and UPOS), lemma and features.
public struct LinguisticAnalyzer: Sendable {
    public let tagger: PartOfSpeechTagger
    public let morphology: Morphology

    /// The morphology's keys for each tag of the tagger's model.
    private let tagKeys: [Morphology.TagKeys]

    public init(tagger: PartOfSpeechTagger, morphology: Morphology) {
        self.tagger = tagger
        self.morphology = morphology
        tagKeys = tagger.pairs.map { morphology.tagKeys(xpos: $0.xpos, upos: $0.upos) }
    }

    /// The file names of the shipped model and tables in `Resources/Models`.
    public static let bundledModelFileName = "pos.model"
    public static let bundledMorphologyFileName = "morphology.bin"

    /// The analyzer shipped with the annotator, loaded once per process.
    public static var bundled: LinguisticAnalyzer {
        get throws(ModelFileError) { try shared.get() }
    }

    private static let shared: Result<LinguisticAnalyzer, ModelFileError> = Result { () throws(ModelFileError) in
        guard let directory = PartOfSpeechResources.directory("Models", containing: bundledModelFileName) else {
            throw .unreadable(bundledModelFileName)
        }
        return try load(directory: directory)
    }

    /// Maps `pos.model` and `morphology.bin` of `directory`; the English lexicon is the bundled one.
    public static func load(directory: URL) throws(ModelFileError) -> LinguisticAnalyzer {
        let model = try PartOfSpeechTagger.loadModel(from: directory.appendingPathComponent(bundledModelFileName))
        let morphology = try Morphology(contentsOf: directory.appendingPathComponent(bundledMorphologyFileName))
        let tagger = PartOfSpeechTagger(model: model, lexicon: morphology.lexicon, english: try EnglishLexicon.bundled)
        return LinguisticAnalyzer(tagger: tagger, morphology: morphology)
    }

    /// One analysis per token, sentence by sentence (tokens outside sentences get none: there are none).
    public func analyze(_ article: Article, _ segmentation: Segmentation) -> [WordAnalysis] {
        var analyses = [WordAnalysis](
            repeating: WordAnalysis(xpos: "", upos: "", lemma: "", features: "_"), count: segmentation.tokens.count)
        var cache = IntrinsicScoreCache(tagCount: tagger.model.tagCount)
        var words: [Substring] = []
        var glued: [Bool] = []
        var lowered: [UInt8] = []
        for sentence in segmentation.sentences {
            words.removeAll(keepingCapacity: true)
            glued.removeAll(keepingCapacity: true)
            for index in sentence.tokens {
                words.append(article.text[segmentation.tokens[index].span])
                glued.append(index > sentence.tokens.lowerBound && !segmentation.tokens[index - 1].spaceAfter)
            }
            let tags = tagger.tagIndices(words, glued: glued, cache: &cache)
            for (offset, index) in sentence.tokens.enumerated() {
                let word = words[offset]
                let pair = tagger.pairs[tags[offset]]
                let keys = tagKeys[tags[offset]]
                Morphology.lowercasedBytes(word, into: &lowered)
                analyses[index] = WordAnalysis(
                    xpos: pair.xpos, upos: pair.upos, lemma: morphology.lemma(of: word, lowered: lowered, tag: keys),
                    features: morphology.features(lowered: lowered, tag: keys))
            }
        }
        return analyses
    }
}

/// Where the part-of-speech stage's data is: beside the binary, else in the source tree.
enum PartOfSpeechResources {
    /// The resource folder `name` that holds `file`, or nil.
    static func directory(_ name: String, containing file: String) -> URL? {
        let installed = Bundle.main.bundleURL.appendingPathComponent("tei-annotator_PartOfSpeech.resources")
            .appendingPathComponent(name)
        let sourceTree = URL(fileURLWithPath: #filePath, isDirectory: false).deletingLastPathComponent()
            .appendingPathComponent("Resources", isDirectory: true).appendingPathComponent(name, isDirectory: true)
        return [installed, sourceTree].first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent(file).path)
        }
    }
}

import AnnotationModel
import Foundation
import SequenceLabeling

/// Gives every token of an article its part of speech (XPOS and UPOS), lemma and features.
public struct LinguisticAnalyzer: Sendable {
    public let tagger: PartOfSpeechTagger
    public let morphology: Morphology

    public init(tagger: PartOfSpeechTagger, morphology: Morphology) {
        self.tagger = tagger
        self.morphology = morphology
    }

    /// The file names of the shipped model and tables in `Resources/Models`.
    public static let bundledModelFileName = "pos.model"
    public static let bundledMorphologyFileName = "morphology.tsv"

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

    /// Reads `pos.model` and `morphology.tsv` from `directory`; the English lexicon is the bundled one.
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
        for sentence in segmentation.sentences {
            let words = sentence.tokens.map { article.text[segmentation.tokens[$0].span] }
            let glued = sentence.tokens.map {
                $0 > sentence.tokens.lowerBound && !segmentation.tokens[$0 - 1].spaceAfter
            }
            for (word, (index, tags)) in zip(words, zip(sentence.tokens, tagger.tag(words, glued: glued))) {
                analyses[index] = WordAnalysis(
                    xpos: tags.xpos, upos: tags.upos, lemma: morphology.lemma(of: word, xpos: tags.xpos),
                    features: morphology.features(of: word, xpos: tags.xpos, upos: tags.upos))
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
        let sourceTree = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Resources").appendingPathComponent(name)
        return [installed, sourceTree].first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent(file).path)
        }
    }
}

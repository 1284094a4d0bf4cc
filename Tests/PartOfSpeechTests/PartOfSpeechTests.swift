import AnnotationModel
import Foundation
import PartOfSpeech
import SequenceLabeling
import Testing
import Tokenization

@Suite("Parts of speech and lemmas")
struct PartOfSpeechTests {
    static let analyzer = try! LinguisticAnalyzer.bundled

    private func analyze(_ text: String) -> [(String, WordAnalysis)] {
        let article = Article(
            id: "a", text: text, blocks: [TextBlock(kind: .paragraph, span: TextSpan(0, text.utf8.count))])
        let segmentation = Tokenizer().segment(article)
        return zip(segmentation.tokens.map { String(text[$0.span]) }, Self.analyzer.analyze(article, segmentation))
            .map { ($0, $1) }
    }

    @Test("a plain sentence gets Penn Treebank and UD tags")
    func tags() {
        let result = analyze("The minister said the talks were over.")
        #expect(result.map(\.1.xpos) == ["DT", "NN", "VBD", "DT", "NNS", "VBD", "RB", "."])
        #expect(result.map(\.1.upos) == ["DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "ADV", "PUNCT"])
    }

    @Test("lemmas of inflected and irregular forms; proper nouns keep their capitals")
    func lemmas() {
        let result = Dictionary(
            analyze("Cavusoglu was studying the children’s studies in Tripoli.").map { ($0.0, $0.1.lemma) }
        ) {
            first, _ in first
        }
        #expect(result["was"] == "be")
        #expect(result["studying"] == "study")
        #expect(result["children"] == "child")
        #expect(result["studies"] == "study")
        #expect(result["Tripoli"] == "Tripoli")
        #expect(result["Cavusoglu"] == "Cavusoglu")
    }

    @Test("features for nouns and verbs")
    func features() {
        let result = analyze("Dogs barked.")
        #expect(result[0].1.features.contains("Number=Plur"))
        #expect(result[1].1.features.contains("Tense=Past"))
    }

    @Test("learned tables survive writing and reading")
    func morphologyRoundTrip() throws {
        let words: [(form: String, lemma: String, xpos: String, upos: String, features: String)] = [
            ("cats", "cat", "NNS", "NOUN", "Number=Plur"), ("dogs", "dog", "NNS", "NOUN", "Number=Plur"),
            ("went", "go", "VBD", "VERB", "Tense=Past"), ("mice", "mouse", "NNS", "NOUN", "Number=Plur"),
        ]
        let morphology = Morphology.learn(words)
        #expect(morphology.lemma(of: "rats", xpos: "NNS") == "rat")
        #expect(morphology.lemma(of: "mice", xpos: "NNS") == "mouse")
        #expect(morphology.lemma(of: "went", xpos: "VBD") == "go")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("morphology-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(morphology.serialized()).write(to: file)
        let loaded = try Morphology(contentsOf: file)
        #expect(loaded.serialized() == morphology.serialized())
        #expect(loaded.lemma(of: "mice", xpos: "NNS") == "mouse")
        #expect(Morphology.learn(words).serialized() == morphology.serialized())
        try Data(morphology.serialized().dropLast(9)).write(to: file)
        #expect(throws: ModelFileError.self) { try Morphology(contentsOf: file) }
    }
}

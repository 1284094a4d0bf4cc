import AnnotationModel
import EntityRecognition
import Foundation
import PartOfSpeech
import TestSupport
import Testing
import Tokenization

@testable import QuotationDetection

/// The learned choice of speakers: options and their evidence, the model file, and the decisions a
/// trainer sees.
@Suite("Speaker attribution as a learned choice")
struct SpeakerModelTests {
    static let gazetteers = try! Gazetteers.bundled
    static let recognizer = EntityRecognizer(
        gazetteers: gazetteers, english: try! EnglishLexicon.bundled, model: try! EntityRecognizer.bundledModel)
    static let analyzer = try! LinguisticAnalyzer.bundled

    /// The decisions the detector offers for `text` (paragraphs separated by a blank line).
    private func decisions(_ text: String) -> [QuotationDetector.SpeakerDecision] {
        let article = Article.paragraphs(text)
        let segmentation = Tokenizer().segment(article)
        let analyses = Self.analyzer.analyze(article, segmentation)
        let entities = Self.recognizer.recognize(article, segmentation, analyses)
        var found: [QuotationDetector.SpeakerDecision] = []
        _ = QuotationDetector(gazetteers: Self.gazetteers, model: SpeakerModel()).detect(
            in: article, segmentation: segmentation, analyses: analyses, mentions: entities.mentions,
            register: entities.register
        ) { decision in
            found.append(decision)
            return decision.options.count - 1  // nobody, always the last option
        }
        return found
    }

    @Test("options: the persons and organizations around the quotation, a described speaker, and nobody")
    func options() throws {
        let found = decisions(
            "Mevlut Cavusoglu met NATO officials on Monday. “We will support the government,” a spokesman said.")
        let decision = try #require(found.first)
        let names = decision.options.map(\.names)
        #expect(names.contains(["Mevlut Cavusoglu"]) && names.contains(["NATO"]))
        #expect(names.contains(["a spokesman"]))  // the described speaker made from the subject
        #expect(names.last == [])  // nobody
        // The described option carries the subject's evidence; the names carry where they stand.
        let spokesman = try #require(decision.options.first { $0.names == ["a spokesman"] })
        #expect(spokesman.features.contains("described:indefinite"))
        let cavusoglu = try #require(decision.options.first { $0.names == ["Mevlut Cavusoglu"] })
        #expect(cavusoglu.features.contains("previous-sentence"))
    }

    @Test("the subject of the quotation's own verb, a pronoun's agreement and an earlier speaker are evidence")
    func evidence() throws {
        let found = decisions(
            """
            Ana Silva and Tom Reed met reporters in Lisbon. “The market will reopen,” Silva said.

            “It will take a year,” she added.
            """)
        #expect(found.count == 2)
        let first = try #require(found.first?.options.first { $0.names.contains("Ana Silva") })
        #expect(first.features.contains("subject"))
        // The second: the pronoun agrees with Ana, not Tom; nobody was chosen for the first here.
        let ana = try #require(found.last?.options.first { $0.names.contains("Ana Silva") })
        let tom = try #require(found.last?.options.first { $0.names.contains("Tom Reed") })
        #expect(ana.features.contains("pronoun:gender-agrees"))
        #expect(tom.features.contains("pronoun:gender-clashes"))
    }

    @Test("X and Y both said: both speak")
    func coordinatedSpeakers() throws {
        let text = "Francesca Morandi of the Democratic Party and Luca Bernasconi both said the plan had failed."
        let found = decisions(text)
        let decision = try #require(found.first)
        let both = try #require(decision.options.first { $0.features.contains("subject") })
        #expect(both.names.contains("Luca Bernasconi") && both.names.contains("Francesca Morandi"))
    }

    @Test("a trained model's file round-trips; another version is refused")
    func modelFile() throws {
        var model = SpeakerModel()
        model.add(["subject", "bias|name"], 2)
        model.add(["nobody"], -0.5)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("speakers.tsv")
        try Data(model.serialized().utf8).write(to: file)
        let read = try SpeakerModel(contentsOf: file)
        #expect(read.weights == model.weights)
        #expect(read.best([["nobody"], ["subject", "bias|name"]]) == 1)
        try Data("# tei-annotator speaker model 0\nsubject\t1\n".utf8).write(to: file)
        #expect(throws: SpeakerModelError.self) { try SpeakerModel(contentsOf: file) }
        try Data("# tei-annotator speaker model \(SpeakerModel.featureVersion)\nsubject one\n".utf8).write(to: file)
        #expect(throws: SpeakerModelError.self) { try SpeakerModel(contentsOf: file) }
    }
}

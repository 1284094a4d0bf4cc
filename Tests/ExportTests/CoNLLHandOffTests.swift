import Foundation
import TEIAnnotator
import TestSupport
import Testing

/// The CoNLL exports as spaCy's `convert` reads them: every name survives, and a corpus splits into
/// its articles.
@Suite("CoNLL exports read by spaCy's rules")
struct CoNLLHandOffTests {
    static let fixtures = ["seed tool", "seed gold", "layered"]

    static func input(_ fixture: String) throws -> ExportInput {
        switch fixture {
        case "seed tool": try ExportFixtures.seedTool()
        case "seed gold": try ExportFixtures.seedGold()
        default: try ExportFixtures.layered()
        }
    }

    /// The names one tag per token can hold (those inside no other name), as spaCy should find them:
    /// label and the words of the tokens they cover.
    static func expectedEntities(_ article: TEIArticle) throws -> [SpaCyReading.Entity] {
        let tokens = TokenizedArticle(article, analyzer: try LinguisticAnalyzer.bundled).tokens
        let names = article.names.enumerated().filter { index, name in
            !article.names.enumerated().contains { other, candidate in
                other != index && candidate.span.contains(name.span) && (candidate.span != name.span || other < index)
            }
        }.map(\.element).sorted { $0.span < $1.span }
        return names.map { name in
            SpaCyReading.Entity(
                label: name.type, words: tokens.filter { $0.span.overlaps(name.span) }.map(\.form))
        }
    }

    static func text(_ inputs: [ExportInput], _ format: ExportFormat) throws -> String {
        let files = try Exporter().export(inputs, to: format, asCorpus: inputs.count > 1)
        return String(decoding: try #require(files.first).bytes, as: UTF8.self)
    }

    @Test("CoNLL-U: spaCy's MISC pattern finds every name, with its label and words", arguments: fixtures)
    func conlluNames(fixture: String) throws {
        let input = try Self.input(fixture)
        let expected = try Self.expectedEntities(input.article)
        #expect(!expected.isEmpty)
        #expect(try SpaCyReading.conlluEntities(Self.text([input], .conllu)) == expected)
    }

    @Test("the restated reading rules are spaCy's: NER= is not read, B/I/L/U and O are")
    func spaCyRules() throws {
        func tags(_ misc: [String]) throws -> [SpaCyReading.Entity] {
            let lines = misc.enumerated().map { "\($0 + 1)\tw\(($0 + 1))\t_\tX\tX\t_\t_\t_\t_\t\($1)" }
            return try SpaCyReading.conlluEntities(lines.joined(separator: "\n") + "\n")
        }
        #expect(try tags(["NER=B-PER", "NER=I-PER"]) == [])
        #expect(try tags(["NE=B-PER", "NE=I-PER", "NE=O"]) == [.init(label: "PER", words: ["w1", "w2"])])
        #expect(try tags(["SpaceAfter=No|name=B-LOC", "NE=B-LOC"]).count == 2)
        #expect(try tags(["B-ORG", "I-PER"]).map(\.label) == ["ORG", "PER"])
    }

    @Test("CoNLL-2003: four columns, POS from the tagger, chunk O; each article a document with all its names")
    func conll2003Documents() throws {
        let inputs = try Self.fixtures.map(Self.input)
        let text = try Self.text(inputs, .conll2003)
        let documents = try SpaCyReading.conllDocuments(text)
        #expect(documents.count == inputs.count)
        for (document, input) in zip(documents, inputs) {
            #expect(!document.words.contains("-DOCSTART-"))
            #expect(document.entities == (try Self.expectedEntities(input.article)))
            let tokens = TokenizedArticle(input.article, analyzer: try LinguisticAnalyzer.bundled).tokens
            #expect(document.tags == tokens.map(\.xpos))
        }
        let lines = text.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("-DOCSTART-") }.count == inputs.count)
        #expect(lines.allSatisfy { $0.split(separator: " ").count == 4 })
        #expect(lines.filter { !$0.hasPrefix("-DOCSTART-") }.allSatisfy { $0.split(separator: " ")[2] == "O" })
    }

    @Test(
        "spaCy itself, when installed, finds the same names in both exports",
        .enabled(if: SpaCyConvert.isAvailable, "python3 with spaCy is not installed"))
    func realSpaCy() throws {
        let inputs = try Self.fixtures.map(Self.input)
        let directory = try CommandLineTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let expected = try inputs.map { try Self.expectedEntities($0.article).map(\.description) }
        for (format, converter) in [(ExportFormat.conllu, "conllu"), (.conll2003, "ner")] {
            let file = directory.appendingPathComponent("corpus.\(format.fileExtension)")
            try Self.text(inputs, format).write(to: file, atomically: true, encoding: .utf8)
            let documents = try SpaCyConvert.documents(of: file, converter: converter)
            if format == .conllu {
                // conllu_to_docs groups every ten sentences, whatever the articles.
                #expect(documents.flatMap { $0 } == expected.flatMap { $0 })
            } else {
                #expect(documents == expected)
            }
        }
    }
}

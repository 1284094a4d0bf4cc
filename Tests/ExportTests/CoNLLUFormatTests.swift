import Foundation
import TEIAnnotator
import Testing

/// The CoNLL-U format check: comments, ten columns, ids 1…n in order, no empty field, a name tag in MISC.
enum CoNLLUCheck {
    /// The problems found, as `line N: …`; empty when the text is well-formed CoNLL-U as we write it.
    static func problems(_ text: String) -> [String] {
        var problems: [String] = []
        var expectedID = 1
        var sentenceComments: Set<String> = []
        var sentences = 0
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last != "" { problems.append("the file does not end with a line break") }
        for (index, line) in lines.enumerated() {
            let number = index + 1
            if line.isEmpty {
                if expectedID > 1 {
                    sentences += 1
                    for key in ["sent_id", "text"] where !sentenceComments.contains(key) {
                        problems.append("line \(number): the sentence before has no # \(key)")
                    }
                }
                expectedID = 1
                sentenceComments = []
                continue
            }
            if line.hasPrefix("#") {
                guard expectedID == 1 else {
                    problems.append("line \(number): a comment inside a sentence")
                    continue
                }
                if let key = line.dropFirst(2).split(separator: " ").first { sentenceComments.insert(String(key)) }
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else {
                problems.append("line \(number): \(columns.count) columns, not 10")
                continue
            }
            if columns[0] != "\(expectedID)" {
                problems.append("line \(number): id \(columns[0]), expected \(expectedID)")
            }
            expectedID += 1
            if columns.contains(where: \.isEmpty) { problems.append("line \(number): an empty field") }
            let misc = columns[9].split(separator: "|")
            if !misc.contains(where: { $0 == "NE=O" || $0.hasPrefix("NE=B-") || $0.hasPrefix("NE=I-") }) {
                problems.append("line \(number): no NER tag in MISC")
            }
            if misc.map({ $0.split(separator: "=").first ?? "" })
                != misc.map({ $0.split(separator: "=").first ?? "" }).sorted()
            {
                problems.append("line \(number): MISC attributes not in order")
            }
        }
        if sentences == 0 { problems.append("no sentence") }
        if expectedID != 1 { problems.append("the last sentence is not closed by a blank line") }
        return problems
    }
}

@Suite("CoNLL-U output")
struct CoNLLUFormatTests {
    @Test("the check catches what it should")
    func checkWorks() {
        #expect(CoNLLUCheck.problems("# sent_id = s1\n# text = a\n1\ta\ta\tX\tX\t_\t_\t_\t_\tNE=O\n\n").isEmpty)
        #expect(!CoNLLUCheck.problems("# sent_id = s1\n# text = a\n2\ta\ta\tX\tX\t_\t_\t_\t_\tNE=O\n\n").isEmpty)
        #expect(!CoNLLUCheck.problems("# sent_id = s1\n# text = a\n1\ta\ta\tX\tX\t_\t_\t_\tNE=O\n\n").isEmpty)
        #expect(!CoNLLUCheck.problems("# text = a\n1\ta\ta\tX\tX\t_\t_\t_\t_\tNE=O\n\n").isEmpty)
    }

    @Test(
        "passes the format check, with and without the linguistic layer",
        arguments: ["layered", "seed tool", "seed gold"])
    func formatCheck(fixture: String) throws {
        let input =
            switch fixture {
            case "layered": try ExportFixtures.layered()
            case "seed tool": try ExportFixtures.seedTool()
            default: try ExportFixtures.seedGold()
            }
        let output = try #require(try Exporter().export([input], to: .conllu).first)
        let text = String(decoding: output.bytes, as: UTF8.self)
        #expect(CoNLLUCheck.problems(text) == [])
        // The project's own CoNLL-U reader takes it, and the words give back the article text.
        let corpus = try CoNLLUCorpus(Data(output.bytes), name: output.name)
        #expect(corpus.documents.count == 1)
        #expect(corpus.documents[0].id == input.article.id)
        func visible(_ text: String) -> String { String(text.unicodeScalars.filter { !$0.properties.isWhitespace }) }
        #expect(visible(corpus.documents[0].text) == visible(input.article.text))
    }

    @Test("names become BIO tags; the seed's 53 names start 53 B- tags")
    func nameTags() throws {
        let output = try #require(try Exporter().export([ExportFixtures.seedTool()], to: .conllu).first)
        let tags = String(decoding: output.bytes, as: UTF8.self).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: "\t").last }
        #expect(tags.filter { $0.hasPrefix("NE=B-") }.count == 53)
        #expect(tags.filter { $0.hasPrefix("NE=B-PER") }.count == 20)
    }

    @Test("blocks without the layer are tokenized and tagged, blocks with it keep theirs")
    func mixedBlocks() throws {
        let article = try ExportFixtures.article(
            body: "<p><s xml:id=\"s9\"><w lemma=\"run\" pos=\"VBD\" msd=\"UPosTag=VERB\">Ran</w></s></p>"
                + "<p>Angela Merkel visited <placeName>Paris</placeName>.</p>")
        let tokenized = TokenizedArticle(article, analyzer: try LinguisticAnalyzer.bundled)
        #expect(tokenized.sentences.map(\.id) == ["s9", "t1-s2"])
        #expect(tokenized.tokens.map(\.form) == ["Ran", "Angela", "Merkel", "visited", "Paris", "."])
        #expect(tokenized.tokens[0].lemma == "run" && tokenized.tokens[0].upos == "VERB")
        #expect(tokenized.tokens[3].lemma == "visit")
        #expect(tokenized.tokens[4].upos == "PROPN")
        #expect(tokenized.tokens[4].spaceAfter == false)
    }
}

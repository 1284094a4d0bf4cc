import AnnotationModel
import EntityRecognition
import PartOfSpeech
import QuotationDetection
import Testing
import Tokenization

@Suite("Direct quotations and their speakers")
struct QuotationDetectorTests {
    static let recognizer = EntityRecognizer(
        gazetteers: try! Gazetteers.bundled, english: try! EnglishLexicon.bundled,
        model: try! EntityRecognizer.bundledModel)
    static let analyzer = try! LinguisticAnalyzer.bundled

    /// Quotations of `paragraphs` as (quoted text, speaker's name or nil).
    private func quotations(_ paragraphs: [String]) -> [(String, String?)] {
        var text = ""
        var blocks: [TextBlock] = []
        for paragraph in paragraphs {
            if !text.isEmpty { text += "\n\n" }
            blocks.append(
                TextBlock(kind: .paragraph, span: TextSpan(text.utf8.count, text.utf8.count + paragraph.utf8.count)))
            text += paragraph
        }
        let article = Article(id: "a", text: text, blocks: blocks)
        let segmentation = Tokenizer().segment(article)
        let entities = Self.recognizer.recognize(article, segmentation, Self.analyzer.analyze(article, segmentation))
        return QuotationDetector().detect(
            in: article, segmentation: segmentation, mentions: entities.mentions, register: entities.register
        ).map { (String(text[$0.span]), $0.speaker.map { entities.register.entries[$0].name }) }
    }

    private func expect(
        _ paragraphs: [String], _ expected: [(String, String?)], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let found = quotations(paragraphs)
        #expect(found.map(\.0) == expected.map(\.0), sourceLocation: sourceLocation)
        #expect(found.map(\.1) == expected.map(\.1), sourceLocation: sourceLocation)
    }

    @Test("“…,” X said and “…,” said X")
    func speakerAfter() {
        expect(
            ["Foreign Minister Mevlut Cavusoglu spoke. “We will support the government in Tripoli,” Cavusoglu said."],
            [("“We will support the government in Tripoli,”", "Mevlut Cavusoglu")])
        expect(
            ["“The talks are over for now and for good,” said Prime Minister Fayez al-Sarraj."],
            [("“The talks are over for now and for good,”", "Fayez al-Sarraj")])
    }

    @Test("X said: “…” and a pronoun after the quotation")
    func speakerBeforeAndPronoun() {
        expect(
            ["President Donald Trump said: “We are talking to everyone involved.”"],
            [("“We are talking to everyone involved.”", "Donald Trump")])
        expect(
            ["Vladimir Putin arrived. “Both sides should stop the fighting now” in the region, he said."],
            [("“Both sides should stop the fighting now”", "Vladimir Putin")])
    }

    @Test("the one told is not the speaker")
    func toldIsNotInverted() {
        expect(
            ["“The U.S. is not very active in Libya at all,” Mevlut Cavusoglu told NTV television."],
            [("“The U.S. is not very active in Libya at all,”", "Mevlut Cavusoglu")])
    }

    @Test("a quotation over several paragraphs: each reopens, only the last closes")
    func multiParagraph() {
        let found = quotations([
            "Khalifa Haftar said: “We will not stop until the capital is ours.",
            "“Our forces are ready and the people support us,” he added.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.0.hasPrefix("“We will not stop") == true)
        #expect(found.first?.0.hasSuffix("support us,”") == true)
        #expect(found.first?.1 == "Khalifa Haftar")
    }

    @Test("a stray opening mark quotes only to the end of its paragraph")
    func strayMark() {
        let found = quotations(["He said “this never closes and goes on", "A new paragraph without quotes at all."])
        #expect(found.map(\.0) == ["“this never closes and goes on"])
    }

    @Test("scare quotes are not speech; an unknown speaker is left out, never invented")
    func scareQuotesAndUnknownSpeakers() {
        expect(["The so-called “peace plan” failed."], [])
        expect(
            ["“Nobody knows what happens next in this war,” one resident remarked."],
            [("“Nobody knows what happens next in this war,”", nil)])
    }
}

import AnnotationModel
import EntityRecognition
import PartOfSpeech
import QuotationDetection
import TestSupport
import Testing
import Tokenization

/// Each case is an article written with marks: `[D …]` a direct quotation, `[R …]` reported speech,
/// paragraphs separated by a blank line; `speakers` names the speaker of each marked quotation in
/// order (nil: the text does not say who).
@Suite("Quotations and their speakers")
struct QuotationDetectorTests {
    static let recognizer = EntityRecognizer(
        gazetteers: try! Gazetteers.bundled, english: try! EnglishLexicon.bundled,
        model: try! EntityRecognizer.bundledModel)
    static let analyzer = try! LinguisticAnalyzer.bundled

    private func check(
        _ marked: String, speakers: [String?], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let expected = MarkedText(marked)
        let text = expected.text
        let article = Article.paragraphs(text)
        let segmentation = Tokenizer().segment(article)
        let analyses = Self.analyzer.analyze(article, segmentation)
        let entities = Self.recognizer.recognize(article, segmentation, analyses)
        let result = QuotationDetector(gazetteers: try! Gazetteers.bundled, model: try! SpeakerModel.bundled).detect(
            in: article, segmentation: segmentation, analyses: analyses, mentions: entities.mentions,
            register: entities.register)
        let found = result.quotations
        let foundMarks = found.map { MarkedText.Span(label: $0.isDirect ? "D" : "R", span: $0.span) }
        #expect(
            foundMarks == expected.spans, "found \(found.map { String(text[$0.span]) })", sourceLocation: sourceLocation
        )
        let foundSpeakers = found.map { $0.speaker.map { result.register.entries[$0].name } }
        #expect(foundSpeakers == speakers, sourceLocation: sourceLocation)
        for quotation in found where quotation.speaker != nil {
            #expect(quotation.speakerConfidence > 0 && quotation.speakerConfidence <= 1, sourceLocation: sourceLocation)
        }
    }

    @Test("“…,” X said · “…,” said X · said with a title")
    func speakerAfter() {
        check(
            "Mevlut Cavusoglu spoke on Monday. [D “We will support the government in Tripoli,”] Cavusoglu said.",
            speakers: ["Mevlut Cavusoglu"])
        check(
            "[D “The talks are over for now and for good,”] said Prime Minister Fayez al-Sarraj.",
            speakers: ["Fayez al-Sarraj"])
    }

    @Test("X said: “…” · X told Y: “…” · an apposition between subject and verb")
    func speakerBefore() {
        check(
            "President Donald Trump said: [D “We are talking to everyone involved.”]", speakers: ["Donald Trump"])
        check(
            "Home Secretary Suella Braverman told GB News: [D “We have an unsustainable situation in our towns.”]",
            speakers: ["Suella Braverman"])
        check(
            "Hernan Dario Gomez, the Panama coach, said, [D \"We have learned a lot from today's game.\"]",
            speakers: ["Hernan Dario Gomez"])
    }

    @Test("a clause ending in a colon introduces its subject's words")
    func colonClause() {
        check(
            "During questions on Wednesday, Rishi Sunak defended the government's record: "
                + "[D “We are working intensely to bring forward that legislation.”]",
            speakers: ["Rishi Sunak"])
        check(
            "Angela Merkel met reporters in Berlin. She was blunt: [D “There will be no new talks this year.”]",
            speakers: ["Angela Merkel"])
        check(
            "The agenda for the summit in Paris is short: [D “trade, climate and nothing else.”]", speakers: [nil])
    }

    @Test("they: the group that spoke last, or the organization named before")
    func they() {
        check(
            "NATO issued a statement on Monday. They said [D “The alliance stands united and ready.”]",
            speakers: ["NATO"])
        check(
            "[D “The results are worrying for every school,”] the report's authors said. "
                + "They added [D “We need more data from every state before we can say more.”]",
            speakers: ["the report's authors", "the report's authors"])
        check(
            "Angela Merkel met the press. They said [D “Nothing has been decided about the budget yet.”]",
            speakers: [nil])
    }

    @Test("a description that names nobody is a described speaker")
    func describedSpeakers() {
        check(
            "A new study has found many children lack iodine. The report's authors say [R iodine deficiency is "
                + "[D \"the sleeper health issue in Australia\"], and potentially a serious one].",
            speakers: ["The report's authors", "The report's authors"])
        check(
            "[D “There isn’t a car from the ’70s that we can’t work on,”] the owner said. "
                + "[D “But we are not in a position to invest,”] the owner added.",
            speakers: ["the owner", "the owner"])
    }

    @Test("the one told is the listener, not the speaker")
    func addressee() {
        check(
            "[D “The U.S. is not very active in Libya at all,”] Mevlut Cavusoglu told NTV television in an interview.",
            speakers: ["Mevlut Cavusoglu"])
    }

    @Test("pronouns: the subject of the sentence before, not its last name")
    func pronouns() {
        check(
            "Harry Kane won the award on Monday night. He said, [D \"In the first half it felt good out there.\"]",
            speakers: ["Harry Kane"])
    }

    @Test("role nouns resolve through the titles recorded on persons, before or after the quotation")
    func roles() {
        check(
            """
            [R The U.S. and NATO should play a more active role in Libya], Turkey’s foreign minister said.

            Foreign Minister Mevlut Cavusoglu spoke to Prime Minister Fayez al-Sarraj on Monday. The minister \
            claimed that [D “some tribes are changing sides to support the government.”]
            """, speakers: ["Mevlut Cavusoglu", "Mevlut Cavusoglu"])
    }

    @Test("an indefinite description is a described speaker too; a quotation with no speaker at all has none")
    func unknownSpeaker() {
        check(
            "[D “Nobody knows what happens next in this war,”] a spokesman said.", speakers: ["a spokesman"])
        check("The sign on the door read: [D “Nobody knows what happens next in this war.”]", speakers: [nil])
    }

    @Test("reported speech: said that, said without that, said with a parenthesis, told Y that")
    func reported() {
        check(
            "Turkish President Recep Tayyip Erdogan said, without elaborating, that [R a deal with the U.S. was likely]."
                + " Mevlut Cavusoglu said [R Turkey and the U.S. were sounding each other out].",
            speakers: ["Recep Tayyip Erdogan", "Mevlut Cavusoglu"])
        check(
            "Enver Solomon told Sky News that [R the backlog had grown again this year].", speakers: ["Enver Solomon"])
    }

    @Test("reported speech ends where another clause begins; a gerund is no speech event")
    func reportedClauseEnd() {
        check(
            "Mevlut Cavusoglu said [R tensions with Egypt have deepened], without saying whether the ties were hurt.",
            speakers: ["Mevlut Cavusoglu"])
    }

    @Test("according to X, … and …, according to X")
    func accordingTo() {
        check(
            "According to Foreign Minister Mevlut Cavusoglu, [R the team showed real progress in the competition].",
            speakers: ["Mevlut Cavusoglu"])
        check(
            "[R The team showed real progress in the competition], according to Hamdullah Mohib.",
            speakers: ["Hamdullah Mohib"])
    }

    @Test("a partial quotation is direct speech inside the reported clause that holds it, with its speaker")
    func partialQuotation() {
        check(
            "Mevlut Cavusoglu arrived. [D “Both NATO and the U.S. should play a role for the stability”] of the "
                + "country and the region, he said.", speakers: ["Mevlut Cavusoglu"])
        check(
            "Yvette Cooper said [R her party has supported the idea [D \"for months\"]], and said it was "
                + "[D \"damning that the Home Office isn't doing this already\"].",
            speakers: ["Yvette Cooper", "Yvette Cooper", "Yvette Cooper"])
    }

    @Test("reported speech after an adverbial, a listener, a participle, `according to` a description, and `and that`")
    func reportedForms() {
        check(
            "Intel said on Wednesday that [R it would build a chip plant in Ohio]. Ana Silva told reporters "
                + "[R the market would reopen in May].",
            speakers: ["Intel", "Ana Silva"])
        check(
            "The bank cut rates again, noting that [R inflation had fallen for six months]. The bank said "
                + "[R inflation was close to target] and that [R the economy needed support].",
            speakers: ["The bank", "The bank", "The bank"])
        check(
            "[R Nobody spoke against leaving], according to two people who attended.",
            speakers: ["two people who attended"])
    }

    @Test("X and Y both said: both are speakers")
    func coordinatedSpeakers() {
        check(
            "Greenpeace and the World Wildlife Fund both said [R the floods showed the need for new dams].",
            speakers: ["World Wildlife Fund"])
    }

    @Test("a quotation over several paragraphs: each reopens and only the last closes, or a closing mark ends it")
    func multiParagraph() {
        check(
            """
            Khalifa Haftar said: [D “We will not stop until the capital is ours.

            “Our forces are ready and the people support us,”] he added.
            """, speakers: ["Khalifa Haftar"])
        check(
            """
            Hernan Dario Gomez said, [D "I think we have learned a lot from today's game.

            It was a very emotional day for all of us."] Then he left.
            """, speakers: ["Hernan Dario Gomez"])
    }

    @Test("a paragraph that is only a quotation continues the speaker before")
    func continuation() {
        check(
            """
            Cres Eastman said: [D “The effects of iodine deficiency depend on how severe it is.”]

            [D “If an infant is not getting enough iodine, brain development will suffer.”]
            """, speakers: ["Cres Eastman", "Cres Eastman"])
    }

    @Test("nested single quotation marks stay inside the double ones")
    func nested() {
        check(
            "Ann Lee said: [D “They called it ‘a disaster for all of us’ and walked out of the meeting.”]",
            speakers: ["Ann Lee"])
    }

    @Test("a stray opening mark quotes only to the end of its paragraph")
    func strayMark() {
        check(
            """
            Ann Lee said [D “this never closes and goes on and on]

            A new paragraph without any quotation at all.
            """, speakers: ["Ann Lee"])
    }

    @Test("scare quotes and titles are not speech")
    func scareQuotes() {
        check("The so-called “peace plan” failed in the spring.", speakers: [])
        check("A group was awarded a medal for \"courageous achievement\" on Tuesday.", speakers: [])
    }
}

import AnnotationModel
import EntityRecognition
import PartOfSpeech
import TestSupport
import Testing
import Tokenization

@Suite("Entity recognition and the register")
struct EntityRecognizerTests {
    static let recognizer = EntityRecognizer(
        gazetteers: try! Gazetteers.bundled, english: try! EnglishLexicon.bundled,
        model: try! EntityRecognizer.bundledModel)
    static let analyzer = try! LinguisticAnalyzer.bundled

    /// Recognizes entities in one paragraph given with marks; returns the article, register and mentions.
    private func recognize(_ marked: MarkedText) -> (Article, EntityRegister, [EntityMention]) {
        let article = Article(
            id: "a", text: marked.text,
            blocks: [TextBlock(kind: .paragraph, span: TextSpan(0, marked.text.utf8.count))])
        let segmentation = Tokenizer().segment(article)
        let result = Self.recognizer.recognize(article, segmentation, Self.analyzer.analyze(article, segmentation))
        return (article, result.register, result.mentions)
    }

    private func expectMentions(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let expected = MarkedText(marked)
        let (_, _, mentions) = recognize(expected)
        let found = mentions.map { MarkedText.Span(label: $0.type.rawValue, span: $0.span) }
        #expect(found == expected.spans, sourceLocation: sourceLocation)
    }

    @Test("names without titles or possessive endings")
    func spans() {
        expectMentions(
            "[LOC Turkey]’s foreign minister met Turkish President [PER Recep Tayyip Erdogan] and [ORG NATO] in [LOC Tripoli]."
        )
        expectMentions("Prime Minister [PER Fayez al-Sarraj] spoke with President [PER Donald Trump].")
    }

    @Test("a title the tagger took into the name is cut off and kept as a role")
    func titleCutOff() {
        expectMentions("German Chancellor [PER Angela Merkel] met President [PER Emmanuel Macron] in [LOC Paris].")
        let (_, register, _) = recognize(MarkedText("German Chancellor Angela Merkel met reporters."))
        #expect(register.entries.first { $0.name == "Angela Merkel" }?.roles == ["German Chancellor"])
    }

    @Test("an organization or a common word run into a person's name is cut off")
    func wordsBeforePerson() {
        expectMentions(
            "After the leak, CEO of the [ORG Refugee Council] [PER Enver Solomon] told [ORG Sky News] any process must be fair."
        )
    }

    @Test("an organization's name goes on after of, for or on in capitalized words, but not into a date")
    func organizationOverPreposition() {
        expectMentions(
            "It quoted [PER Caitlin Boswell], a campaigner at the [ORG Joint Council for the Welfare of Immigrants], "
                + "on Monday. The [ORG Council] on Monday said nothing.")
    }

    @Test("an interjection, a day or a holiday is no name, however it is capitalized")
    func interjections() {
        expectMentions("Mhm. Hmm, well, Jeez, OK then, we flew to [LOC Paris] on Friday for Christmas.")
    }

    @Test("an institution named by its head word alone is an organization")
    func institutions() {
        expectMentions(
            "The bill passed after the [ORG Senate] voted, the [ORG House] agreed, and the [ORG Government] signed it.")
    }

    @Test("a span over a clause is no name: the names inside it are found instead")
    func clauseIsNoName() {
        let marked = MarkedText(
            "[PER Merkel] visits [LOC Paris]\n\nGerman Chancellor [PER Angela Merkel] met President "
                + "[PER Emmanuel Macron] in [LOC Paris] on Monday.")
        let headlineEnd = "Merkel visits Paris".utf8.count
        let article = Article(
            id: "a", text: marked.text,
            blocks: [
                TextBlock(kind: .headline, span: TextSpan(0, headlineEnd)),
                TextBlock(kind: .paragraph, span: TextSpan(headlineEnd + 2, marked.text.utf8.count)),
            ])
        let segmentation = Tokenizer().segment(article)
        let result = Self.recognizer.recognize(article, segmentation, Self.analyzer.analyze(article, segmentation))
        #expect(result.mentions.map { MarkedText.Span(label: $0.type.rawValue, span: $0.span) } == marked.spans)
    }

    @Test("a hyphenated form marks only the name: Kremlin-backed")
    func hyphenated() {
        expectMentions("[ORG Kremlin]-backed eastern strongman [PER Khalifa Haftar] lost ground.")
    }

    @Test("one register entry per entity, whatever the form")
    func registerMerging() {
        let (_, register, mentions) = recognize(
            MarkedText(
                "Kremlin-backed strongman Khalifa Haftar lost. Haftar’s forces retreated from Tripoli. "
                    + "Prime Minister Fayez al-Sarraj gained; Sarraj thanked Turkey and the United States. "
                    + "The U.S. stayed silent."))
        let names = register.entries.map(\.name)
        #expect(names.filter { $0 == "Khalifa Haftar" }.count == 1)
        let haftar = register.entries.firstIndex { $0.name == "Khalifa Haftar" }!
        #expect(register.entries[haftar].variants == ["Haftar"])
        #expect(mentions.filter { $0.entry == haftar }.count == 2)
        let sarraj = register.entries.first { $0.name == "Fayez al-Sarraj" }
        #expect(sarraj?.variants == ["Sarraj"])
        #expect(sarraj?.roles == ["Prime Minister"])
        let unitedStates = register.entries.filter { $0.authorityURIs == ["https://www.geonames.org/6252001"] }
        #expect(unitedStates.count == 1)
        #expect(Set([unitedStates[0].name] + unitedStates[0].variants) == ["United States", "U.S."])
    }

    @Test("titles and nationalities before a name are recorded as the person's roles")
    func roles() {
        let (_, register, _) = recognize(
            MarkedText("Turkish President Recep Tayyip Erdogan called. Foreign Minister Mevlut Cavusoglu said so."))
        #expect(register.entries.first { $0.name == "Recep Tayyip Erdogan" }?.roles == ["Turkish President"])
        #expect(register.entries.first { $0.name == "Mevlut Cavusoglu" }?.roles == ["Foreign Minister"])
    }

    @Test("a capitalised word opening a sentence is not a name")
    func sentenceInitial() {
        expectMentions("Commenting on the losses, officials said nothing. Two days later [PER Vladimir Putin] spoke.")
    }

    @Test("the bundled gazetteers load and know the places of the seed article")
    func gazetteers() throws {
        let gazetteers = try Gazetteers.bundled
        #expect(gazetteers.places["Libya"]?.geonamesID == 2_215_636)
        #expect(gazetteers.places["Tripoli"]?.countryCode == "LY")
        #expect(gazetteers.organizations["NATO"]?.abbreviationOf == "North Atlantic Treaty Organization")
        #expect(gazetteers.personTitles["Foreign Minister"] == "role")
        #expect(gazetteers.demonyms["Turkish"] == "Turkey")
    }
}

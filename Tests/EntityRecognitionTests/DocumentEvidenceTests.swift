import AnnotationModel
import PartOfSpeech
import TestSupport
import Testing
import Tokenization

@testable import EntityRecognition

@Suite("Types and extents from the whole article: teams, products, run-on names")
struct DocumentEvidenceTests {
    static let gazetteers = try! Gazetteers.bundled
    static let recognizer = EntityRecognizer(
        gazetteers: gazetteers, english: try! EnglishLexicon.bundled, model: try! EntityRecognizer.bundledModel)
    static let analyzer = try! LinguisticAnalyzer.bundled

    private func article(_ text: String) -> (Article, Segmentation) {
        let article = Article(
            id: "a", text: text, blocks: [TextBlock(kind: .paragraph, span: TextSpan(0, text.utf8.count))])
        return (article, Tokenizer().segment(article))
    }

    /// The tokens of `text`, as the rules read them.
    private func view(_ text: String) -> TokenView { TokenView(text: text, tokens: article(text).1.tokens) }

    /// A name of `type` over the `occurrence`-th (from 1) `surface` in `text`.
    private func name(_ surface: String, in text: String, _ type: EntityType, occurrence: Int = 1) -> NameSpan {
        var range = text.range(of: surface)!
        for _ in 1..<occurrence { range = text.range(of: surface, range: range.upperBound..<text.endIndex)! }
        let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        return NameSpan(span: TextSpan(start, start + surface.utf8.count), type: type, confidence: 0.9)
    }

    private func expectMentions(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let expected = MarkedText(marked)
        let (article, segmentation) = article(expected.text)
        let mentions = Self.recognizer.recognize(
            article, segmentation, Self.analyzer.analyze(article, segmentation)
        ).mentions
        let found = mentions.map { MarkedText.Span(label: $0.type.rawValue, span: $0.span) }
        #expect(found == expected.spans, sourceLocation: sourceLocation)
    }

    @Test("countries beside match scores are teams, hence organizations, throughout the article")
    func sportsTeams() {
        expectMentions(
            "[ORG Sweden] defeated [ORG South Korea] 1 – 0 in [LOC Nizhny Novgorod]. [ORG Belgium] 3 – 0 [ORG Panama]. "
                + "[ORG Sweden] now leads the group.")
    }

    @Test("one country beside a score, or a range of days, makes no team")
    func noTeams() {
        expectMentions("[LOC Germany] won 2 – 1 on Sunday.")
        expectMentions(
            "The congress met in [LOC Madrid], [LOC Spain] 5–6 September, and in [LOC Portugal] 7–8 October.")
    }

    @Test("names of products are no entities, with or without a version")
    func products() {
        expectMentions("[ORG Microsoft] said Internet Explorer 9 runs on Windows 7, and IE6 users should upgrade.")
    }

    @Test("the distinctive word of an organization's name is that organization elsewhere in the article")
    func organizationShortForm() {
        expectMentions(
            "Hackers attacked the website of the [ORG Church of Scientology] on Sunday. A spokesman for "
                + "[ORG Scientology] condemned the attack.")
        expectMentions(
            "She studied at the [ORG University of Sheffield] and still lives in [LOC Sheffield] with her family.")
    }

    @Test("names of buildings and natural features are places")
    func placeHeads() {
        let text = "Fans left the Volgograd Arena for NTU Hospital Station with Linda Park."
        let names = [
            name("Volgograd Arena", in: text, .organization), name("NTU Hospital Station", in: text, .organization),
            name("Linda Park", in: text, .person),
        ]
        let retyped = PlaceHeadRule(gazetteers: Self.gazetteers).retype(names, text)
        #expect(retyped.map(\.type) == [.place, .place, .person])
    }

    @Test("a place's code in a currency is no place: US$")
    func currencyPrefix() {
        expectMentions("He was released on US$ 20,000 bail in the [LOC US] on Friday.")
    }

    @Test("a shorter full name inside a person's longer name is found where the article repeats it")
    func shorterFullName() {
        let text = "A video featuring Scientologist Tom Cruise spread online. The Tom Cruise video was removed."
        let (article, segmentation) = article(text)
        let mentions = Self.recognizer.recognize(
            article, segmentation, Self.analyzer.analyze(article, segmentation)
        ).mentions
        #expect(mentions.map { text[$0.span] }.last == "Tom Cruise")
        #expect(Set(mentions.map(\.entry)).count == 1)
    }

    @Test("a person's full name vouches for the surname written alone")
    func surnameType() {
        let text = "Home Secretary Suella Braverman spoke. Braverman left early."
        let names = [
            name("Suella Braverman", in: text, .person), name("Braverman", in: text, .place, occurrence: 2),
        ]
        let builder = RegisterBuilder(gazetteers: Self.gazetteers, roleFinder: RoleFinder(gazetteers: Self.gazetteers))
        let (register, mentions) = builder.build(names, view(text))
        #expect(mentions.map(\.type) == [.person, .person])
        #expect(register.entries.map(\.name) == ["Suella Braverman"])
        // However often the tagger typed the surname alone otherwise, when no gazetteer knows it.
        let again = "Tom Devocht left. Devocht spoke. Devocht wrote. Devocht won."
        let againNames =
            [name("Tom Devocht", in: again, .person)]
            + (2...4).map { name("Devocht", in: again, .place, occurrence: $0) }
        let (_, againMentions) = builder.build(againNames, view(again))
        #expect(againMentions.allSatisfy { $0.type == .person && $0.entry == 0 })
    }

    @Test("a person's title inside an organization's name ends the name, unless a capitalized word follows")
    func titleInsideOrganization() {
        for (text, tagged, expected) in [
            (
                "the United Nations High Commissioner for Refugees said",
                "United Nations High Commissioner for Refugees",
                "United Nations"
            ),
            ("the UN General Assembly voted", "UN General Assembly", "UN General Assembly"),
            ("the Los Angeles Sheriff arrested him", "Los Angeles Sheriff", "Los Angeles"),
        ] {
            let repaired = NameSpanRepair(gazetteers: Self.gazetteers, english: try! EnglishLexicon.bundled).repair(
                [name(tagged, in: text, .organization)], view(text), [])
            #expect(repaired.map { text[$0.span] } == [Substring(expected)], "\(text)")
        }
    }

    @Test("a name run into a person's name the article uses elsewhere is split")
    func runOnNames() {
        let text = "He met the envoy to the United States Hamdullah Mohib in May. Hamdullah Mohib said no."
        let names = [
            name("United States Hamdullah Mohib", in: text, .place),
            name("Hamdullah Mohib", in: text, .person, occurrence: 2),
        ]
        let split = RunOnNameSplitter(gazetteers: Self.gazetteers).split(names, view(text))
        #expect(split.map { String(text[$0.span]) } == ["United States", "Hamdullah Mohib", "Hamdullah Mohib"])
        #expect(split.map(\.type) == [.place, .person, .person])
        // A person with more given names stays one name.
        let norton = "Joshua Abraham Norton was emperor. Abraham Norton ruled."
        let nortonNames = [
            name("Joshua Abraham Norton", in: norton, .person),
            name("Abraham Norton", in: norton, .person, occurrence: 2),
        ]
        #expect(RunOnNameSplitter(gazetteers: Self.gazetteers).split(nortonNames, view(norton)) == nortonNames)
    }
}

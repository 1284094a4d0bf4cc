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
        func name(_ surface: String, _ type: EntityType) -> NameSpan {
            let range = text.range(of: surface)!
            return NameSpan(
                span: TextSpan(
                    text.utf8.distance(from: text.startIndex, to: range.lowerBound),
                    text.utf8.distance(from: text.startIndex, to: range.upperBound)), type: type, confidence: 0.9)
        }
        let names = [
            name("Volgograd Arena", .organization), name("NTU Hospital Station", .organization),
            name("Linda Park", .person),
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
        let (_, segmentation) = article(text)
        let view = TokenView(text: text, tokens: segmentation.tokens)
        let names = [
            NameSpan(span: TextSpan(15, 31), type: .person, confidence: 0.9),
            NameSpan(span: TextSpan(39, 48), type: .place, confidence: 0.7),
        ]
        #expect(text[names[0].span] == "Suella Braverman" && text[names[1].span] == "Braverman")
        let (register, mentions) = RegisterBuilder(
            gazetteers: Self.gazetteers, roleFinder: RoleFinder(gazetteers: Self.gazetteers)
        ).build(names, view)
        #expect(mentions.map(\.type) == [.person, .person])
        #expect(register.entries.map(\.name) == ["Suella Braverman"])
        // However often the tagger typed the surname alone otherwise, when no gazetteer knows it.
        let again = "Tom Devocht left. Devocht spoke. Devocht wrote. Devocht won."
        let (_, againSegmentation) = article(again)
        let againNames = [TextSpan(0, 11), TextSpan(18, 25), TextSpan(33, 40), TextSpan(48, 55)].enumerated().map {
            NameSpan(span: $1, type: $0 == 0 ? .person : .place, confidence: 0.9)
        }
        #expect(againNames.map { again[$0.span] } == ["Tom Devocht", "Devocht", "Devocht", "Devocht"])
        let (_, againMentions) = RegisterBuilder(
            gazetteers: Self.gazetteers, roleFinder: RoleFinder(gazetteers: Self.gazetteers)
        ).build(againNames, TokenView(text: again, tokens: againSegmentation.tokens))
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
            let (_, segmentation) = article(text)
            let view = TokenView(text: text, tokens: segmentation.tokens)
            let range = text.range(of: tagged)!
            let span = TextSpan(
                text.utf8.distance(from: text.startIndex, to: range.lowerBound),
                text.utf8.distance(from: text.startIndex, to: range.upperBound))
            let name = NameSpan(span: span, type: .organization, confidence: 0.9)
            let repaired = NameSpanRepair(gazetteers: Self.gazetteers, english: try! EnglishLexicon.bundled).repair(
                [name], view, [])
            #expect(repaired.map { text[$0.span] } == [Substring(expected)], "\(text)")
        }
    }

    @Test("a name run into a person's name the article uses elsewhere is split")
    func runOnNames() throws {
        let text = "He met the envoy to the United States Hamdullah Mohib in May. Hamdullah Mohib said no."
        let (_, segmentation) = article(text)
        let view = TokenView(text: text, tokens: segmentation.tokens)
        func span(_ surface: String, from: String.Index? = nil) -> TextSpan {
            let range = text.range(of: surface, range: (from ?? text.startIndex)..<text.endIndex)!
            return TextSpan(
                text.utf8.distance(from: text.startIndex, to: range.lowerBound),
                text.utf8.distance(
                    from: text.startIndex, to: range.upperBound))
        }
        let runOn = NameSpan(span: span("United States Hamdullah Mohib"), type: .place, confidence: 0.9)
        let alone = span("Hamdullah Mohib", from: text.range(of: "May")!.upperBound)
        let split = RunOnNameSplitter(gazetteers: Self.gazetteers).split(
            [runOn, NameSpan(span: alone, type: .person, confidence: 0.9)], view)
        #expect(split.map { String(text[$0.span]) } == ["United States", "Hamdullah Mohib", "Hamdullah Mohib"])
        #expect(split.map(\.type) == [.place, .person, .person])
        // A person with more given names stays one name.
        let norton = "Joshua Abraham Norton was emperor. Abraham Norton ruled."
        let (_, nortonSegmentation) = article(norton)
        let nortonView = TokenView(text: norton, tokens: nortonSegmentation.tokens)
        let names = [
            NameSpan(span: TextSpan(0, 21), type: .person, confidence: 0.9),
            NameSpan(span: TextSpan(35, 49), type: .person, confidence: 0.9),
        ]
        #expect(norton[names[0].span] == "Joshua Abraham Norton" && norton[names[1].span] == "Abraham Norton")
        #expect(RunOnNameSplitter(gazetteers: Self.gazetteers).split(names, nortonView) == names)
    }
}

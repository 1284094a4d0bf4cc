import AnnotationModel
import Foundation
import PartOfSpeech
import SequenceLabeling
import TestSupport
import Testing
import Tokenization

@testable import EntityRecognition

@Suite("What the article tells about a name: acronyms, other mentions, training conventions")
struct ArticleLevelEvidenceTests {
    static let gazetteers = try! Gazetteers.bundled
    static let english = try! EnglishLexicon.bundled
    static let analyzer = try! LinguisticAnalyzer.bundled

    private func segmented(_ text: String) -> (Article, Segmentation) {
        let article = Article(
            id: "a", text: text, blocks: [TextBlock(kind: .paragraph, span: TextSpan(0, text.utf8.count))])
        return (article, Tokenizer().segment(article))
    }

    /// The names marked in `marked`, as the tagger would give them.
    private func names(_ marked: MarkedText) -> [NameSpan] {
        marked.spans.map { NameSpan(span: $0.span, type: EntityType(rawValue: $0.label)!, confidence: 0.8) }
    }

    @Test("an acronym in brackets defines the words before it: one name to the bracket, the acronym its variant")
    func acronymDefinition() {
        let tagged = MarkedText(
            "The [LOC Portuguese Institute for Sea] and Atmosphere ([ORG IPMA]) warned of storms. IPMA said more rain.")
        let (article, segmentation) = segmented(tagged.text)
        let view = TokenView(text: article.text, tokens: segmentation.tokens)
        var withConfidence = names(tagged)
        withConfidence[1].confidence = 0.95  // the acronym is surer: its type wins
        let (defined, aliases) = AcronymDefinitions().apply(withConfidence, view, segmentation)
        let expected = MarkedText(
            "The [ORG Portuguese Institute for Sea and Atmosphere] ([ORG IPMA]) warned of storms. [ORG IPMA] said more rain."
        )
        #expect(defined.map { MarkedText.Span(label: $0.type.rawValue, span: $0.span) } == expected.spans)
        #expect(aliases == ["IPMA": "Portuguese Institute for Sea and Atmosphere"])
        let (register, mentions) = RegisterBuilder(
            gazetteers: Self.gazetteers, roleFinder: RoleFinder(gazetteers: Self.gazetteers)
        ).build(defined, view, aliases: aliases)
        #expect(register.entries.count == 1)
        #expect(register.entries.first?.name == "Portuguese Institute for Sea and Atmosphere")
        #expect(register.entries.first?.variants == ["IPMA"])
        #expect(Set(mentions.map(\.entry)) == [0])
    }

    @Test("a bracket that holds no acronym, or follows no capitalized word, defines nothing")
    func noDefinition() {
        let tagged = MarkedText("[PER Ana Silva] (who chairs it) met the board (BBC) and [ORG Reuters] (A) today.")
        let (article, segmentation) = segmented(tagged.text)
        let view = TokenView(text: article.text, tokens: segmentation.tokens)
        let (defined, aliases) = AcronymDefinitions().apply(names(tagged), view, segmentation)
        #expect(aliases.isEmpty)
        #expect(defined == names(tagged))
    }

    @Test("the second pass learns from the other mentions of a word, the longer names holding it, and acronyms")
    func documentEvidence() {
        let text = "Carlos Moedas spoke. Moedas left. The Kenya Human Rights Commission (KHRC) met. KHRC agreed."
        let (article, segmentation) = segmented(text)
        let profiles = DocumentProfiler(gazetteers: Self.gazetteers, english: Self.english).profiles(
            article, segmentation, Self.analyzer.analyze(article, segmentation))
        let view = TokenView(text: text, tokens: segmentation.tokens)
        func index(_ word: String, _ occurrence: Int = 1) -> Int {
            view.tokens.indices.filter { view.string($0) == word }[occurrence - 1]
        }
        // First pass: `Carlos Moedas` a person, `Kenya Human Rights Commission` an organization, the rest outside.
        var tags = [Int](repeating: BILOUTags.outside, count: profiles.count)
        tags[index("Carlos")] = BILOUTags.tag(.begin, .person)
        tags[index("Moedas")] = BILOUTags.tag(.last, .person)
        tags[index("Kenya")] = BILOUTags.tag(.begin, .organization)
        tags[index("Human")] = BILOUTags.tag(.inside, .organization)
        tags[index("Rights")] = BILOUTags.tag(.inside, .organization)
        tags[index("Commission")] = BILOUTags.tag(.last, .organization)
        let evidence = DocumentEvidence(
            profiles: profiles, sentences: segmentation.sentences.map(\.tokens), tags: tags)
        let person: UInt64 = 2  // label 1 (person) + 1
        // `Moedas` alone: its other occurrence is a person (one, unanimous); it ends a longer person's name.
        let lone = evidence.tokens[index("Moedas", 2)]
        #expect(lone.formVote == person | 1 << 4 | 1 << 8)
        #expect(lone.longerName == UInt64(1 * 3 + 2 + 1) | 1 << 8)
        #expect(lone.tag == UInt64(BILOUTags.outside))
        // The acronym after the bracket points to the organization's words, and they to it.
        let organization: UInt64 = 4
        #expect(evidence.tokens[index("KHRC", 2)].acronym == organization | 1 << 4 | 1 << 8)
        #expect(evidence.tokens[index("Human")].acronym & 0xF00 == 2 << 8)
        // A word with no other mention has no vote.
        #expect(evidence.tokens[index("Carlos")].formVote == 0)
    }

    @Test("training data from other collections is brought to the project's span conventions")
    func trainingConventions() {
        let gold = MarkedText(
            "[ORG The New York Times] quoted [PER President Obama], [PER Mr Campbell] and [PER Dr. Ana Silva] on "
                + "[LOC Turkey’s] plans; [LOC French] officials agreed.")
        let (article, segmentation) = segmented(gold.text)
        let normalized = NameConventions(gazetteers: Self.gazetteers).normalized(
            names(gold), text: article.text, tokens: segmentation.tokens)
        let expected = MarkedText(
            "The [ORG New York Times] quoted President [PER Obama], Mr [PER Campbell] and Dr. [PER Ana Silva] on "
                + "[LOC Turkey]’s plans; French officials agreed.")
        #expect(normalized.map { MarkedText.Span(label: $0.type.rawValue, span: $0.span) } == expected.spans)
    }

    @Test("word representations: clusters, capitalization odds and frequency of a large collection")
    func wordFeatures() throws {
        let features = Self.gazetteers.wordFeatures
        #expect(features.count > 250_000)
        let lisbon = try #require(features.entry("Lisbon"))
        let paris = try #require(features.entry("Paris"))
        #expect(lisbon.cluster != 0 && lisbon.cluster == paris.cluster)  // cities share a cluster
        #expect(lisbon.caseBucket > 7)  // written capitalized far more often than not
        let party = try #require(features.entry("Party"))
        #expect((1..<7).contains(party.caseBucket))  // a common word first
        #expect(features.entry("the")?.caseBucket == 0)
        #expect(features.entry("Xq7zzv") == nil)
    }

    @Test("a two-pass model file round-trips, and a damaged one is refused")
    func modelFile() throws {
        let tags = BILOUTags.names
        func model(_ keys: [UInt64]) -> LinearModel {
            LinearModel(
                kind: StatisticalTagger.modelKind, featureVersion: StatisticalTagger.featureVersion, tagNames: tags,
                transitions: [Float](repeating: 0.5, count: (tags.count + 1) * tags.count), keys: keys,
                weights: keys.flatMap { key in (0..<tags.count).map { Float((Int(key) + $0) % 3) } })
        }
        let original = EntityModel(sentenceModel: model([3, 7, 11]), documentModel: model([5, 9]))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("entities.model")
        let bytes = original.serialized()
        try Data(bytes).write(to: file)
        let read = try EntityModel(contentsOf: file)
        #expect(read.serialized() == bytes)
        #expect(read.sentenceModel.featureCount == 3 && read.documentModel?.featureCount == 2)
        try Data(bytes.dropLast(3)).write(to: file)
        #expect(throws: ModelFileError.self) { try EntityModel(contentsOf: file) }
        try Data("TEIAEM01".utf8 + [9, 0, 0, 0]).write(to: file)
        #expect(throws: ModelFileError.self) { try EntityModel(contentsOf: file) }
    }
}

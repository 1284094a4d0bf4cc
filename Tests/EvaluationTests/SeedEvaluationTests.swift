import Foundation
import TEIAnnotator
import TestSupport
import Testing

@Suite("The tool against the hand-annotated seed article")
struct SeedEvaluationTests {
    static func gold() throws -> AnnotationSet {
        try TEIAnnotationReader.read(
            try XMLDocument(parsing: Repository.bytes(Repository.seedGoldTEI), url: "gold.xml"), name: "gold.xml")
    }

    static func tool() throws -> AnnotationSet {
        let annotator = try Annotator()
        let annotated = try annotator.annotate(
            bytes: Repository.bytes(Repository.seedArticle), id: "a000_234219daa5ff928f",
            sourceName: "000_234219daa5ff928f.txt")
        return try TEIAnnotationReader.read(annotator.teiDocument(annotated), name: "tool.xml")
    }

    @Test("the gold and the tool's TEI have the same text")
    func sameText() throws {
        #expect(try Self.gold().text == Self.tool().text)
    }

    @Test("persons, places and organizations: every one of the 53 names, exactly")
    func entities() throws {
        var report = EvaluationReport()
        report.add(gold: try Self.gold(), predicted: try Self.tool())
        for type in EvaluationReport.entityTypes {
            let counts = try #require(report.exactEntities[type])
            #expect(counts.precision == 1 && counts.recall == 1, "\(type): P \(counts.precision) R \(counts.recall)")
        }
        #expect(report.microExactEntities.f1 == 1)
    }

    @Test("the three direct quotations and four reported statements, each with its speaker, and nothing else")
    func quotations() throws {
        let gold = try Self.gold()
        let tool = try Self.tool()
        #expect(gold.quotes.filter(\.isDirect).count == 3 && gold.quotes.filter { !$0.isDirect }.count == 4)
        var report = EvaluationReport()
        report.add(gold: gold, predicted: tool)
        #expect(report.exactQuotes == MatchCounts(truePositives: 7, falsePositives: 0, falseNegatives: 0))
        #expect(report.correctSpeakers == 7)
        #expect(tool.quotes.map(\.isDirect) == gold.quotes.map(\.isDirect))
    }

    @Test("the TEI reader gives back what the pipeline annotated")
    func readerRoundTrip() throws {
        let annotator = try Annotator()
        let annotated = try annotator.annotate(bytes: Repository.bytes(Repository.seedArticle), id: "a1")
        let direct = AnnotationSet(annotated)
        let read = try TEIAnnotationReader.read(annotator.teiDocument(annotated), name: "a1.xml")
        func names(_ set: AnnotationSet) -> [String] {
            let scalars = Array(set.text.unicodeScalars)
            return set.entities.map { "\($0.type) " + String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        }
        #expect(names(read) == names(direct))
        #expect(read.quotes.map(\.speakerNames) == direct.quotes.map(\.speakerNames))
    }
}

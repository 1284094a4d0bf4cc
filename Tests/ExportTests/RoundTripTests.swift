import Foundation
import TEIAnnotator
import Testing

/// JSON and brat carry everything evaluation compares: read back, they score F1 = 1 against the TEI.
@Suite("JSON and brat read back")
struct RoundTripTests {
    static func readBack(_ input: ExportInput, _ format: ExportFormat) throws -> AnnotationSet {
        let files = try Exporter().export([input], to: format)
        switch format {
        case .json:
            return try ArticleJSON.read(Data(files[0].bytes), name: files[0].name)
        default:
            let text = try #require(files.first { $0.name.hasSuffix(".txt") })
            let annotations = try #require(files.first { $0.name.hasSuffix(".ann") })
            return try BratReader.read(
                annotations: Data(annotations.bytes), text: Data(text.bytes), id: input.article.id,
                name: annotations.name)
        }
    }

    @Test(
        "the seed's TEI, the tool's and the hand-made gold, through JSON and brat",
        arguments: ["seed tool", "seed gold", "layered"], [ExportFormat.json, .brat])
    func perfectScore(fixture: String, format: ExportFormat) throws {
        let input =
            switch fixture {
            case "seed tool": try ExportFixtures.seedTool()
            case "seed gold": try ExportFixtures.seedGold()
            default: try ExportFixtures.layered()
            }
        let tei = input.article.annotationSet
        let read = try Self.readBack(input, format)
        #expect(read.text == tei.text)
        // brat lists a name around another first; the TEI closes the inner one first.
        func spans(_ set: AnnotationSet) -> [String] {
            set.entities.map { "\($0.start) \($0.end) \($0.type)" }.sorted()
        }
        #expect(spans(read) == spans(tei))
        // brat knows a speaker's names from the entry and the text, not the variants never used.
        func quotes(_ set: AnnotationSet) -> [String] {
            set.quotes.map { "\($0.start) \($0.end) \($0.isDirect) \($0.speakerNames.first ?? "-")" }
        }
        #expect(quotes(read) == quotes(tei))
        for (gold, predicted) in [(tei, read), (read, tei)] {
            var report = EvaluationReport()
            report.add(gold: gold, predicted: predicted)
            #expect(report.microExactEntities.f1 == 1)
            #expect(report.exactQuotes.f1 == 1)
            #expect(report.correctSpeakers == report.goldQuotesWithSpeaker)
        }
    }

    @Test("scored against the gold, the JSON and brat of the tool's TEI score as the TEI does")
    func sameScoresAsTEI() throws {
        let gold = try ExportFixtures.seedGold().article.annotationSet
        var direct = EvaluationReport()
        direct.add(gold: gold, predicted: try ExportFixtures.seedTool().article.annotationSet)
        for format in [ExportFormat.json, .brat] {
            var report = EvaluationReport()
            report.add(gold: gold, predicted: try Self.readBack(ExportFixtures.seedTool(), format))
            #expect(report.json() == direct.json(), "\(format)")
        }
    }
}

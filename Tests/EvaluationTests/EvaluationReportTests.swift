import Evaluation
import Foundation
import Testing

@Suite("Scoring")
struct EvaluationReportTests {
    @Test("precision, recall and F1 from counts")
    func counts() {
        let counts = MatchCounts(truePositives: 8, falsePositives: 2, falseNegatives: 8)
        #expect(counts.precision == 0.8)
        #expect(counts.recall == 0.5)
        #expect(abs(counts.f1 - 0.8 * 0.5 * 2 / 1.3) < 1e-12)
        #expect(MatchCounts().f1 == 0)
    }

    @Test("exact and overlapping entity matches, per type")
    func entities() {
        let gold = AnnotationSet(
            id: "d", text: String(repeating: "x", count: 50),
            entities: [
                .init(start: 0, end: 5, type: "PER"), .init(start: 10, end: 20, type: "LOC"),
                .init(start: 30, end: 35, type: "ORG"),
            ],
            quotes: [])
        let predicted = AnnotationSet(
            id: "d", text: gold.text,
            entities: [
                .init(start: 0, end: 5, type: "PER"), .init(start: 12, end: 20, type: "LOC"),
                .init(start: 30, end: 35, type: "PER"),
            ],
            quotes: [])
        var report = EvaluationReport()
        report.add(gold: gold, predicted: predicted)
        #expect(report.exactEntities["PER"] == MatchCounts(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        #expect(report.exactEntities["LOC"] == MatchCounts(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(
            report.overlappingEntities["LOC"] == MatchCounts(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(report.exactEntities["ORG"] == MatchCounts(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        #expect(report.microExactEntities == MatchCounts(truePositives: 1, falsePositives: 2, falseNegatives: 2))
    }

    @Test("quotations overlap when they share half the longer span; speakers match by their names")
    func quotes() {
        let gold = AnnotationSet(
            id: "d", text: String(repeating: "x", count: 100), entities: [],
            quotes: [
                .init(start: 0, end: 20, speakerNames: ["Rodaba Noori"]),
                .init(start: 40, end: 60, speakerNames: ["Ann Lee"]),
                .init(start: 70, end: 90, speakerNames: []),
            ], marksReportedSpeech: false)
        let predicted = AnnotationSet(
            id: "d", text: gold.text, entities: [],
            quotes: [
                .init(start: 0, end: 18, speakerNames: ["Noori"]), .init(start: 40, end: 49, speakerNames: ["Ann Lee"]),
                .init(start: 70, end: 90, speakerNames: ["Bob"], isDirect: false),
            ])
        var report = EvaluationReport()
        report.add(gold: gold, predicted: predicted)
        // The reported-speech prediction is not scored against gold that marks only direct speech.
        #expect(report.overlappingQuotes == MatchCounts(truePositives: 1, falsePositives: 1, falseNegatives: 2))
        #expect(report.exactQuotes == MatchCounts(truePositives: 0, falsePositives: 2, falseNegatives: 3))
        #expect(report.goldQuotesWithSpeaker == 2)
        #expect(report.foundQuotesWithSpeaker == 1)
        #expect(report.correctSpeakers == 1)
    }

    @Test("gold that marks reported speech is scored by kind, and a speaker where the text names none is counted")
    func quotesByKind() throws {
        let line = """
            {"id": "d", "text": "\(String(repeating: "x", count: 100))", "reported_speech": true, "entities": [],
             "quotes": [{"start": 0, "end": 20, "speaker": "Ann Lee"}, {"start": 20, "end": 30, "speaker": "Ann Lee",
             "direct": false}, {"start": 40, "end": 60, "speaker": null, "direct": false}]}
            """.replacingOccurrences(of: "\n", with: "")
        let gold = try #require(try GoldCorpus.read(Data(line.utf8), name: "gold.jsonl").first)
        // Adjacent quotations of different kinds stay apart.
        #expect(gold.quotes.map(\.isDirect) == [true, false, false])
        #expect(gold.marksReportedSpeech)
        let predicted = AnnotationSet(
            id: "d", text: gold.text, entities: [],
            quotes: [
                .init(start: 0, end: 20, speakerNames: ["Lee"]),
                .init(start: 20, end: 30, speakerNames: ["Lee"]),  // reported speech marked as direct
                .init(start: 40, end: 60, speakerNames: ["Bob"], isDirect: false),
            ])
        var report = EvaluationReport()
        report.add(gold: gold, predicted: predicted)
        #expect(report.directQuotes == MatchCounts(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        #expect(report.reportedQuotes == MatchCounts(truePositives: 1, falsePositives: 0, falseNegatives: 1))
        #expect(report.foundQuotesWithoutSpeaker == 1 && report.speakersGivenWhereNone == 1)
        #expect(report.marksBothKinds)
    }

    @Test("a malformed gold line is reported with its line number")
    func malformedGold() {
        let data = Data("{\"id\": \"a\", \"text\": \"x\", \"entities\": [], \"quotes\": []}\n{oops}\n".utf8)
        #expect(throws: EvaluationError.self) { try GoldCorpus.read(data, name: "gold.jsonl") }
        do {
            _ = try GoldCorpus.read(data, name: "gold.jsonl")
        } catch {
            #expect(error.description.hasPrefix("gold.jsonl:2:"))
        }
    }

    @Test("a JSON array of gold records reads as JSON Lines does; a wrong record says what is wrong, and where")
    func goldArray() throws {
        let records = [
            #"{"id": "a", "text": "Paris is big.", "entities": [{"start": 0, "end": 5, "type": "LOC"}]}"#,
            #"{"id": "b", "text": "Ann spoke.", "entities": [{"start": 0, "end": 3, "type": "PER"}]}"#,
        ]
        let lines = try GoldCorpus.read(Data(records.joined(separator: "\n").utf8), name: "gold.jsonl")
        let array = try GoldCorpus.read(Data(("\n [" + records.joined(separator: ",\n") + "]").utf8), name: "gold.json")
        #expect(array.map(\.id) == ["a", "b"] && array.map(\.entities) == lines.map(\.entities))

        let wrong = #"{"id": "a", "text": "x", "entities": [{"start": "0", "end": 1, "type": "PER"}]}"#
        let error = #expect(throws: EvaluationError.self) { try GoldCorpus.read(Data(wrong.utf8), name: "g.jsonl") }
        #expect(error?.description == "g.jsonl:1: not a gold record: expected a number at entities[0].start")
        let missing = #expect(throws: EvaluationError.self) {
            try GoldCorpus.read(Data(#"[{"id": "a"}]"#.utf8), name: "g.json")
        }
        #expect(missing?.description == "g.json:1: not an array of gold records: no \"text\" at [0]")
    }
}

import Evaluation
import Foundation
import Testing

@Suite("Aligning texts that differ in white space or in removed passages")
struct TextAlignmentTests {
    /// The code point offsets of `part` in `text`.
    private func span(_ part: String, in text: String) -> (Int, Int) {
        let range = text.range(of: part)!
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return (start, start + part.unicodeScalars.count)
    }

    @Test("offsets move across different white space and a passage only the gold text has")
    func alignment() throws {
        let goldText = "Ankara talks\n\nFriday, July 21, 2017\n\nMevlut  Cavusoglu met\nofficials in Ankara."
        let predictedText = "Ankara talks\n\nMevlut Cavusoglu met officials in Ankara."
        let (start, end) = span("Mevlut Cavusoglu", in: predictedText)
        let (place, placeEnd) = span("Ankara.", in: predictedText)
        let predicted = AnnotationSet(
            id: "p", text: predictedText,
            entities: [
                .init(start: start, end: end, type: "PER"), .init(start: place, end: placeEnd - 1, type: "LOC"),
            ],
            quotes: [])
        let gold = AnnotationSet(id: "g", text: goldText, entities: [], quotes: [])
        let aligned = try TextAlignment.align(predicted, to: gold)
        let scalars = Array(goldText.unicodeScalars)
        let texts = aligned.entities.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(texts == ["Mevlut  Cavusoglu", "Ankara"])
    }

    @Test("text the gold does not have is an error naming where matching failed")
    func differentTexts() {
        let gold = AnnotationSet(id: "g", text: "One two three.", entities: [], quotes: [])
        let predicted = AnnotationSet(id: "p", text: "One two four.", entities: [], quotes: [])
        #expect(throws: EvaluationError.self) { try TextAlignment.align(predicted, to: gold) }
    }

    @Test("scores as JSON, with macro F1")
    func json() throws {
        let gold = AnnotationSet(
            id: "d", text: "Ann met Bob in Rome.",
            entities: [
                .init(start: 0, end: 3, type: "PER"), .init(start: 8, end: 11, type: "PER"),
                .init(start: 15, end: 19, type: "LOC"),
            ],
            quotes: [])
        var predicted = gold
        predicted.entities.removeLast()
        var report = EvaluationReport()
        report.add(gold: gold, predicted: predicted)
        let parsed = try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any]
        let exact = parsed?["entitiesExact"] as? [String: Any]
        let micro = exact?["micro"] as? [String: Any]
        #expect(micro?["recall"] as? Double == 2.0 / 3.0)
        // PER 1, LOC 0; ORG, in neither, is left out of the mean.
        #expect(exact?["macroF1"] as? Double == (1 + 0) / 2.0)
    }
}

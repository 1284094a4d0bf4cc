import AnnotationModel
import Testing

@testable import EntityRecognition

@Suite("Names inside other names")
struct NestedNamesTests {
    private func name(_ start: Int, _ end: Int, _ type: EntityType = .person) -> NameSpan {
        NameSpan(span: TextSpan(start, end), type: type, confidence: 1)
    }

    @Test("a name inside another is dropped, a name crossing another stays, the order is kept")
    func nested() {
        let names = [name(0, 20), name(5, 10), name(15, 25, .organization), name(30, 40), name(30, 35), name(50, 60)]
        #expect(
            NameSpanRepair.withoutNestedNames(names) == [
                name(0, 20), name(15, 25, .organization), name(30, 40), name(50, 60),
            ])
    }

    @Test("two names with one span are both kept; one ending where a longer one ends is dropped")
    func equalEnds() {
        #expect(NameSpanRepair.withoutNestedNames([name(0, 10), name(0, 10)]) == [name(0, 10), name(0, 10)])
        #expect(NameSpanRepair.withoutNestedNames([name(0, 10), name(4, 10)]) == [name(0, 10)])
    }
}

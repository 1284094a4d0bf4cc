import Foundation
import TEIValidation
import TestSupport
import Testing

@Suite("Schema compile time")
struct SchemaCompileTimeTests {
    @Test("the project schema compiles in under 50 ms (median of 5)")
    func projectSchema() throws {
        let path = Repository.root.appendingPathComponent("Schemas/tei-annotator.rng").path
        let clock = ContinuousClock()
        var times: [Duration] = []
        for _ in 0..<5 {
            times.append(try clock.measure { _ = try ValidationSchema(path: path) })
        }
        #expect(times.sorted()[2] < .milliseconds(50), "\(times)")
    }
}

import Foundation
import LibXML
import Testing

@Suite("RELAX NG")
struct RelaxNGTests {
    static let schemaText = """
        <grammar xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
          <start>
            <element name="list">
              <oneOrMore>
                <element name="item">
                  <attribute name="n"><data type="integer"/></attribute>
                  <text/>
                </element>
              </oneOrMore>
            </element>
          </start>
        </grammar>
        """
    static let schema = try! RelaxNGSchema(parsing: Array(schemaText.utf8), url: "list.rng")

    @Test("a valid document has no diagnostics")
    func valid() throws {
        let document = try XMLDocument(parsing: Array("<list><item n=\"1\">a</item></list>".utf8))
        #expect(Self.schema.validate(document).isEmpty)
    }

    @Test("an invalid document gets errors with line numbers")
    func invalid() throws {
        let input = "<list>\n<item n=\"1\">a</item>\n<item n=\"two\">b</item>\n</list>"
        let diagnostics = Self.schema.validate(try XMLDocument(parsing: Array(input.utf8)))
        #expect(diagnostics.contains { $0.severity >= .error && $0.line == 3 })
    }

    @Test("a broken schema is an error, not a crash")
    func brokenSchema() {
        let broken =
            "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"><start><ref name=\"missing\"/></start></grammar>"
        #expect(throws: XMLError.self) { try RelaxNGSchema(parsing: Array(broken.utf8)) }
        #expect(throws: XMLError.self) { try RelaxNGSchema(parsing: Array("not xml".utf8)) }
    }

    @Test("one compiled schema validates on many threads at once, each with its own context")
    func sharedAcrossThreads() throws {
        let good = Array("<list><item n=\"1\">a</item></list>".utf8)
        let bad = Array("<list><item n=\"x\">a</item></list>".utf8)
        let verdicts = Verdicts()
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            let document = try! XMLDocument(parsing: index.isMultiple(of: 2) ? good : bad)
            verdicts.record(index, valid: Self.schema.validate(document).isEmpty)
        }
        #expect(verdicts.all == (0..<64).map { $0.isMultiple(of: 2) })
    }
}

private final class Verdicts: @unchecked Sendable {
    private let lock = NSLock()
    private var values = [Bool](repeating: false, count: 64)

    func record(_ index: Int, valid: Bool) {
        lock.lock()
        values[index] = valid
        lock.unlock()
    }

    var all: [Bool] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}

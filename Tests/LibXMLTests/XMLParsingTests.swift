import Foundation
import LibXML
import Testing

@Suite("Parsing")
struct XMLParsingTests {
    @Test("a parse error carries its line and column")
    func parseErrorPosition() {
        let input = "<root>\n  <a>\n  </b>\n</root>"
        do {
            _ = try XMLDocument(parsing: Array(input.utf8), url: "broken.xml")
            Issue.record("a mismatched tag was accepted")
        } catch {
            let first = error.diagnostics.first
            #expect(first?.line == 3)
            #expect(first?.column != nil)
            #expect(first?.file == "broken.xml")
            #expect(first?.severity == .fatal)
            #expect(error.description.hasPrefix("broken.xml:3:"))
        }
    }

    @Test("empty input and binary garbage are errors, not crashes")
    func garbage() {
        for input: [UInt8] in [[], [0xFF, 0xFE, 0x00, 0x41], Array("<".utf8), Array("just text".utf8)] {
            #expect(throws: XMLError.self) { try XMLDocument(parsing: input) }
        }
    }

    @Test("line numbers of parsed nodes")
    func nodeLines() throws {
        let document = try XMLDocument(parsing: Array("<r>\n<a/>\n\n<b/>\n</r>".utf8))
        let children = document.rootElement!.childElements
        #expect(children.map(\.line) == [2, 4])
    }

    @Test("blank text between elements is kept (no NOBLANKS)")
    func blanksKept() throws {
        let document = try XMLDocument(parsing: Array("<p><w>New</w> <w>York</w></p>".utf8))
        #expect(document.rootElement!.textContent == "New York")
        #expect(document.rootElement!.children.count == 3)
    }

    @Test("a duplicate xml:id is reported while parsing")
    func duplicateID() throws {
        let input = "<r><a xml:id=\"x\"/><b xml:id=\"x\"/></r>"
        let document = try XMLDocument(parsing: Array(input.utf8))
        #expect(document.parseDiagnostics.contains { $0.message.contains("x") && $0.severity == .error })
    }

    @Test("XPath selects nodes with namespace prefixes")
    func xpath() throws {
        let input =
            "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><p><persName>A</persName><persName>B</persName></p></TEI>"
        let document = try XMLDocument(parsing: Array(input.utf8))
        let names = try document.select("//tei:persName", namespaces: ["tei": "http://www.tei-c.org/ns/1.0"])
        #expect(names.map(\.textContent) == ["A", "B"])
        #expect(throws: XMLError.self) { try document.select("//[", namespaces: [:]) }
        #expect(throws: XMLError.self) { try document.select("count(//p)") }
    }
}

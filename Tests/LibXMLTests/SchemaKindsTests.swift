import Foundation
import LibXML
import Testing

/// The same rule — a list of items with an integer `n` — in each schema language libxml2 supports.
@Suite("XSD, DTD and Schematron schemas")
struct SchemaKindsTests {
    static let good = "<list>\n<item n=\"1\">a</item>\n</list>"
    static let bad = "<list>\n<item n=\"1\">a</item>\n<item>b</item>\n</list>"

    static let xsd = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:element name="list"><xs:complexType><xs:sequence>
            <xs:element name="item" maxOccurs="unbounded"><xs:complexType><xs:simpleContent>
              <xs:extension base="xs:string"><xs:attribute name="n" type="xs:integer" use="required"/></xs:extension>
            </xs:simpleContent></xs:complexType></xs:element>
          </xs:sequence></xs:complexType></xs:element>
        </xs:schema>
        """
    static let dtd = "<!ELEMENT list (item+)>\n<!ELEMENT item (#PCDATA)>\n<!ATTLIST item n CDATA #REQUIRED>\n"
    static let schematron = """
        <schema xmlns="http://purl.oclc.org/dsdl/schematron">
          <pattern id="numbered">
            <rule context="item">
              <assert test="@n">every <name/> needs @n</assert>
              <report test="@n = '13'">unlucky item</report>
            </rule>
          </pattern>
        </schema>
        """

    private func parse(_ text: String) throws -> XMLDocument {
        try XMLDocument(parsing: Array(text.utf8), url: "doc.xml")
    }

    private func temporaryFile(_ text: String, suffix: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString)\(suffix)")
        try Data(text.utf8).write(to: path)
        return path.path
    }

    private func kinds() throws -> [(String, any DocumentSchema)] {
        [
            ("xsd", try W3CXMLSchema(parsing: Array(Self.xsd.utf8), url: "list.xsd")),
            ("dtd", try DTDSchema(path: try temporaryFile(Self.dtd, suffix: ".dtd"))),
            ("sch", try SchematronSchema(parsing: Array(Self.schematron.utf8), url: "list.sch")),
        ]
    }

    @Test("each kind accepts the good list and rejects the bad one with an error on the bad item's line")
    func verdicts() throws {
        for (kind, schema) in try kinds() {
            #expect(schema.validate(try parse(Self.good)).allSatisfy { $0.severity < .error }, "\(kind)")
            let diagnostics = schema.validate(try parse(Self.bad))
            #expect(diagnostics.contains { $0.severity >= .error && $0.line == 3 }, "\(kind): \(diagnostics)")
        }
    }

    @Test("a DTD is applied whatever DOCTYPE the document declares")
    func dtdOverridesDoctype() throws {
        let schema = try DTDSchema(path: try temporaryFile(Self.dtd, suffix: ".dtd"))
        let declared = "<!DOCTYPE list [<!ELEMENT list ANY>]>\n" + Self.bad
        #expect(schema.validate(try parse(declared)).contains { $0.severity >= .error })
    }

    @Test("a Schematron message names the element, and a firing report is a failure")
    func schematronMessages() throws {
        let schema = try SchematronSchema(parsing: Array(Self.schematron.utf8), url: "list.sch")
        let missing = schema.validate(try parse(Self.bad))
        #expect(missing.contains { $0.message.contains("every item needs @n") && $0.origin == .schematron })
        let unlucky = schema.validate(try parse("<list><item n=\"13\">x</item></list>"))
        #expect(unlucky.contains { $0.message.contains("unlucky item") && $0.severity >= .error })
    }

    @Test(
        "Schematron constructs libxml2 2.9.14 lacks are schema errors, not silent passes",
        arguments: [
            "<let name=\"x\" value=\"1\"/>", "<phase id=\"p\"><active pattern=\"numbered\"/></phase>",
            "<pattern abstract=\"true\" id=\"a\"><rule context=\"$c\"><assert test=\"1\">x</assert></rule></pattern>",
            "<diagnostics><diagnostic id=\"d\">d</diagnostic></diagnostics>",
            "<pattern><rule context=\"item[\"><assert test=\"1\">x</assert></rule></pattern>",
        ])
    func schematronUnsupported(extra: String) throws {
        let text = Self.schematron.replacingOccurrences(of: "</schema>", with: extra + "</schema>")
        #expect(throws: XMLError.self) { try SchematronSchema(parsing: Array(text.utf8), url: "x.sch") }
        let xslt2 = Self.schematron.replacingOccurrences(of: "<schema ", with: "<schema queryBinding=\"xslt2\" ")
        #expect(throws: XMLError.self) { try SchematronSchema(parsing: Array(xslt2.utf8), url: "x.sch") }
    }

    @Test("broken XSD and DTD files are schema errors")
    func brokenSchemas() throws {
        #expect(throws: XMLError.self) {
            try W3CXMLSchema(
                parsing: Array(
                    "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element/></xs:schema>".utf8))
        }
        #expect(throws: XMLError.self) {
            try DTDSchema(path: try temporaryFile("<!ELEMENT list (item+>", suffix: ".dtd"))
        }
        #expect(throws: XMLError.self) { try DTDSchema(path: "/nonexistent/list.dtd") }
    }

    @Test("each compiled schema validates on many threads at once")
    func sharedAcrossThreads() throws {
        for (kind, schema) in try kinds() {
            let verdicts = LockedVerdicts(count: 48)
            DispatchQueue.concurrentPerform(iterations: 48) { index in
                let document = try! XMLDocument(parsing: Array((index.isMultiple(of: 2) ? Self.good : Self.bad).utf8))
                verdicts.record(index, valid: schema.validate(document).allSatisfy { $0.severity < .error })
            }
            #expect(verdicts.all == (0..<48).map { $0.isMultiple(of: 2) }, "\(kind)")
        }
    }
}

final class LockedVerdicts: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Bool]

    init(count: Int) { values = [Bool](repeating: false, count: count) }

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

import Foundation
import TEIValidation
import TestSupport
import Testing

/// The checks no grammar makes, each on the valid golden article with one thing changed.
@Suite("Checks beyond the grammar")
struct ChecksBeyondGrammarTests {
    static let good = TEIValidatorTests.good
    static let id = TEIValidatorTests.id

    private func report(_ original: String, _ replacement: String, options: ValidationOptions = ValidationOptions())
        throws -> ValidationReport
    {
        precondition(Self.good.contains(original), "fixture text not found: \(original)")
        let text = Self.good.replacingOccurrences(of: original, with: replacement)
        return try TEIValidator.projectSchema(options: options).validate(bytes: Array(text.utf8), file: "doc.xml")
    }

    private func codes(_ report: ValidationReport) -> [String] { report.diagnostics.map(\.code) }

    @Test("a pointer into another file is a warning, an error with strict references; web URIs are left alone")
    func externalPointers() throws {
        let original = "<persName ref=\"#\(Self.id)-per1\""
        let relaxed = try report(original, "<persName ref=\"people.xml#p1\"")
        #expect(relaxed.isValid && codes(relaxed) == ["external-pointer"])
        #expect(relaxed.diagnostics.first?.severity == .warning)
        let strict = try report(
            original, "<persName ref=\"people.xml#p1\"", options: ValidationOptions(strictReferences: true))
        #expect(!strict.isValid && codes(strict) == ["external-pointer"])
        #expect(try report(original, "<persName ref=\"https://www.wikidata.org/wiki/Q1\"").diagnostics == [])
    }

    @Test("an empty fragment is an unresolved pointer")
    func emptyFragment() throws {
        let result = try report("who=\"#\(Self.id)-per1\" direct=\"true\" next", "who=\"#\" direct=\"true\" next")
        #expect(codes(result) == ["unresolved-pointer"])
        #expect(result.diagnostics.first?.message.contains("empty pointer") == true)
    }

    @Test("@cert outside 0 to 1 is an error even under a schema that allows any text")
    func certainty() throws {
        let schema = try temporarySchema(
            """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><element><anyName/>
            <ref name="any"/></element></start><define name="any"><zeroOrMore><choice><attribute><anyName/></attribute>
            <text/><element><anyName/><ref name="any"/></element></choice></zeroOrMore></define></grammar>
            """)
        let loose = try TEIValidator(schemaAt: schema)
        for (value, valid) in [
            ("0.5", true), ("1", true), ("low", true), ("1.5", false), ("-0.1", false), ("sure", false),
        ] {
            let text = Self.good.replacingOccurrences(of: "cert=\"0.50\"", with: "cert=\"\(value)\"")
            let result = loose.validate(bytes: Array(text.utf8), file: "doc.xml")
            #expect(result.isValid == valid, "cert=\(value): \(result.diagnostics)")
            #expect(valid || result.diagnostics.map(\.code) == ["cert-range"])
        }
    }

    @Test("names and quotations without text are flagged as warnings")
    func emptyNamesAndQuotes() throws {
        let name = try report(">Maria Lopez</persName> of", "> </persName> of")
        #expect(codes(name) == ["empty-name"] && name.isValid)
        let quote = try report(">“Now we build,”</said>", "></said>")
        #expect(codes(quote) == ["empty-quote"])
    }

    @Test("a typed <name> must point at the register entry of its type")
    func typedName() throws {
        let schema = try temporarySchema(
            """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><element><anyName/>
            <ref name="any"/></element></start><define name="any"><zeroOrMore><choice><attribute><anyName/></attribute>
            <text/><element><anyName/><ref name="any"/></element></choice></zeroOrMore></define></grammar>
            """)
        let loose = try TEIValidator(schemaAt: schema)
        for (type, valid) in [("person", true), ("place", false), ("event", true)] {
            let text = Self.good.replacingOccurrences(
                of: "<persName ref=\"#\(Self.id)-per1\"", with: "<name type=\"\(type)\" ref=\"#\(Self.id)-per1\""
            )
            .replacingOccurrences(of: "Maria Lopez</persName> of", with: "Maria Lopez</name> of")
            let result = loose.validate(bytes: Array(text.utf8), file: "doc.xml")
            #expect(result.isValid == valid, "type=\(type): \(result.diagnostics)")
            #expect(valid || result.diagnostics.map(\.code) == ["wrong-target"])
        }
    }

    @Test("duplicate ids across the parts of an included corpus are found, in the part's file")
    func duplicateAcrossParts() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let corpus =
            "<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
            + "<xi:include href=\"one.xml\"/><xi:include href=\"two.xml\"/></teiCorpus>"
        try Data(corpus.utf8).write(to: directory.appendingPathComponent("corpus.xml"))
        try Data(Self.good.utf8).write(to: directory.appendingPathComponent("one.xml"))
        try Data(Self.good.utf8).write(to: directory.appendingPathComponent("two.xml"))
        let validator = try TEIValidator.projectSchema(options: ValidationOptions(resolveIncludes: true))
        let result = validator.validate(fileAt: directory.appendingPathComponent("corpus.xml").path)
        let duplicates = result.diagnostics.filter { $0.code == "duplicate-id" }
        #expect(!duplicates.isEmpty)
        #expect(duplicates.allSatisfy { $0.file.hasSuffix("two.xml") && $0.message.contains("one.xml") })
    }

    private func temporarySchema(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString).rng")
        try Data(text.utf8).write(to: url)
        return url.path
    }
}

@Suite("Plain-word explanations of libxml2's RELAX NG messages")
struct SchemaExplanationTests {
    private func messages(_ original: String, _ replacement: String) throws -> [String] {
        let text = TEIValidatorTests.good.replacingOccurrences(of: original, with: replacement)
        precondition(text != TEIValidatorTests.good)
        return try TEIValidator.projectSchema().validate(bytes: Array(text.utf8), file: "doc.xml").diagnostics
            .filter { $0.code == "schema" }.map(\.message)
    }

    @Test("a refused attribute value lists the values the schema allows")
    func attributeValue() throws {
        #expect(
            try messages("direct=\"true\" prev", "direct=\"maybe\" prev")
                .contains("<said> has direct=\"maybe\"; allowed: true, false"))
        #expect(
            try messages("cert=\"0.50\"", "cert=\"2\"")
                .contains("<placeName> has cert=\"2\"; allowed: a double from 0 to 1, high, medium, low, unknown"))
    }

    @Test("an attribute the element does not take names the ones it does")
    func unknownAttribute() throws {
        let found = try messages("cert=\"0.50\">Northport", "cert=\"0.50\" score=\"1\">Northport")
        #expect(
            found.contains("<placeName> does not allow the attribute score; allowed attributes: cert, ref, resp, type"))
    }

    @Test("a missing required attribute is named, on the element's line")
    func missingAttribute() throws {
        let text = TEIValidatorTests.good.replacingOccurrences(of: " version=\"0.1.0\"", with: "")
        let result = try TEIValidator.projectSchema().validate(bytes: Array(text.utf8), file: "doc.xml")
        let line =
            text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("<application ") }! + 1
        #expect(
            result.diagnostics.contains {
                $0.message == "<application> lacks the required attribute version" && $0.line == line
            })
    }

    @Test("a misplaced element says where it was found")
    func misplacedElement() throws {
        #expect(try messages("<p>©2024", "<p><said>x</said>©2024").contains("<said> is not allowed here inside <p>"))
    }
}

import Foundation
import TestSupport
import Testing

@Suite("tei-annotator validate and evaluate")
struct ValidateCommandTests {
    static let golden = Repository.root.appendingPathComponent("Tests/TEIWritingTests/Golden/article.xml")

    @Test("valid files exit 0 with a summary on standard error")
    func valid() throws {
        let result = try CommandLineTool.run(["validate", Self.golden.path, Repository.seedGoldTEI.path])
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("2 files checked: 2 valid, 0 invalid"))
    }

    @Test("the schema comes from the document: the tool's TEI → project schema, anyone else's → tei_all")
    func schemaByDocument() throws {
        // Valid TEI that the project schema does not allow: a line break and a note inside a paragraph.
        let directory = try CommandLineTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let letter = directory.appendingPathComponent("letter.xml").path
        try Data(
            """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A letter</title>\
            </titleStmt><publicationStmt><p>Unpublished.</p></publicationStmt><sourceDesc><p>Written for a test.</p>\
            </sourceDesc></fileDesc></teiHeader><text><body><p>Dear Anna,<lb/>the harbour is closed.\
            <note>In pencil.</note></p></body></text></TEI>
            """.utf8
        ).write(to: URL(fileURLWithPath: letter))
        let result = try CommandLineTool.run(["validate", "--format", "json", Self.golden.path, letter])
        #expect(result.status == 0, "\(result.standardOutput)")
        let document = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        let files = document?["files"] as? [[String: Any]] ?? []
        let schemas = Dictionary(
            uniqueKeysWithValues: files.map { ($0["file"] as? String ?? "", $0["schema"] as? String ?? "") })
        #expect(schemas == [Self.golden.path: "tei-annotator.rng", letter: "tei_all.rng"])
        // The project schema, asked for, rejects the letter (TEI, but not the tool's narrow form) ...
        let narrow = try CommandLineTool.run(["validate", "--project-schema", letter])
        #expect(narrow.status == 1)
        // ... and the bundled tei_all, asked for, accepts both.
        let broad = try CommandLineTool.run(["validate", "--tei-all", Self.golden.path, letter])
        #expect(broad.status == 0, "\(broad.standardOutput)")
    }

    @Test("an invalid file exits 1 with file:line: error: lines")
    func invalid() throws {
        let directory = try CommandLineTool.temporaryDirectory()
        let bad = directory.appendingPathComponent("bad.xml")
        let text = try String(contentsOf: Self.golden, encoding: .utf8)
            .replacingOccurrences(of: "direct=\"true\" next", with: "direct=\"maybe\" next")
        try Data(text.utf8).write(to: bad)
        let result = try CommandLineTool.run(["validate", bad.path])
        #expect(result.status == 1)
        let first = result.standardOutput.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix(bad.path + ":"))
        #expect(first.contains(": error: "))
    }

    @Test("a missing file or schema exits 2")
    func ioErrors() throws {
        #expect(try CommandLineTool.run(["validate", "/nonexistent.xml"]).status == 2)
        #expect(try CommandLineTool.run(["validate", "--schema", "/nonexistent.rng", Self.golden.path]).status == 2)
        #expect(try CommandLineTool.run(["validate"]).status == 2)
    }

    @Test(
        "validate --schema tei_all.rng agrees with the reference verdicts",
        .enabled(if: TEIAll.isAvailable, "needs ../shared/reference/tei"))
    func teiAll() throws {
        let samples = Repository.shared!.appendingPathComponent("reference/tei/samples")
        let schema = Repository.shared!.appendingPathComponent("reference/tei/tei_all.rng").path
        let names = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".xml") }
        let bad = names.filter { $0.hasPrefix("bad-") }.map { samples.appendingPathComponent($0).path }
        let good = names.filter { !$0.hasPrefix("bad-") }.map { samples.appendingPathComponent($0).path }
        let goodResult = try CommandLineTool.run(["validate", "--schema", schema] + good)
        #expect(goodResult.status == 0, "\(goodResult.standardOutput)")
        // One run compiles the schema once for all files; each bad file gets at least one error line.
        let badResult = try CommandLineTool.run(["validate", "--schema", schema] + bad)
        #expect(badResult.status == 1)
        for path in bad { #expect(badResult.standardOutput.contains(path + ":"), "\(path)") }
        #expect(badResult.standardError.contains("\(bad.count) files checked: 0 valid, \(bad.count) invalid"))
    }

    @Test("evaluate scores a TEI file against the gold TEI")
    func evaluateTEI() throws {
        let result = try CommandLineTool.run([
            "evaluate", "--gold", Repository.seedGoldTEI.path, "--pred", Repository.seedToolTEI.path,
        ])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("micro"))
        let json = try CommandLineTool.run([
            "evaluate", "--gold", Repository.seedGoldTEI.path, "--pred", Repository.seedToolTEI.path, "--json",
        ])
        let scores = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect(scores?["documents"] as? Int == 1)
        let mismatch = try CommandLineTool.run([
            "evaluate", "--gold", Repository.seedGoldTEI.path, "--pred", Self.golden.path,
        ])
        #expect(mismatch.status == 2)
        #expect(mismatch.standardError.contains("do not have the same text"))
    }
}

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

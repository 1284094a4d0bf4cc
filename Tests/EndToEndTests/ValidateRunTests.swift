import Foundation
import TestSupport
import Testing

/// `validate` over many files: directories, output formats, jobs, time limits, includes, hostile input.
@Suite("tei-annotator validate: runs over many files")
struct ValidateRunTests {
    static let golden = try! String(contentsOf: ValidateCommandTests.golden, encoding: .utf8)
    static let id = "gazette-2024-11-03-0001"

    private func write(_ files: [String: String]) throws -> URL {
        let directory = try CommandLineTool.temporaryDirectory()
        for (name, text) in files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return directory
    }

    private var badGolden: String {
        Self.golden.replacingOccurrences(of: "direct=\"true\" prev", with: "direct=\"maybe\" prev")
    }

    @Test("a directory is searched recursively for .xml files, in a stable order")
    func directory() throws {
        let directory = try write([
            "a/b/good.xml": Self.golden, "c/bad.xml": badGolden, "notes.txt": "not XML", ".hidden/x.xml": "<",
        ])
        let result = try CommandLineTool.run(["validate", directory.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("2 files checked: 1 valid, 1 invalid"))
        #expect(result.standardOutput.contains(directory.appendingPathComponent("c/bad.xml").path + ":"))
        #expect(!result.standardOutput.contains("notes.txt") && !result.standardOutput.contains(".hidden"))
    }

    @Test("libxml2's message on a bad attribute value is explained with the allowed values")
    func explained() throws {
        let directory = try write(["bad.xml": badGolden])
        let result = try CommandLineTool.run(["validate", directory.appendingPathComponent("bad.xml").path])
        #expect(result.standardOutput.contains(": error: [schema] <said> has direct=\"maybe\"; allowed: true, false"))
    }

    @Test("--format json gives one document with every file, its diagnostics and the totals")
    func json() throws {
        let directory = try write(["good.xml": Self.golden, "bad.xml": badGolden])
        let result = try CommandLineTool.run(["validate", "--format", "json", directory.path])
        #expect(result.status == 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.count == 2)
        let bad = try #require(files.first { ($0["file"] as? String)?.hasSuffix("bad.xml") == true })
        #expect(bad["valid"] as? Bool == false)
        let diagnostics = try #require(bad["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["code"] as? String == "schema")
        #expect(diagnostics.first?["line"] as? Int != nil)
        let totals = try #require(object["totals"] as? [String: Any])
        #expect(totals["valid"] as? Int == 1 && totals["invalid"] as? Int == 1)
    }

    @Test("--quiet prints errors only: no warnings, no totals line")
    func quiet() throws {
        let warned = Self.golden.replacingOccurrences(
            of: "<persName ref=\"#\(Self.id)-per1\"", with: "<persName ref=\"people.xml#p1\"")
        let directory = try write(["warned.xml": warned, "bad.xml": badGolden])
        let loud = try CommandLineTool.run(["validate", directory.path])
        #expect(loud.standardOutput.contains("warning: [external-pointer]"))
        let quiet = try CommandLineTool.run(["validate", "--quiet", directory.path])
        #expect(quiet.status == 1)
        #expect(!quiet.standardOutput.contains("warning:") && quiet.standardOutput.contains("error: [schema]"))
        #expect(quiet.standardError.isEmpty)
    }

    @Test("pointers into other files are warnings, errors with --strict-refs")
    func strictReferences() throws {
        let external = Self.golden.replacingOccurrences(
            of: "<persName ref=\"#\(Self.id)-per1\"", with: "<persName ref=\"people.xml#p1\"")
        let file = try write(["external.xml": external]).appendingPathComponent("external.xml").path
        let relaxed = try CommandLineTool.run(["validate", file])
        #expect(relaxed.status == 0)
        #expect(relaxed.standardOutput.contains("warning: [external-pointer] <persName ref=\"people.xml#p1\">"))
        let strict = try CommandLineTool.run(["validate", "--strict-refs", file])
        #expect(strict.status == 1)
        #expect(strict.standardOutput.contains("error: [external-pointer]"))
    }

    @Test("--jobs 2 reports exactly what --jobs 1 does, in the same order")
    func jobs() throws {
        var files: [String: String] = [:]
        for index in 0..<12 { files["doc\(index).xml"] = index.isMultiple(of: 3) ? badGolden : Self.golden }
        let directory = try write(files)
        let one = try CommandLineTool.run(["validate", "--jobs", "1", directory.path])
        let two = try CommandLineTool.run(["validate", "--jobs", "2", directory.path])
        #expect(one.status == 1 && two.status == 1)
        #expect(one.standardOutput == two.standardOutput)
        #expect(two.standardError.contains("12 files checked: 8 valid, 4 invalid"))
    }

    /// Each `<i>` costs libxml2's regular-expression engine about half a second of backtracking on
    /// `(a|aa)*c`; a thousand of them would take minutes.
    @Test("a document slower than --time-limit is reported as a timeout and the run goes on")
    func timeLimit() throws {
        let schema = """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0" \
            datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
              <start><element name="r"><zeroOrMore><element name="i"><data type="string">
                <param name="pattern">(a|aa)*c</param>
              </data></element></zeroOrMore></element></start>
            </grammar>
            """
        let slow = "<r>" + String(repeating: "<i>" + String(repeating: "a", count: 44) + "</i>", count: 1000) + "</r>"
        let directory = try write(["slow.rng": schema, "1-slow.xml": slow, "2-fast.xml": "<r><i>aac</i></r>"])
        let start = Date()
        let result = try CommandLineTool.run([
            "validate", "--schema", directory.appendingPathComponent("slow.rng").path, "--time-limit", "1",
            "--jobs", "2", directory.appendingPathComponent("1-slow.xml").path,
            directory.appendingPathComponent("2-fast.xml").path,
        ])
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("1-slow.xml: error: [timeout] validation took longer than 1 s"))
        #expect(result.standardError.contains("2 files checked: 1 valid, 1 invalid"))
    }

    @Test(
        "a teiCorpus that includes its parts is validated with them, with or without --xinclude",
        .enabled(if: TEIAll.isAvailable, "needs ../shared/reference/tei"))
    func xinclude() throws {
        let shared = try #require(Repository.shared)
        let samples = shared.appendingPathComponent("reference/tei/samples/corpus")
        let directory = try CommandLineTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in try FileManager.default.contentsOfDirectory(atPath: samples.path) {
            try FileManager.default.copyItem(
                at: samples.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        }
        let corpus = directory.appendingPathComponent("corpus.xml").path
        let with = try CommandLineTool.run(["validate", "--tei-all", "--xinclude", corpus])
        #expect(with.status == 0, "\(with.standardOutput)")
        // Not written by the tool, so tei_all is chosen without being asked for.
        let without = try CommandLineTool.run(["validate", corpus])
        #expect(without.status == 0, "\(without.standardOutput)")

        // A broken part makes the root invalid, and the finding names the part.
        let part = directory.appendingPathComponent("gazette-2024-11-04-0002.xml")
        let text = try String(contentsOf: part, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "<p>", with: "<p><bogus/>").utf8).write(to: part)
        let broken = try CommandLineTool.run(["validate", "--tei-all", corpus])
        #expect(broken.status == 1)
        #expect(broken.standardOutput.contains("gazette-2024-11-04-0002.xml:"), "\(broken.standardOutput)")
    }

    @Test("hostile files get a clear error each, and the run ends")
    func hostile() throws {
        var laughs = "<!DOCTYPE r [<!ENTITY l0 \"lol\">"
        for level in 1...9 {
            laughs += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
        }
        laughs += "]><r>&l9;</r>"
        let directory = try write([
            "laughs.xml": laughs,
            "deep.xml": String(repeating: "<a>", count: 5000) + String(repeating: "</a>", count: 5000),
            "external.xml": "<!DOCTYPE r [<!ENTITY e SYSTEM \"/etc/hostname\">]><r>&e;</r>",
            "big.xml": "<r>" + String(repeating: "a", count: 2 * 1024 * 1024) + "</r>",
        ])
        let result = try CommandLineTool.run(["validate", "--max-file-size", "1", directory.path])
        #expect(result.status == 1)
        for (file, code) in [
            ("laughs.xml", "entity-expansion"), ("deep.xml", "depth-limit"), ("external.xml", "external-resource"),
            ("big.xml", "size-limit"),
        ] {
            let lines = result.standardOutput.split(separator: "\n")
            #expect(lines.contains { $0.contains("/\(file):") && $0.contains(": error: [\(code)]") }, "\(file)")
        }
    }

    @Test("--allow-external reads a local external entity; an empty directory is a usage error")
    func allowExternal() throws {
        let directory = try write([
            "part.txt": "Northport", "doc.xml": "<!DOCTYPE r [<!ENTITY e SYSTEM \"part.txt\">]><r>&e;</r>",
        ])
        let file = directory.appendingPathComponent("doc.xml").path
        let refused = try CommandLineTool.run(["validate", file])
        #expect(refused.standardOutput.contains("[external-resource]"))
        let allowed = try CommandLineTool.run(["validate", "--allow-external", file])
        #expect(!allowed.standardOutput.contains("[external-resource]"))
        #expect(allowed.standardOutput.contains("error: [schema]"))
        let empty = try CommandLineTool.temporaryDirectory()
        let nothing = try CommandLineTool.run(["validate", empty.path])
        #expect(nothing.status == 2 && nothing.standardError.contains("no .xml files"))
    }

    @Test("schemas in other languages, and schema usage errors")
    func otherSchemas() throws {
        let xsd = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="r"><xs:complexType><xs:attribute name="n" type="xs:integer"/></xs:complexType></xs:element>
            </xs:schema>
            """
        let directory = try write([
            "r.xsd": xsd, "good.xml": "<r n=\"1\"/>", "bad.xml": "<r n=\"x\"/>", "r.rnc": "start = r",
        ])
        let path = { (name: String) in directory.appendingPathComponent(name).path }
        let result = try CommandLineTool.run(["validate", "--schema", path("r.xsd"), path("good.xml"), path("bad.xml")])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("bad.xml:1: error: [schema]"))
        #expect(!result.standardOutput.contains("good.xml"))
        let compact = try CommandLineTool.run(["validate", "--schema", path("r.rnc"), path("good.xml")])
        #expect(compact.status == 2 && compact.standardError.contains("compact syntax"))
        let both = try CommandLineTool.run([
            "validate", "--schema", path("r.xsd"), "--tei-all", path("good.xml"),
        ])
        #expect(both.status == 2)
        let twoBundled = try CommandLineTool.run(["validate", "--project-schema", "--tei-all", path("good.xml")])
        #expect(twoBundled.status == 2)
    }
}

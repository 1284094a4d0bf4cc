import Foundation
import TEIAnnotator
import TestSupport
import Testing

/// Inputs corpus builders meet in millions of files, through the CLI: each gives one error line naming
/// the file and the problem and exit status 1 (an input that cannot be annotated), or is annotated into
/// valid TEI; the other inputs of the run are written, no part of a file ever is, and nothing crashes
/// or hangs. The environment's failures (unreadable files, full disks, signals) are in
/// `BadEnvironmentTests`.
@Suite("Bad inputs through the CLI")
struct BadInputTests {
    @Test("empty, whitespace only, and binary files (PNG, ZIP, NUL bytes) are refused")
    func emptyAndBinary() throws {
        let run = try BadInputFixture()
        try run.write("empty.txt", [])
        try run.write("blank.txt", Array(" \n\t\r\n   \n".utf8))
        try run.write(
            "image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array("IHDR".utf8))
        try run.write("archive.zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, 0, 0, 0, 0])
        try run.write("nul.txt", Array("Joe Biden\0\0\0\0\0\0\0\0 met".utf8))
        let result = try run.annotate(["empty.txt", "blank.txt", "image.png", "archive.zip", "nul.txt"])
        run.expectRefused(
            result,
            [
                "empty.txt": "no article text", "blank.txt": "no article text", "image.png": "binary data",
                "archive.zip": "binary data", "nul.txt": "binary data",
            ])
        try run.expectValidOutput("good.xml")
    }

    @Test(
        "bytes that are not UTF-8 are read as Windows-1252 and UTF-16 without a byte-order mark as UTF-16, each with a warning"
    )
    func encodings() throws {
        let run = try BadInputFixture()
        try run.write("latin.txt", Array("Caf".utf8) + [0xE9] + Array(" talks\n\nJoe Biden met Olaf Scholz.".utf8))
        let text = "Talks in Ankara\n\nMevlut Cavusoglu met officials in Ankara."
        try run.write("le.txt", TextDecoding.encode(text, as: .utf16LittleEndian)!)
        try run.write("be.txt", TextDecoding.encode(text, as: .utf16BigEndian)!)
        let result = try run.annotate(["latin.txt", "le.txt", "be.txt"])
        #expect(result.status == 0, "\(result.standardError)")
        let warnings = result.standardError.split(separator: "\n")
        #expect(warnings.count == 3)
        #expect(warnings.contains { $0.contains("latin.txt") && $0.contains("Windows-1252") })
        #expect(warnings.contains { $0.contains("le.txt") && $0.contains("UTF-16LE") })
        #expect(warnings.contains { $0.contains("be.txt") && $0.contains("UTF-16BE") })
        for name in ["latin.xml", "le.xml", "be.xml", "good.xml"] { try run.expectValidOutput(name) }
        let utf16 = try String(contentsOf: run.output.appendingPathComponent("le.xml"), encoding: .utf8)
        #expect(utf16.contains(">Mevlut Cavusoglu</persName>"))
    }

    @Test("a 100 MB line is refused in seconds: no paragraph may exceed what an XML text may hold")
    func hundredMegabyteLine() throws {
        let run = try BadInputFixture()
        try run.write(
            "line.txt", Array("A headline\n\n".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 100_000_000))
        let start = Date()
        let result = try run.annotate(["line.txt"])
        run.expectRefused(result, ["line.txt": "a paragraph of 100000000 bytes is longer than the 10 MB"])
        // 2 s in a release build, about 10 s in a debug one; the bound leaves room for sanitizers.
        #expect(Date().timeIntervalSince(start) < 150)
    }

    @Test(
        "a million short lines: a JSON Lines stream of a million lines is read; a TEI file of a million lines is validated or abandoned at the time limit, never hangs"
    )
    func millionLines() throws {
        let run = try BadInputFixture()
        let record = #"{"id": "r1", "text": "Talks\n\nJoe Biden met Olaf Scholz in Berlin."}"#
        try run.write("stream.jsonl", Array((record + "\n" + String(repeating: " \n", count: 1_000_000) + record).utf8))
        let stream = try CommandLineTool.run(["annotate", run.path("stream.jsonl")])
        #expect(stream.status == 0, "\(stream.standardError)")
        #expect(stream.standardOutput.split(separator: "\n").count == 2)

        // libxml2's RELAX NG validation grows faster than linearly with the number of siblings (a million
        // <lb/> take minutes, with xmllint too): the time limit turns that into one error line.
        let lines = String(repeating: "<lb/>a\n", count: 1_000_000)
        try run.write("lines.xml", Array(BadInputFixture.tei(paragraph: lines).utf8))
        let start = Date()
        let validated = try CommandLineTool.run([
            "validate", "--schema", tinySchema(in: run), "--time-limit", "5", run.path("lines.xml"),
        ])
        let outcome = validated.standardOutput.split(separator: "\n").first.map(String.init) ?? ""
        #expect(
            validated.status == 0
                || validated.status == 1
                    && outcome.hasSuffix(
                        "lines.xml: error: [timeout] validation took longer than 5 s and was abandoned"),
            "\(validated.standardOutput)")
        #expect(Date().timeIntervalSince(start) < 30)
    }

    /// A RELAX NG schema that takes any element: the million-line file is about size, not TEI.
    private func tinySchema(in run: BadInputFixture) throws -> String {
        try run.write(
            "any.rng",
            Array(
                """
                <grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><ref name="any"/></start>
                <define name="any"><element><anyName/><zeroOrMore><choice><attribute><anyName/></attribute>
                <text/><ref name="any"/></choice></zeroOrMore></element></define></grammar>
                """.utf8))
    }

    @Test("10,000 quotation marks, unbalanced quotes and control characters still give valid TEI")
    func quotesAndControls() throws {
        let run = try BadInputFixture()
        try run.write("marks.txt", Array(("Marks\n\n" + String(repeating: "\"", count: 10_000) + "\n").utf8))
        let words = (0..<10_000).map { $0.isMultiple(of: 2) ? "“word" : "\"said”" }.joined(separator: " ")
        try run.write("quoted.txt", Array(("Quotes\n\nJoe Biden said " + words + ".\n").utf8))
        try run.write(
            "unbalanced.txt",
            Array(
                "Talks\n\n“He said it was fine, Biden said. \"And then.\n\nAnother “ para “ graph ”””, said Merkel.\n"
                    .utf8))
        try run.write(
            "controls.txt",
            Array("Talks\n\nPresident Joe Biden\u{1} met \u{7}Olaf Scholz\u{1B} in Berlin\u{B}\u{7F}\u{85}.\n".utf8))
        let result = try run.annotate(["marks.txt", "quoted.txt", "unbalanced.txt", "controls.txt"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        for name in ["marks.xml", "quoted.xml", "unbalanced.xml", "controls.xml"] { try run.expectValidOutput(name) }
    }

    @Test("deeply nested HTML is refused with the depth named")
    func nestedHTML() throws {
        let run = try BadInputFixture()
        let page =
            "<html><body>" + String(repeating: "<div>", count: 20_000) + "<p>Joe Biden met Olaf Scholz.</p>"
            + String(repeating: "</div>", count: 20_000) + "</body></html>"
        try run.write("nested.html", Array(page.utf8))
        let result = try run.annotate(["nested.html"])
        run.expectRefused(result, ["nested.html": "elements nest deeper than 256 levels"])
    }

    @Test("XML bombs, external entities (local file and network), 10,000 levels and huge attributes in TEI")
    func hostileTEI() throws {
        let run = try BadInputFixture()
        let secret = "secret-\(UUID().uuidString)"
        try run.write("secret.txt", Array(secret.utf8))
        let tei = BadInputFixture.tei
        let documents = [
            "laughs.xml": tei(BadInputFixture.billionLaughs, "&l9;"),
            "quadratic.xml": tei(
                "<!DOCTYPE TEI [<!ENTITY a \"\(String(repeating: "a", count: 100_000))\">]>",
                String(repeating: "&a;", count: 50_000)),
            "file.xml": tei("<!DOCTYPE TEI [<!ENTITY s SYSTEM \"file://\(run.path("secret.txt"))\">]>", "&s;"),
            // An address that never answers: a connection attempt would hang the run.
            "network.xml": tei("<!DOCTYPE TEI [<!ENTITY s SYSTEM \"http://10.255.255.1/e.xml\">]>", "&s;"),
            "deep.xml": tei(
                "", String(repeating: "<hi>", count: 10_000) + "x" + String(repeating: "</hi>", count: 10_000)),
            "attribute.xml": tei("", "x").replacingOccurrences(
                of: "<p>", with: "<p rend=\"\(String(repeating: "a", count: 11_000_000))\">"),
        ]
        for (name, text) in documents { try run.write(name, Array(text.utf8)) }
        let start = Date()
        let result = try run.annotate(documents.keys.sorted())
        #expect(Date().timeIntervalSince(start) < 60)
        run.expectRefused(
            result,
            [
                "laughs.xml": "entities expand beyond", "quadratic.xml": "entities expand beyond",
                "file.xml": "was not loaded", "network.xml": "was not loaded",
                "deep.xml": "nest deeper than 256 levels", "attribute.xml": "larger than 10 MB",
            ])
        #expect(!result.standardError.contains(secret))

        // validate names each hazard too (ValidateRunTests covers the codes); corpus records them and goes on.
        let corpus = try CommandLineTool.run(
            ["corpus", "--quiet", "--out", run.directory.appendingPathComponent("corpus").path]
                + (documents.keys.sorted() + ["good.txt"]).map(run.path))
        #expect(corpus.status == 1)
        #expect(corpus.standardError.contains("articles: 1 "))
        for name in documents.keys { #expect(corpus.standardError.contains("\(name): "), "\(name)") }
        #expect(!corpus.standardError.contains(secret))
    }

    private static func tei(_ prolog: String, _ body: String) -> String {
        BadInputFixture.tei(prolog: prolog, paragraph: body)
    }

    @Test("ids that are not XML names, file names with spaces and non-ASCII letters")
    func idsAndNames() throws {
        let run = try BadInputFixture()
        let names = ["with space.txt", "Ünïcödé – story.txt", "1.txt", "-dash.txt"]
        for name in names { try run.write(name, Array(BadInputFixture.goodText.utf8)) }
        try run.write(
            "ids.jsonl",
            Array(
                (#"{"id": "1 not/an id", "text": "Joe Biden spoke."}"# + "\n"
                    + #"{"id": "", "text": "Olaf Scholz spoke."}"#
                    + "\n" + #"{"id": 42, "text": "Angela Merkel spoke."}"#).utf8))
        let result = try run.annotate(names + ["ids.jsonl"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(
            run.outputs == ["-dash.xml", "1.xml", "good.xml", "ids.jsonl", "with space.xml", "Ünïcödé – story.xml"])
        for name in run.outputs where name.hasSuffix(".xml") { try run.expectValidOutput(name) }
        let records = try String(contentsOf: run.output.appendingPathComponent("ids.jsonl"), encoding: .utf8)
        for line in records.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let tei = try #require(object["tei"] as? String)
            #expect(try TEIValidator.projectSchema().validate(bytes: Array(tei.utf8), file: "record").isValid)
        }

        let usage = try CommandLineTool.run(["annotate", "--id", "1 bad", run.path("good.txt")])
        #expect(usage.status == 2)
        #expect(usage.standardError.hasPrefix("Error: --id 1 bad is not an XML name"))

        let corpus = try CommandLineTool.run(
            ["corpus", "--quiet", "--out", run.directory.appendingPathComponent("corpus").path]
                + (names + ["ids.jsonl"]).map(run.path))
        #expect(corpus.status == 0, "\(corpus.standardError)")
        let validated = try CommandLineTool.run([
            "validate", "--xinclude", run.directory.appendingPathComponent("corpus/corpus.xml").path,
        ])
        #expect(validated.status == 0, "\(validated.standardOutput)")
    }
}

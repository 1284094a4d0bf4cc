import Foundation
import TEIAnnotator
import TestSupport
import Testing

@Suite("tei-annotator annotate: HTML, JSON Lines, encodings, reader choice")
struct InputFormatsTests {
    static let page = Repository.root.appendingPathComponent("Corpus/html/wire-reuters.html")
    static let jsonl = Repository.root.appendingPathComponent("Corpus/jsonl/articles.jsonl")

    private func isValid(_ tei: String) throws -> Bool {
        try TEIValidator.projectSchema().validate(bytes: Array(tei.utf8), file: "out.xml").isValid
    }

    @Test("an HTML page: the article only, metadata from the page, removed furniture with raw-page offsets")
    func htmlPage() throws {
        let result = try CommandLineTool.run(["annotate", Self.page.path])
        #expect(result.status == 0, "\(result.standardError)")
        let tei = result.standardOutput
        #expect(try isValid(tei))
        #expect(tei.contains("passes stopgap bill to avert shutdown</head>"))
        #expect(tei.contains("<author>Jane Doe</author>") && tei.contains("<author>David Morgan</author>"))
        #expect(tei.contains("<date when=\"2020-06-08\">"))
        #expect(tei.contains("<publisher>Reuters</publisher>"))
        #expect(!tei.contains("<p>Advertisement"))
        #expect(!tei.contains("House Democrats unveil") || tei.contains("type=\"related\""))
        // Every removed note's @n points at its text in the page source (character offsets).
        let source = Array(String(decoding: Repository.bytes(Self.page), as: UTF8.self).unicodeScalars)
        let notes = try XMLDocument(parsing: Array(tei.utf8)).select(
            "//tei:listAnnotation/tei:note", namespaces: ["tei": "http://www.tei-c.org/ns/1.0"])
        #expect(notes.count > 5)
        for note in notes {
            let bounds = note.attribute("n")!.split(separator: "-").map { Int($0)! }
            let raw = String(String.UnicodeScalarView(source[bounds[0]..<bounds[1]]))
            let words = note.textContent.split(whereSeparator: \.isWhitespace)
            #expect(raw.hasPrefix(words.first!), "\(raw)")
            #expect(raw.hasSuffix(words.last!) || (note.attribute("type") == "byline" && raw.hasSuffix(" ")), "\(raw)")
        }
        // Standard input: HTML recognised by its content.
        let piped = try CommandLineTool.run(["annotate", "--id", "reuters"], input: Data(Repository.bytes(Self.page)))
        #expect(piped.status == 0)
        #expect(piped.standardOutput.contains("passes stopgap bill to avert shutdown</head>"))
    }

    @Test("the TEI of every page of Corpus/html is valid against the project schema and tei_all")
    func everyPageValid() throws {
        let annotator = try Annotator()
        let directory = Repository.root.appendingPathComponent("Corpus/html")
        let pages = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".html") }
        for page in pages {
            let article = try annotator.read(
                bytes: Repository.bytes(directory.appendingPathComponent(page)), format: .html,
                id: ArticleIdentifier.fromFileName(page), sourceName: page)
            let tei = try annotator.tei(annotator.annotate(article))
            for verdict in try TEIAll.verdictsOfBothSchemas(tei, file: page) { #expect(verdict.isValid, "\(page)") }
        }
    }

    @Test("JSON Lines in, one JSON record per article out; a bad line is reported and skipped")
    func jsonLines() throws {
        let result = try CommandLineTool.run(["annotate", Self.jsonl.path])
        #expect(result.status == 1)
        let errors = result.standardError.split(separator: "\n")
        #expect(errors.count == 2, "\(result.standardError)")
        #expect(errors[0].contains("articles.jsonl:3:") && errors[0].contains("not JSON"))
        #expect(errors[1].contains("articles.jsonl:5:") && errors[1].contains("no \"text\" or \"html\""))
        let records = result.standardOutput.split(separator: "\n").map {
            try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(records.count == 3)
        #expect(records.map { "\($0["id"]!)" } == ["gazette-1", "42", "page-7"])
        let first = records[0]["metadata"] as! [String: Any]
        #expect(first["title"] as? String == "Harbour board backs Northport expansion")
        #expect(first["date"] as? String == "2024-11-03")
        #expect(first["section"] as? String == "Business")
        #expect((first["tags"] as? [String]) == ["ports", "council"])
        #expect(first["source"] as? String == "The Example Gazette")
        for record in records {
            let tei = record["tei"] as! String
            #expect(try isValid(tei))
        }
        #expect((records[1]["tei"] as! String).contains("xml:id=\"a42\""))
        // From an HTML field, the page's article only.
        #expect((records[2]["tei"] as! String).contains("<head>Library to stay open after petition</head>"))
        // As a filter: standard input to standard output, recognised by content.
        let piped = try CommandLineTool.run(["annotate"], input: Data(Repository.bytes(Self.jsonl)))
        #expect(piped.standardOutput == result.standardOutput)
    }

    @Test("JSON Lines streams: records come out while the input is still being written")
    func streaming() throws {
        let process = Process()
        process.executableURL = CommandLineTool.executable
        process.arguments = ["annotate", "--input-format", "jsonl"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let line =
            #"{"id": "s1", "text": "Talks in Ankara\n\nMevlut Cavusoglu met officials in Ankara on Monday."}"# + "\n"
        input.fileHandleForWriting.write(Data(line.utf8))
        // The first record arrives before standard input is closed.
        var received = Data()
        while !received.contains(0x0A) { received += output.fileHandleForReading.availableData }
        #expect(String(decoding: received, as: UTF8.self).hasPrefix("{\"id\":\"s1\""))
        input.fileHandleForWriting.write(Data(line.replacingOccurrences(of: "s1", with: "s2").utf8))
        try input.fileHandleForWriting.close()
        received += output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: received, as: UTF8.self).split(separator: "\n").count == 2)
    }

    @Test("encodings: UTF-8 with a byte-order mark, UTF-16 with one, Windows-1252 with a warning; CRLF")
    func encodings() throws {
        let text =
            "Talks in Ankara\r\n\r\nMevlut Cavusoglu met officials in Ankara on Monday.\u{00A0}“Good talks,” he said.\r\n"
        let utf8 = try CommandLineTool.run(
            ["annotate", "--id", "e"], input: Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)))
        #expect(utf8.status == 0)
        #expect(utf8.standardError.isEmpty)
        #expect(utf8.standardOutput.contains("<note type=\"byte-order-mark\" n=\"0-1\">"))
        for encoding in [TextEncoding.utf16LittleEndian, .utf16BigEndian] {
            let bytes = TextDecoding.encode("\u{FEFF}" + text, as: encoding)!
            let result = try CommandLineTool.run(["annotate", "--id", "e"], input: Data(bytes))
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardOutput == utf8.standardOutput)
        }
        let cp1252 = try CommandLineTool.run(
            ["annotate", "--id", "e"], input: Data(TextDecoding.encode(text, as: .windows1252)!))
        #expect(cp1252.status == 0)
        #expect(
            cp1252.standardError.contains("warning: stdin: not UTF-8") && cp1252.standardError.contains("Windows-1252"))
        #expect(cp1252.standardOutput.contains("“Good talks,”"))
    }

    @Test("--input-format overrides the extension; a wrong value is a usage error")
    func override() throws {
        let directory = try CommandLineTool.temporaryDirectory()
        let file = directory.appendingPathComponent("page.txt")
        try Data(Repository.bytes(Self.page)).write(to: file)
        let asText = try CommandLineTool.run(["annotate", file.path])
        #expect(asText.status == 0)
        #expect(asText.standardOutput.contains("DOCTYPE") || asText.standardOutput.contains("&lt;"))
        let asHTML = try CommandLineTool.run(["annotate", "--input-format", "html", file.path])
        #expect(asHTML.standardOutput.contains("passes stopgap bill to avert shutdown</head>"))
        let wrong = try CommandLineTool.run(["annotate", "--input-format", "pdf", file.path])
        #expect(wrong.status == 2)
    }
}

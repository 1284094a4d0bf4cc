import Foundation
import TEIAnnotator
import TestSupport
import Testing

@Suite("tei-annotator annotate")
struct AnnotateCommandTests {
    @Test("the seed article goes to standard output as valid TEI")
    func seedToStandardOutput() throws {
        let result = try CommandLineTool.run(["annotate", Repository.seedArticle.path])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        #expect(result.standardOutput.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI"))
        let verdict = try TEIValidator.projectSchema().validate(
            bytes: Array(result.standardOutput.utf8), file: "seed.xml")
        #expect(verdict.isValid, "\(verdict.diagnostics)")
        // The repository's copy of the tool's output is current.
        #expect(result.standardOutput == String(decoding: Repository.bytes(Repository.seedToolTEI), as: UTF8.self))
    }

    @Test("the same input gives the same bytes, from any working directory")
    func deterministic() throws {
        let elsewhere = try CommandLineTool.temporaryDirectory()
        let first = try CommandLineTool.run(["annotate", Repository.seedArticle.path])
        let second = try CommandLineTool.run(["annotate", Repository.seedArticle.path], in: elsewhere)
        #expect(second.status == 0)
        #expect(first.standardOutput == second.standardOutput)
    }

    @Test("standard input, with an id derived from the content")
    func standardInput() throws {
        let text = "Ankara talks\n\nMevlut Cavusoglu met officials in Ankara on Monday."
        let result = try CommandLineTool.run(["annotate"], input: Data(text.utf8))
        #expect(result.status == 0)
        let id = ArticleIdentifier.fromContent(Array(text.utf8))
        #expect(result.standardOutput.contains("xml:id=\"\(id)\""))
        #expect(result.standardOutput.contains("<persName ref=\"#\(id)-per1\""))
    }

    @Test("an article in another language: its xml:lang, a warning, and nothing marked rather than nonsense")
    func notEnglish() throws {
        let german = """
            Macron in Berlin

            Der französische Präsident Emmanuel Macron hat am Montag in Berlin mit dem Bundeskanzler über die Lage \
            in der Ukraine gesprochen. „Europa muss mehr für seine Sicherheit tun“, sagte er nach dem Treffen.
            """
        let result = try CommandLineTool.run(["annotate", "--layer", "linguistic"], input: Data(german.utf8))
        #expect(result.status == 0)
        #expect(result.standardError.contains("warning: stdin: the text is in German (de); "))
        #expect(result.standardOutput.contains("xml:lang=\"de\""))
        for element in ["<persName", "<placeName", "<orgName", "<said", " pos=\""] {
            #expect(!result.standardOutput.contains(element), "\(element)")
        }
        #expect(result.standardOutput.contains("<w>Präsident</w>"))
        for verdict in try TEIAll.verdictsOfBothSchemas(Array(result.standardOutput.utf8), file: "german.xml") {
            #expect(verdict.isValid, "\(verdict.diagnostics)")
        }
    }

    @Test("a mistyped option is reported as unknown, not its value taken for an input")
    func unknownOption() throws {
        let result = try CommandLineTool.run(["annotate", "--lang", "de", Repository.seedArticle.path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("Unknown option '--lang'"), "\(result.standardError)")
        let several = try CommandLineTool.run(["annotate", Repository.seedArticle.path, Repository.seedArticle.path])
        #expect(several.status == 2)
        #expect(
            several.standardError.contains("Error: several inputs need -o DIRECTORY\nUsage: tei-annotator annotate"))
    }

    @Test("a JSON Lines record's id becomes the TEI id corpus would give it; the output record keeps it as given")
    func jsonLinesID() throws {
        let line = #"{"id": "flood-lisbon", "text": "Lisbon floods\n\nMayor Ana Reis visited Lisbon on Monday."}"#
        let result = try CommandLineTool.run(["annotate"], input: Data((line + "\n").utf8))
        #expect(result.status == 0)
        let record = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect(record?["id"] as? String == "flood-lisbon")
        #expect((record?["tei"] as? String)?.contains("xml:id=\"flood_lisbon\"") == true)
    }

    @Test("-o FILE writes the file and nothing to standard output")
    func outputFile() throws {
        let directory = try CommandLineTool.temporaryDirectory()
        let output = directory.appendingPathComponent("seed.xml")
        let result = try CommandLineTool.run(["annotate", Repository.seedArticle.path, "-o", output.path])
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty)
        #expect(FileManager.default.fileExists(atPath: output.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["seed.xml"])
    }

    @Test("several inputs with -o DIR give one <stem>.xml each; a bad one fails alone")
    func severalInputs() throws {
        let directory = try CommandLineTool.temporaryDirectory()
        let inputs = directory.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try Data("First story\n\nPresident Donald Trump spoke in Washington.".utf8).write(
            to: inputs.appendingPathComponent("one.txt"))
        try Data("Second story\n\nAngela Merkel visited Paris.".utf8).write(
            to: inputs.appendingPathComponent("2-two.txt"))
        try Data([0x41, 0x00, 0x42]).write(to: inputs.appendingPathComponent("bad.txt"))
        let output = directory.appendingPathComponent("out")
        let result = try CommandLineTool.run(
            ["annotate", "-o", output.path]
                + ["one.txt", "2-two.txt", "bad.txt"].map { inputs.appendingPathComponent($0).path })
        #expect(result.status == 1)
        #expect(result.standardError.split(separator: "\n").count == 1)
        #expect(result.standardError.contains("bad.txt") && result.standardError.contains("binary data"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == ["2-two.xml", "one.xml"])
        let second = try String(contentsOf: output.appendingPathComponent("2-two.xml"), encoding: .utf8)
        #expect(second.contains("xml:id=\"a2_two\""))
    }

    @Test("bad input: one clear line, non-zero exit, no file written, nothing lost")
    func badInput() throws {
        let directory = try CommandLineTool.temporaryDirectory()
        let input = directory.appendingPathComponent("binary.txt")
        try Data([0x00, 0xFF, 0xFE, 0x80]).write(to: input)
        let existing = directory.appendingPathComponent("keep.xml")
        try Data("previous content".utf8).write(to: existing)
        let result = try CommandLineTool.run(["annotate", input.path, "-o", existing.path])
        #expect(result.status == 1)
        #expect(result.standardError.split(separator: "\n").count == 1)
        #expect(try String(contentsOf: existing, encoding: .utf8) == "previous content")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["binary.txt", "keep.xml"])

        let empty = try CommandLineTool.run(["annotate"], input: Data("\n\n".utf8))
        #expect(empty.status == 1)
        #expect(empty.standardError.contains("no article text"))
        #expect(empty.standardOutput.isEmpty)
    }

    @Test("usage and I/O errors exit with 2")
    func usageErrors() throws {
        let missing = try CommandLineTool.run(["annotate", "/nonexistent/article.txt"])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("no such file"))
        let several = try CommandLineTool.run(["annotate", Repository.seedArticle.path, Repository.seedArticle.path])
        #expect(several.status == 2)
        #expect(several.standardError.contains("-o DIRECTORY"))
        let unknown = try CommandLineTool.run(["annotate", "--frobnicate"])
        #expect(unknown.status == 2)
    }

    @Test("--help on every subcommand")
    func help() throws {
        for arguments in [["--help"], ["annotate", "--help"], ["validate", "--help"], ["evaluate", "--help"]] {
            let result = try CommandLineTool.run(arguments)
            #expect(result.status == 0)
            #expect(result.standardOutput.contains("USAGE"))
        }
    }

    @Test("a misspelt command gets a suggestion and status 2; a word near no command gets none")
    func misspeltCommand() throws {
        let misspelt = try CommandLineTool.run(["anotate", "x.txt"])
        #expect(misspelt.status == 2)
        #expect(misspelt.standardError == "tei-annotator: error: unknown command 'anotate'; did you mean 'annotate'?\n")
        let unknown = try CommandLineTool.run(["frobnicate"])
        #expect(unknown.status == 2)
        #expect(!unknown.standardError.contains("did you mean"))
    }

    @Test(
        "on a terminal with no input, annotate says it is reading the terminal and how to end",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func waitingOnTheTerminal() throws {
        // `script` runs the command on a pseudo-terminal, as a user typing `tei-annotator annotate` would;
        // `timeout` ends it if the message never comes, so that the test fails rather than hangs.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "timeout 30 '\(CommandLineTool.executable.path)' annotate", "/dev/null"]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = Pipe()
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        var said = ""
        while !said.contains("Ctrl-D") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        #expect(said.contains("reading an article from the terminal: end it with Ctrl-D"))
    }
}

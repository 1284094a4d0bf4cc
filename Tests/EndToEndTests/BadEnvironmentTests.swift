import Foundation
import TEIAnnotator
import TestSupport
import Testing

/// What goes wrong around the inputs: files that cannot be read, directories where files are expected,
/// outputs that cannot be written, a full disk, a signal in the middle of a run. Each is one error line
/// naming the file and the problem and exit status 2 (130 for a signal; 1 in a corpus build, where an
/// input that cannot be read is recorded like one that cannot be annotated), and no part of a file is left.
/// A signal during a corpus build is tested in `CorpusCommandTests`.
@Suite("Bad environments through the CLI", .serialized)
struct BadEnvironmentTests {
    /// A directory the unprivileged tool may write in.
    private func writableDirectory(_ url: URL) throws -> URL {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        chmod(url.path, 0o777)
        return url
    }

    @Test("an unreadable file: one line, status 2, the other inputs written; recorded by a corpus build")
    func unreadable() throws {
        let run = try BadInputFixture()
        try run.write("locked.txt", Array(BadInputFixture.goodText.utf8))
        chmod(run.path("locked.txt"), 0)
        _ = try writableDirectory(run.output)
        let result = try run.annotate(["locked.txt"], prefix: CommandLineTool.unprivileged)
        run.expectRefused(result, ["locked.txt": "cannot be read"], status: 2)

        let corpusDirectory = try writableDirectory(run.directory.appendingPathComponent("corpus"))
        let corpus = try CommandLineTool.run(
            ["corpus", "--quiet", "--out", corpusDirectory.path, run.path("locked.txt"), run.path("good.txt")],
            prefix: CommandLineTool.unprivileged)
        #expect(corpus.status == 1)
        #expect(corpus.standardError.contains("locked.txt: cannot be read: Permission denied"))
        #expect(corpus.standardError.contains("articles: 1 "))

        let validate = try CommandLineTool.run(
            ["validate", run.path("locked.txt")], prefix: CommandLineTool.unprivileged)
        #expect(validate.status == 2)
        #expect(validate.standardOutput.contains("locked.txt: error: [io]"))

        // A read that fails after the file was opened (as on a failing disk).
        let failing = try CommandLineTool.run(["annotate", "/proc/self/mem"])
        #expect(failing.status == 2)
        #expect(failing.standardError == "tei-annotator: error: /proc/self/mem: cannot be read: Input/output error\n")
    }

    @Test("a directory where a file is expected")
    func directoryForFile() throws {
        let run = try BadInputFixture()
        try FileManager.default.createDirectory(
            at: run.directory.appendingPathComponent("story.txt"), withIntermediateDirectories: true)
        let annotate = try run.annotate(["story.txt"])
        run.expectRefused(annotate, ["story.txt": "is a directory"], status: 2)
        for arguments in [
            ["validate", "--schema", run.directory.path, run.path("good.txt")],
            ["annotate", "--model", run.directory.path, run.path("good.txt")],
            ["corpus", "stats", run.path("good.txt")],
            ["annotate", run.path("good.txt"), run.path("good.txt"), "-o", run.path("good.txt")],
        ] {
            let result = try CommandLineTool.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(BadInputFixture.errors(result).count == 1, "\(arguments): \(result.standardError)")
        }
    }

    @Test("an output directory that is not writable")
    func unwritableOutput() throws {
        let run = try BadInputFixture()
        try FileManager.default.createDirectory(at: run.output, withIntermediateDirectories: true)
        chmod(run.output.path, 0o555)
        let several = try CommandLineTool.run(
            ["annotate", run.path("good.txt"), run.path("good.txt"), "-o", run.output.path],
            prefix: CommandLineTool.unprivileged)
        #expect(several.status == 2)
        #expect(BadInputFixture.errors(several).count == 2)
        #expect(several.standardError.contains("cannot write \(run.output.path)/good.xml: cannot create a file in"))
        #expect(run.outputs.isEmpty)
        let single = try CommandLineTool.run(
            ["annotate", run.path("good.txt"), "-o", run.output.appendingPathComponent("one.xml").path],
            prefix: CommandLineTool.unprivileged)
        #expect(single.status == 2)
        #expect(BadInputFixture.errors(single).count == 1)
        let corpus = try CommandLineTool.run(
            ["corpus", "--out", run.output.appendingPathComponent("corpus").path, run.path("good.txt")],
            prefix: CommandLineTool.unprivileged)
        #expect(corpus.status == 2)
        #expect(corpus.standardError.split(separator: "\n").count == 1, "\(corpus.standardError)")
        #expect(run.outputs.isEmpty)
    }

    @Test("a full disk: standard output on /dev/full, and files past a size limit")
    func fullDisk() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        for arguments in [
            ["annotate", Repository.seedArticle.path], ["validate", "--format", "json", Repository.seedToolTEI.path],
            ["export", "--to", "conllu", Repository.seedToolTEI.path],
        ] {
            let result = try CommandLineTool.run(arguments, standardOutput: full)
            #expect(result.status == 2, "\(arguments)")
            let errors = BadInputFixture.errors(result)
            #expect(errors.count == 1 && errors[0].contains("No space left on device"), "\(result.standardError)")
        }

        // The seed's TEI (14 kB) does not fit under an 8 kB file-size limit; the small article does.
        let run = try BadInputFixture()
        try run.write("seed.txt", Repository.bytes(Repository.seedArticle))
        let limit = ["/usr/bin/prlimit", "--fsize=8192"]
        let annotate = try run.annotate(["seed.txt"], prefix: limit)
        run.expectRefused(annotate, ["seed.xml": "File too large"], status: 2)

        let corpusDirectory = run.directory.appendingPathComponent("corpus")
        let corpus = try CommandLineTool.run(
            [
                "corpus", "--quiet", "--jobs", "1", "--out", corpusDirectory.path, run.path("seed.txt"),
                run.path("good.txt"),
            ],
            prefix: limit)
        #expect(corpus.status == 2)
        #expect(BadInputFixture.errors(corpus).count == 1, "\(corpus.standardError)")
        #expect(corpus.standardError.contains("File too large"))
        let articles = try FileManager.default.contentsOfDirectory(
            atPath: corpusDirectory.appendingPathComponent("articles").path)
        #expect(!articles.contains { !$0.hasSuffix(".xml") }, "\(articles)")
        // With room on the disk, the same command finishes the corpus.
        let resumed = try CommandLineTool.run([
            "corpus", "--quiet", "--out", corpusDirectory.path, run.path("seed.txt"), run.path("good.txt"),
        ])
        #expect(resumed.status == 0, "\(resumed.standardError)")
        #expect(resumed.standardError.contains("articles: 2 "))
    }

    /// Starts `annotate` on 300 copies of the seed article and signals it once some are written.
    @Test("SIGINT and SIGTERM in the middle of annotate: status 130, whole files only", arguments: [SIGINT, SIGTERM])
    func signalDuringAnnotate(_ signal: Int32) throws {
        let run = try BadInputFixture()
        let inputs = try (0..<300).map { try run.write("story\($0).txt", Repository.bytes(Repository.seedArticle)) }
        let process = Process()
        process.executableURL = CommandLineTool.executable
        process.arguments = ["annotate", "-o", run.output.path] + inputs
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while run.outputs.count < 3 && process.isRunning && Date() < deadline { usleep(10_000) }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(message.split(separator: "\n").count == 1 && message.contains("interrupted"), "\(message)")
        #expect(run.outputs.count >= 3 && run.outputs.count < 300)
        #expect(run.outputs.allSatisfy { $0.hasSuffix(".xml") && !$0.hasPrefix(".") }, "\(run.outputs)")
        for name in run.outputs { try run.expectValidOutput(name) }
    }

    @Test("SIGTERM while a JSON Lines filter waits for input: status 130 at once, no output file")
    func signalDuringStream() throws {
        let run = try BadInputFixture()
        let destination = run.directory.appendingPathComponent("out.jsonl")
        let process = Process()
        process.executableURL = CommandLineTool.executable
        process.arguments = ["annotate", "--input-format", "jsonl", "-o", destination.path]
        let input = Pipe()
        process.standardInput = input
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(#"{"id": "s1", "text": "Joe Biden met Olaf Scholz."}"#.utf8 + [0x0A]))
        usleep(500_000)
        let start = Date()
        kill(process.processIdentifier, SIGTERM)
        // A signal that was lost would leave the filter waiting for input for ever: end it after 30 s.
        while process.isRunning && Date().timeIntervalSince(start) < 30 { usleep(10_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try input.fileHandleForWriting.close()
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(process.terminationStatus == 130)
        let left = try FileManager.default.contentsOfDirectory(atPath: run.directory.path)
        #expect(left == ["good.txt"], "\(left)")
    }
}

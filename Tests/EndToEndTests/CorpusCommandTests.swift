import Foundation
import TestSupport
import Testing

/// `tei-annotator corpus` through the built binary: exit statuses, a build killed mid-run that resumes
/// into exactly the corpus an uninterrupted build makes, merge and stats, and the JSON Lines filter
/// under GNU parallel.
@Suite(.serialized) struct CorpusCommandTests {
    /// Articles made of three paragraphs of the repository's own texts, in windows that overlap.
    static func writeArticles(count: Int, into directory: URL) throws {
        let folder = Repository.root.appendingPathComponent("Corpus/html")
        let texts = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".expected.txt") }.sorted()
            .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        let paragraphs = texts.flatMap { $0.components(separatedBy: "\n\n").filter { $0.count > 40 } }
        for index in 0..<count {
            let start = (index * 7) % max(1, paragraphs.count - 3)
            let body = paragraphs[start..<start + 3].joined(separator: "\n\n")
            let url = directory.appendingPathComponent("batch\(index % 4)/story\(index).txt")
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("Story number \(index)\n\n\(body)\n".utf8).write(to: url)
        }
    }

    /// Every file of a corpus directory with its bytes, but the writers' lock (which holds its last
    /// holder's process id).
    static func files(in directory: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for relative in try FileManager.default.subpathsOfDirectory(atPath: directory.path)
        where relative != ".tei-annotator.lock" {
            let path = directory.appendingPathComponent(relative).path
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { result[relative] = FileManager.default.contents(atPath: path) }
        }
        return result
    }

    static let environment = ["SOURCE_DATE_EPOCH": "1700000000"]

    /// Starts the tool without waiting for it.
    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = CommandLineTool.executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func run(_ arguments: [String]) throws -> CommandLineTool.Result {
        setenv("SOURCE_DATE_EPOCH", environment["SOURCE_DATE_EPOCH"]!, 1)
        return try CommandLineTool.run(arguments)
    }

    static func lineCount(_ path: String) -> Int {
        (FileManager.default.contents(atPath: path).map { $0.filter { $0 == 0x0A }.count }) ?? 0
    }

    /// The articles a build has written so far into `directory`.
    static func articleCount(_ directory: URL) -> Int {
        let names = try? FileManager.default.contentsOfDirectory(
            atPath: directory.appendingPathComponent("articles").path)
        return names?.filter { $0.hasSuffix(".xml") && !$0.hasPrefix(".") }.count ?? 0
    }

    @Test func aBuildKilledMidRunResumesIntoTheCorpusAnUninterruptedBuildMakes() throws {
        let root = try CommandLineTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = root.appendingPathComponent("in")
        try Self.writeArticles(count: 240, into: inputs)
        let reference = try Self.run(["corpus", inputs.path, "--out", root.appendingPathComponent("reference").path])
        #expect(reference.status == 0, "\(reference.standardError)")

        let killed = root.appendingPathComponent("killed")
        let process = try Self.start(["corpus", inputs.path, "--out", killed.path, "--jobs", "2"])
        let deadline = Date().addingTimeInterval(120)
        while Self.articleCount(killed) < 20 && process.isRunning && Date() < deadline { usleep(2_000) }
        #expect(process.isRunning, "the build finished before it could be killed")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(!FileManager.default.fileExists(atPath: killed.appendingPathComponent("corpus.xml").path))

        let resumed = try Self.run(["corpus", inputs.path, "--out", killed.path])
        #expect(resumed.status == 0, "\(resumed.standardError)")
        #expect(resumed.standardError.contains("up to date"))
        let expected = try Self.files(in: root.appendingPathComponent("reference"))
        let actual = try Self.files(in: killed)
        #expect(expected.count == 242)
        #expect(Set(actual.keys) == Set(expected.keys), "\(Set(actual.keys).symmetricDifference(expected.keys))")
        #expect(actual == expected)
    }

    @Test(
        "SIGINT or SIGTERM stops a build cleanly with status 130, and the same command finishes it",
        arguments: [SIGINT, SIGTERM])
    func signalStopsCleanlyAndTheNextRunFinishes(_ signal: Int32) throws {
        let root = try CommandLineTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = root.appendingPathComponent("in")
        try Self.writeArticles(count: 200, into: inputs)
        let out = root.appendingPathComponent("out")
        let process = try Self.start(["corpus", inputs.path, "--out", out.path, "--jobs", "1"])
        let manifest = out.appendingPathComponent("manifest.jsonl").path
        let deadline = Date().addingTimeInterval(120)
        while Self.articleCount(out) < 5 && process.isRunning && Date() < deadline { usleep(2_000) }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("articles").path)
            .filter { !$0.hasSuffix(".xml") }
        #expect(leftovers.isEmpty)
        let resumed = try Self.run(["corpus", inputs.path, "--out", out.path])
        #expect(resumed.status == 0, "\(resumed.standardError)")
        #expect(Self.lineCount(manifest) == 200)
    }

    @Test func exitStatusesSayWhatWentWrong() throws {
        let root = try CommandLineTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = root.appendingPathComponent("in")
        try Self.writeArticles(count: 3, into: inputs)
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3]).write(
            to: inputs.appendingPathComponent("x.txt"))
        let out = root.appendingPathComponent("out").path

        let partly = try Self.run(["corpus", inputs.path, "--out", out])
        #expect(partly.status == 1)
        #expect(partly.standardError.contains("x.txt: "))
        #expect(partly.standardError.contains("articles: 3"))

        let missing = try Self.run(["corpus", root.appendingPathComponent("nothing").path, "--out", out])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("no such file or directory"))

        let file = root.appendingPathComponent("plain-file")
        try Data("x".utf8).write(to: file)
        let unwritable = try Self.run(["corpus", inputs.path, "--out", file.path + "/sub"])
        #expect(unwritable.status == 2)
        #expect(unwritable.standardError.split(separator: "\n").count == 1)

        let badShard = try Self.run(["corpus", inputs.path, "--out", out, "--shard", "3/2"])
        #expect(badShard.status == 2)
    }

    @Test func shardsMergeAndStatsReadTheResult() throws {
        let root = try CommandLineTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = root.appendingPathComponent("in")
        try Self.writeArticles(count: 24, into: inputs)
        let whole = root.appendingPathComponent("whole").path
        #expect(try Self.run(["corpus", inputs.path, "--out", whole]).status == 0)
        for shard in ["1/2", "2/2"] {
            let out = root.appendingPathComponent("shard\(shard.prefix(1))").path
            #expect(try Self.run(["corpus", "build", inputs.path, "--out", out, "--shard", shard]).status == 0)
        }
        let merged = root.appendingPathComponent("merged")
        let merge = try Self.run([
            "corpus", "merge", root.appendingPathComponent("shard1").path, root.appendingPathComponent("shard2").path,
            "--out", merged.path,
        ])
        #expect(merge.status == 0, "\(merge.standardError)")
        #expect(try Self.files(in: merged) == Self.files(in: URL(fileURLWithPath: whole)))

        // The corpus directory validates as it is: its root with the articles it includes, and each article.
        let validation = try Self.run(["validate", merged.path, "--quiet"])
        #expect(validation.status == 0, "\(validation.standardOutput)")

        let text = try Self.run(["corpus", "stats", merged.path])
        #expect(text.status == 0)
        #expect(text.standardOutput.contains("articles: 24"))
        let csv = try Self.run(["corpus", "stats", merged.path, "--format", "csv", "--table", "articles"])
        #expect(csv.standardOutput.split(separator: "\r\n").count == 25)
        let json = try Self.run(["corpus", "stats", merged.path, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect(object?["articles"] as? Int == 24)
        let notCorpus = try Self.run(["corpus", "stats", inputs.path])
        #expect(notCorpus.status == 2)
    }

    /// The JSON Lines filter as a GNU parallel job: records in, one annotated record out per record.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/parallel")))
    func theJSONLinesFilterRunsUnderGNUParallel() throws {
        let records = (0..<8).map { index in
            #"{"id": "wire-\#(index)", "text": "Story \#(index)\n\nPresident Joe Biden met Chancellor Olaf Scholz in Berlin, officials said."}"#
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/parallel")
        process.arguments = [
            "--will-cite", "--pipe", "-N", "3", "--keep-order", "--jobs", "2", CommandLineTool.executable.path,
            "annotate", "-",
        ]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data((records.joined(separator: "\n") + "\n").utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let lines = data.split(separator: 0x0A)
        #expect(lines.count == 8)
        for (index, line) in lines.enumerated() {
            let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
            #expect(object?["id"] as? String == "wire-\(index)")
            let tei = try #require(object?["tei"] as? String)
            #expect(tei.contains("<persName") && tei.contains("Scholz"))
        }
    }
}

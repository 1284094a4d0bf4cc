import Foundation
import SequenceLabeling
import TestSupport
import Testing

/// One writer per corpus directory, through the built binary: a second writer stops with status 75 or
/// waits; builds, merges and readers at once, with `kill -9`s, lose nothing and duplicate nothing.
@Suite(.serialized) struct CorpusWritersTests {
    /// Holds a corpus directory's lock the way the tool does (`flock` on its lock file), from this process.
    final class HeldLock {
        private let descriptor: Int32

        init(directory: URL) throws {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            descriptor = open(directory.appendingPathComponent(".tei-annotator.lock").path, O_RDWR | O_CREAT, 0o644)
            #expect(descriptor >= 0 && flock(descriptor, LOCK_EX | LOCK_NB) == 0)
            let pid = Array("\(getpid())\n".utf8)
            _ = ftruncate(descriptor, 0)
            _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        }

        func release() { close(descriptor) }
    }

    @Test func aSecondWriterStopsWithStatus75OrWaitsWithWait() throws {
        let root = try CommandLineTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = root.appendingPathComponent("in")
        try CorpusCommandTests.writeArticles(count: 4, into: inputs)
        let out = root.appendingPathComponent("out")
        let lock = try HeldLock(directory: out)

        let refused = try CorpusCommandTests.run(["corpus", inputs.path, "--out", out.path])
        #expect(refused.status == 75)
        #expect(refused.standardError.contains("another build (pid \(getpid())) is writing \(out.path)"))
        #expect(refused.standardError.split(separator: "\n").count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == [".tei-annotator.lock"])

        let waiting = Process()
        waiting.executableURL = CommandLineTool.executable
        waiting.arguments = ["corpus", inputs.path, "--out", out.path, "--wait", "--quiet"]
        let errors = Pipe()
        waiting.standardError = errors
        waiting.standardOutput = FileHandle.nullDevice
        try waiting.run()
        var said = ""
        while !said.contains("waiting") {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        #expect(said.contains("waiting: another build (pid \(getpid())) is writing"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("corpus.xml").path))
        lock.release()
        waiting.waitUntilExit()
        #expect(waiting.terminationStatus == 0)
        #expect(CorpusCommandTests.articleCount(out) == 4)
    }

    @Test func twoInputsWithOneStemAreRefusedBeforeAnythingIsWritten() throws {
        let root = try CommandLineTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        for folder in ["a", "b"] {
            let url = root.appendingPathComponent("\(folder)/story.txt")
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("Story \(folder)\n\nThe mayor of Leeds opened a library.\n".utf8).write(to: url)
        }
        let out = root.appendingPathComponent("out")
        let result = try CommandLineTool.run([
            "annotate", root.appendingPathComponent("a/story.txt").path,
            root.appendingPathComponent("b/story.txt").path,
            "-o", out.path,
        ])
        #expect(result.status == 2)
        #expect(result.standardError.contains("would both be written to \(out.path)/story.xml"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func buildsMergesAndReadersAtOnceWithKillsLoseNothing() throws {
        let root = try CommandLineTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = root.appendingPathComponent("in")
        try CorpusCommandTests.writeArticles(count: 32, into: inputs)
        let batch = { (index: Int) in inputs.appendingPathComponent("batch\(index)").path }
        let out = root.appendingPathComponent("corpus")
        let side = root.appendingPathComponent("side")
        #expect(try CorpusCommandTests.run(["corpus", batch(3), "--out", side.path]).status == 0)
        let writers: [[String]] = [
            ["corpus", batch(0), "--out", out.path, "--wait", "--quiet"],
            ["corpus", batch(1), "--out", out.path, "--quiet"],
            ["corpus", inputs.path, "--out", out.path, "--wait", "--jobs", "1", "--quiet"],
            ["corpus", "merge", side.path, "--out", out.path, "--wait"],
            ["corpus", batch(2), batch(0), "--out", out.path, "--wait", "--quiet"],
            ["corpus", batch(1), "--out", out.path, "--wait", "--force", "--quiet"],
        ]
        var random = SplitMix64(seed: 20_261_202)  // fixed, so that a failing schedule of kills can be replayed
        for round in 0..<2 {
            let processes = try writers.map { try CorpusCommandTests.start($0) }
            let victims = Set((0..<2).map { _ in Int.random(in: 0..<writers.count, using: &random) })
            let killAt = Date().addingTimeInterval(Double.random(in: 0.3...2.5, using: &random))
            var killed: Set<Int> = []
            while processes.contains(where: \.isRunning) {
                if Date() >= killAt {
                    for victim in victims where processes[victim].isRunning {
                        kill(processes[victim].processIdentifier, SIGKILL)
                        killed.insert(victim)
                    }
                }
                // A reader sees a finished corpus or none, never a half-written one.
                let stats = try CorpusCommandTests.run(["corpus", "stats", out.path, "--format", "json"])
                if stats.status == 0 {
                    #expect((try? JSONSerialization.jsonObject(with: Data(stats.standardOutput.utf8))) != nil)
                } else {
                    #expect(
                        stats.status == 2 && stats.standardError.contains("is not a corpus directory"),
                        "\(stats.standardError)")
                }
            }
            for (index, process) in processes.enumerated() {
                process.waitUntilExit()
                if killed.contains(index) && process.terminationReason == .uncaughtSignal { continue }
                #expect(
                    process.terminationReason == .exit && [0, 75].contains(process.terminationStatus),
                    "round \(round): \(writers[index].joined(separator: " ")) ended with \(process.terminationStatus)")
            }
        }

        let final = try CorpusCommandTests.run(["corpus", inputs.path, "--out", out.path])
        #expect(final.status == 0, "\(final.standardError)")
        let files = try CorpusCommandTests.files(in: out)
        let expected = Set((0..<32).map { "articles/story\($0).xml" })
        #expect(Set(files.keys.filter { $0.hasPrefix("articles/") }) == expected)
        #expect(!files.keys.contains { $0.hasPrefix(".") || $0.contains("/.") }, "\(files.keys.sorted())")
        let rootText = String(decoding: files["corpus.xml"] ?? Data(), as: UTF8.self)
        let includes = rootText.components(separatedBy: "<xi:include href=\"").dropFirst().map {
            String($0.prefix { $0 != "\"" })
        }
        #expect(includes.count == 32 && Set(includes) == expected)
        let manifest = String(decoding: files["manifest.jsonl"] ?? Data(), as: UTF8.self)
        #expect(manifest.split(separator: "\n").count == 32)
        let validation = try CommandLineTool.run(["validate", out.appendingPathComponent("articles").path, "--quiet"])
        #expect(validation.status == 0, "\(validation.standardError)")
    }
}

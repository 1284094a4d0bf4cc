import ArgumentParser
import Foundation
import TEIAnnotator

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the speed of each stage and of the whole pipeline.",
        discussion: """
            Times reading, tokens, parts of speech, the entity tagger, entities with the register, quotations, \
            TEI writing, validation and annotate end to end over the given texts (plain-text files, or the \
            texts of JSON Lines files), as medians of --runs runs, on one thread. HTML pages (.html, .htm) are \
            timed through the HTML reader alone (stage "reading HTML pages"; words are those of the pages' \
            visible text). Reports words/s, MB/s, resource load times, peak memory and the hardware. Build with \
            -c release before measuring.
            """
    )

    @Argument(
        help: "Plain-text files, JSON Lines files (their \"text\" fields) or HTML pages; default: the bundled sample.")
    var inputs: [String] = []

    @Option(help: "Runs per stage; the median is reported.")
    var runs = 5

    @Option(name: .customLong("repeat"), help: "Repeat the texts this many times, for a longer measurement.")
    var repetitions = 1

    @Option(name: .customLong("stage"), help: "Time only the stages whose names contain this (repeatable).")
    var stages: [String] = []

    @Option(help: "Also time annotate end to end on this many threads (texts shared out among them).")
    var jobs = 1

    @Flag(help: "Print the results as JSON.")
    var json = false

    func run() throws {
        var texts: [String] = []
        var pages: [[UInt8]] = []
        do {
            for input in inputs {
                let bytes = try readInput(input)
                if InputFormatDetection.format(forFileName: input) == .html {
                    pages.append(bytes)
                } else if input.hasSuffix(".jsonl") {
                    texts += try GoldCorpus.read(Data(bytes), name: input).map(\.text)
                } else {
                    texts.append(String(decoding: bytes, as: UTF8.self))
                }
            }
            if texts.isEmpty {
                let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                    .deletingLastPathComponent().appendingPathComponent("Corpus/seed/000_234219daa5ff928f.txt")
                texts = [String(decoding: try readInput(sample.path), as: UTF8.self)]
            }
        } catch {
            report("error: \(error)")
            throw ExitCode(Exit.usage)
        }
        let result = try PipelineBenchmark(
            texts: Array(repeating: texts, count: max(1, repetitions)).flatMap { $0 },
            pages: Array(repeating: pages, count: max(1, repetitions)).flatMap { $0 }, runs: runs,
            only: stages, jobs: jobs
        ).run()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(result), as: UTF8.self))
            return
        }
        print("hardware: \(result.hardware)")
        print(
            "input: \(result.texts) texts, \(result.words) words, \(result.bytes) bytes; median of \(result.runs) runs")
        for (name, seconds) in result.loadSeconds.sorted(by: { $0.key < $1.key }) {
            print("load \(name): \(String(format: "%.1f", seconds * 1000)) ms")
        }
        print(
            "stage".padding(toLength: 42, withPad: " ", startingAt: 0)
                + "seconds      words/s     MB/s  fastest s  cpu s")
        for stage in result.stages {
            print(
                stage.name.padding(toLength: 42, withPad: " ", startingAt: 0)
                    + String(
                        format: "%7.3f %12.0f %8.2f %10.3f %6.3f", stage.seconds, stage.wordsPerSecond,
                        stage.megabytesPerSecond, stage.fastestSeconds, stage.cpuSeconds))
        }
        print("peak memory: \(String(format: "%.0f", result.peakMemoryMegabytes)) MB")
    }
}

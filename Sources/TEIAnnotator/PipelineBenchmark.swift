import ArticleReading
import EntityRecognition
import Foundation
import LanguageIdentification
import LibXML
import PartOfSpeech
import QuotationDetection
import SequenceLabeling
import TEIValidation
import TEIWriting
import Tokenization

/// Times each stage of the pipeline, and the whole, over a set of texts, as medians of several runs.
public struct PipelineBenchmark: Sendable {
    /// One stage's result.
    public struct Stage: Sendable, Encodable {
        public var name: String
        /// Median wall-clock seconds for all texts.
        public var seconds: Double
        public var wordsPerSecond: Double
        public var megabytesPerSecond: Double
        /// The fastest run's seconds (on a busy machine, the least disturbed).
        public var fastestSeconds: Double
        /// Median processor time of the measuring thread (all threads for a parallel stage): on a
        /// machine shared with other work, the time the stage itself ran.
        public var cpuSeconds: Double
    }

    /// Everything measured.
    public struct Result: Sendable, Encodable {
        public var texts: Int
        public var words: Int
        public var bytes: Int
        public var runs: Int
        /// Seconds to load each resource the first time in this process.
        public var loadSeconds: [String: Double]
        public var stages: [Stage]
        public var peakMemoryMegabytes: Double
        public var hardware: String
    }

    public let texts: [String]
    /// HTML pages, timed through the HTML reader alone (stage "reading HTML pages").
    public let pages: [[UInt8]]
    public let runs: Int
    /// Only the stages whose names contain one of these (all when empty).
    public let only: [String]

    /// Threads for the parallel end-to-end stage (measured when more than one).
    public let jobs: Int

    public init(texts: [String], pages: [[UInt8]] = [], runs: Int, only: [String] = [], jobs: Int = 1) {
        self.texts = texts
        self.pages = pages
        self.runs = max(1, runs)
        self.only = only
        self.jobs = max(1, jobs)
    }

    /// Counts failures from several threads.
    private final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        var count: Int { lock.withLock { value } }
        func add() { lock.withLock { value += 1 } }
    }

    public func run() throws -> Result {
        var load: [String: Double] = [:]
        func timed<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            defer { load[name] = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
            return try body()
        }
        let gazetteers = try timed("gazetteers") { try Gazetteers.bundled }
        let english = try timed("English lexicon") { try EnglishLexicon.bundled }
        let analyzer = try timed("part-of-speech model") { try LinguisticAnalyzer.bundled }
        let model = try timed("entity model") { try EntityRecognizer.bundledModel }
        let speakerModel = try timed("speaker model") { try SpeakerModel.bundled }
        let validator = try timed("project schema") { try TEIValidator.projectSchema() }
        let annotator = try Annotator()

        let reader = PlainTextReader()
        let tokenizer = Tokenizer()
        let tagger = StatisticalTagger(model: model, gazetteers: gazetteers, english: english)
        let recognizer = EntityRecognizer(gazetteers: gazetteers, english: english, model: model)
        let quotations = QuotationDetector(gazetteers: gazetteers, model: speakerModel)
        let writer = TEIWriter(application: .init(ident: Annotator.ident, version: Annotator.version, summary: ""))

        // Inputs of each stage, computed once, and only for the stages measured.
        let (partsOfSpeechStage, taggerStage, entitiesStage, quotationsStage, writingStage, validationStage) = (
            "parts of speech and lemmas", "entity tagger alone", "entities with register", "quotations",
            "TEI writing", "validation (project schema)"
        )
        func wanted(_ stages: String...) -> Bool {
            only.isEmpty || stages.contains { stage in only.contains { stage.contains($0) } }
        }
        let articles = try texts.enumerated().map { try reader.read(text: $1, id: "a\($0)") }
        let segmentations =
            wanted(partsOfSpeechStage, taggerStage, entitiesStage, quotationsStage)
            ? articles.map(tokenizer.segment) : []
        let analyses =
            wanted(taggerStage, entitiesStage, quotationsStage)
            ? zip(articles, segmentations).map { analyzer.analyze($0, $1) } : []
        let found =
            wanted(quotationsStage)
            ? articles.indices.map { recognizer.recognize(articles[$0], segmentations[$0], analyses[$0]) } : []
        let annotated = wanted(writingStage, validationStage) ? articles.map { annotator.annotate($0) } : []
        let teis = wanted(validationStage) ? try annotated.map { try writer.serialize($0) } : []
        let words = texts.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        var stages: [Stage] = []
        func measure(_ name: String, words: Int = words, bytes: Int = bytes, _ body: () throws -> Void) rethrows {
            guard only.isEmpty || only.contains(where: { name.contains($0) }) else { return }
            var samples: [Double] = []
            var cpu: [Double] = []
            let clock = name.contains("threads") ? CLOCK_PROCESS_CPUTIME_ID : CLOCK_THREAD_CPUTIME_ID
            for _ in 0..<runs {
                let cpuStart = Self.cpuSeconds(clock)
                let start = DispatchTime.now().uptimeNanoseconds
                try body()
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                cpu.append(Self.cpuSeconds(clock) - cpuStart)
            }
            let median = samples.sorted()[samples.count / 2]
            stages.append(
                Stage(
                    name: name, seconds: median, wordsPerSecond: Double(words) / median,
                    megabytesPerSecond: Double(bytes) / 1_048_576 / median, fastestSeconds: samples.min()!,
                    cpuSeconds: cpu.sorted()[cpu.count / 2]))
        }
        try measure("reading and cleaning") {
            for (index, text) in texts.enumerated() { _ = try reader.read(text: text, id: "a\(index)") }
        }
        if !pages.isEmpty {
            let html = HTMLReader()
            var pageWords = 0
            for (index, page) in pages.enumerated() {
                pageWords += try html.read(bytes: page, id: "p\(index)").text.split(whereSeparator: \.isWhitespace)
                    .count
            }
            try measure("reading HTML pages", words: pageWords, bytes: pages.reduce(0) { $0 + $1.count }) {
                for (index, page) in pages.enumerated() { _ = try html.read(bytes: page, id: "p\(index)") }
            }
        }
        let languageIdentifier = LanguageIdentifier()
        measure("language") { for article in articles { _ = languageIdentifier.identify(article.text) } }
        measure("tokens and sentences") { for article in articles { _ = tokenizer.segment(article) } }
        measure(partsOfSpeechStage) {
            for index in articles.indices { _ = analyzer.analyze(articles[index], segmentations[index]) }
        }
        measure(taggerStage) {
            for index in articles.indices { _ = tagger.tag(articles[index], segmentations[index], analyses[index]) }
        }
        measure(entitiesStage) {
            for index in articles.indices {
                _ = recognizer.recognize(articles[index], segmentations[index], analyses[index])
            }
        }
        measure(quotationsStage) {
            for index in articles.indices {
                _ = quotations.detect(
                    in: articles[index], segmentation: segmentations[index], analyses: analyses[index],
                    mentions: found[index].mentions, register: found[index].register)
            }
        }
        try measure(writingStage) { for item in annotated { _ = try writer.serialize(item) } }
        measure(validationStage) {
            for (index, tei) in teis.enumerated() { _ = validator.validate(bytes: tei, file: "\(index)") }
        }
        try measure("annotate end to end (read → TEI bytes)") {
            for (index, text) in texts.enumerated() {
                _ = try annotator.tei(try annotator.annotate(bytes: Array(text.utf8), id: "a\(index)"))
            }
        }
        if jobs > 1 {
            // The same, the texts shared out over `jobs` threads (one annotator, shared).
            let batches = (0..<jobs).map { job in Array(stride(from: job, to: texts.count, by: jobs)) }
            let failures = Failures()
            measure("annotate end to end, \(jobs) threads") {
                DispatchQueue.concurrentPerform(iterations: jobs) { job in
                    for index in batches[job] {
                        do {
                            _ = try annotator.tei(
                                try annotator.annotate(bytes: Array(texts[index].utf8), id: "a\(index)"))
                        } catch {
                            failures.add()
                        }
                    }
                }
            }
            if failures.count > 0 { throw AnnotatorError.resources("\(failures.count) texts failed in threads") }
        }
        return Result(
            texts: texts.count, words: words, bytes: bytes, runs: runs, loadSeconds: load, stages: stages,
            peakMemoryMegabytes: Self.peakMemoryMegabytes(), hardware: Self.hardware())
    }

    /// Processor seconds on `clock` (a thread's or the process's).
    static func cpuSeconds(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The process's peak resident memory.
    static func peakMemoryMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
    }

    /// The processor model and the number of cores, as Linux reports them.
    static func hardware() -> String {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model =
            cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
            ?? "unknown CPU"
        return "\(model), \(ProcessInfo.processInfo.activeProcessorCount) cores, "
            + "\(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB"
    }
}

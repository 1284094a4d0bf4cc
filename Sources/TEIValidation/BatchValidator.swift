import Foundation

/// Validates many files on several threads with one shared schema, with a time limit per document.
///
/// libxml2 calls cannot be interrupted, so a document that takes too long cannot be stopped. Two
/// designs were possible: a pool of child processes (each compiling the schema — five seconds for
/// `tei_all.rng` — and recompiling after every kill) or worker threads sharing one compiled schema
/// with a watchdog. This is the second: the thread that supervises the run reports a document that
/// exceeds the limit as a timeout error, starts a fresh worker in its place, and goes on; the stuck
/// thread is abandoned (it keeps its core and its memory, bounded by the parser limits, until it
/// finishes or the process ends) and its late result is dropped. Such a thread may still be inside
/// libxml2 when the run returns, so a command-line tool ends with `_exit` rather than running
/// exit-time clean-up (libxml2's included) under it.
public struct BatchValidator: Sendable {
    public let validator: TEIValidator
    /// How many documents are validated at once.
    public let jobs: Int
    /// The longest one document may take; nil for no limit.
    public let timeLimit: Duration?

    public init(validator: TEIValidator, jobs: Int, timeLimit: Duration?) {
        self.validator = validator
        self.jobs = max(1, jobs)
        self.timeLimit = timeLimit
    }

    /// Validates `files` and hands each report to `report` on the calling thread, in the order of `files`.
    public func run(_ files: [String], report: (ValidationReport) -> Void) {
        validator.prepare(forFiles: files)
        let state = BatchState(count: files.count)
        let limit = timeLimit.map { Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18 }
        for _ in 0..<min(jobs, files.count) { startWorker(state: state, files: files) }
        var emitted = 0
        while emitted < files.count {
            let (ready, expired) = state.waitForProgress(from: emitted, limit: limit)
            for index in expired {
                state.abandon(index, with: timeoutReport(files[index], limit: limit ?? 0))
                startWorker(state: state, files: files)
            }
            for result in ready { report(result) }
            emitted += ready.count
        }
        state.finish()
    }

    private func startWorker(state: BatchState, files: [String]) {
        let validator = validator
        let thread = Thread {
            while let (worker, index) = state.nextDocument() {
                let result = validator.validate(fileAt: files[index])
                guard state.complete(index, worker: worker, with: result) else { return }
            }
        }
        // libxml2 recurses over the tree; give it room beyond the default secondary-thread stack.
        thread.stackSize = 16 << 20
        thread.start()
    }

    private func timeoutReport(_ file: String, limit: Double) -> ValidationReport {
        ValidationReport(
            file: file,
            diagnostics: [
                TEIDiagnostic(
                    file: file, line: nil, severity: .error, kind: .timeout,
                    message:
                        "validation took longer than \(limit.formatted(.number.precision(.fractionLength(0...3)))) s and was abandoned"
                )
            ])
    }
}

/// The shared bookkeeping of one run, guarded by one condition lock.
private final class BatchState: @unchecked Sendable {
    // Safety of @unchecked Sendable: every stored property is read and written under `condition`.
    private let condition = NSCondition()
    private let count: Int
    private var next = 0
    private var nextWorker = 0
    private var results: [Int: ValidationReport] = [:]
    /// Document index → (worker, start time) for documents being validated.
    private var running: [Int: (worker: Int, start: Date)] = [:]
    private var abandoned: Set<Int> = []
    private var finished = false

    init(count: Int) { self.count = count }

    /// The next document for a worker, or nil when there is none left.
    func nextDocument() -> (worker: Int, index: Int)? {
        condition.lock()
        defer { condition.unlock() }
        guard next < count, !finished else { return nil }
        let index = next
        next += 1
        nextWorker += 1
        running[index] = (nextWorker, Date())
        return (nextWorker, index)
    }

    /// Records a result; false when the document was abandoned meanwhile, so its worker must stop.
    func complete(_ index: Int, worker: Int, with report: ValidationReport) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard running[index]?.worker == worker else { return false }
        running[index] = nil
        results[index] = report
        condition.signal()
        return true
    }

    func abandon(_ index: Int, with report: ValidationReport) {
        condition.lock()
        defer { condition.unlock() }
        running[index] = nil
        abandoned.insert(index)
        results[index] = report
    }

    /// Waits until the report at `from` is ready or a document outlives `limit`; returns the reports
    /// ready in order from `from`, and the documents that expired.
    func waitForProgress(from: Int, limit: Double?) -> (ready: [ValidationReport], expired: [Int]) {
        condition.lock()
        defer { condition.unlock() }
        while true {
            var ready: [ValidationReport] = []
            var index = from
            while let result = results.removeValue(forKey: index) {
                ready.append(result)
                index += 1
            }
            let now = Date()
            let expired =
                limit.map { limit in
                    running.filter { now.timeIntervalSince($0.value.start) > limit }.map(\.key).sorted()
                } ?? []
            if !ready.isEmpty || !expired.isEmpty { return (ready, expired) }
            let wake = limit.flatMap { limit in running.values.map { $0.start.addingTimeInterval(limit) }.min() }
            _ = condition.wait(until: min(wake ?? .distantFuture, now.addingTimeInterval(1)))
        }
    }

    func finish() {
        condition.lock()
        finished = true
        condition.unlock()
    }
}

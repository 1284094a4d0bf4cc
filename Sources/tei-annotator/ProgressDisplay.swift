import CorpusBuilding
import Foundation

/// Shows a corpus build's progress on standard error: a bar redrawn in place on a terminal, plain
/// lines every ten seconds otherwise (a log file, a batch job).
final class ProgressDisplay: @unchecked Sendable {
    private let enabled: Bool
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var lastShown = -Double.infinity
    private var drawn = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func update(_ progress: CorpusProgress) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let interval = isTerminal ? 0.2 : 10
        guard progress.seconds - lastShown >= interval || progress.done == progress.total else { return }
        lastShown = progress.seconds
        let line = Self.describe(progress)
        if isTerminal {
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + Self.bar(progress) + " " + line).utf8))
            drawn = true
        } else {
            FileHandle.standardError.write(Data(("tei-annotator: corpus: " + line + "\n").utf8))
        }
    }

    /// Ends the bar's line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
        drawn = false
    }

    static func describe(_ progress: CorpusProgress) -> String {
        let rate = progress.seconds > 0 ? Double(progress.words) / progress.seconds : 0
        let annotatedRate = progress.seconds > 0 ? Double(progress.annotated) / progress.seconds : 0
        let remaining = max(0, progress.total - progress.done)
        let eta = annotatedRate > 0 ? Double(remaining) / annotatedRate : nil
        var text = "\(progress.done)/\(progress.total) articles"
        if progress.upToDate > 0 { text += " (\(progress.upToDate) up to date)" }
        if progress.failed > 0 { text += ", \(progress.failed) failed" }
        text += String(format: ", %.0f words/s", rate)
        if let eta { text += ", ETA " + duration(eta) }
        return text
    }

    static func bar(_ progress: CorpusProgress, width: Int = 24) -> String {
        let fraction = progress.total > 0 ? min(1, Double(progress.done) / Double(progress.total)) : 0
        let filled = Int(fraction * Double(width))
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
    }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return total >= 3600
            ? String(format: "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
            : String(format: "%d:%02d", total / 60, total % 60)
    }
}

/// Turns SIGINT and SIGTERM into a call of `handler` (once), so that a build can stop cleanly;
/// a second signal ends the process at once.
final class SignalForwarding: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []

    init(_ handler: @escaping @Sendable () -> Void) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                handler()
                signal(number, SIG_DFL)
            }
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }
}

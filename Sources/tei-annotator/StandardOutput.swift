import Foundation
import TEIAnnotator

#if canImport(Glibc)
    import Glibc
#endif

/// Standard output, written so that a full disk or a failing device is one error line and exit
/// status 2 rather than a crash (Foundation's non-throwing `FileHandle.write(_:)` stops the process
/// when a write fails) or a silent loss (`print` ignores write errors).
enum StandardOutput {
    /// Writes `bytes` after what `print` has buffered.
    static func write(_ bytes: [UInt8]) throws(OutputError) {
        try flush()
        if let reason = AtomicFile.writeAll(bytes, to: STDOUT_FILENO) { throw OutputError(reason: reason) }
    }

    /// Flushes what `print` has buffered; throws when that fails (the C library keeps what it could
    /// not write, so an earlier failure shows here too).
    static func flush() throws(OutputError) {
        errno = 0
        if fflush(nil) != 0 {
            throw OutputError(reason: errno == 0 ? "a write failed" : String(cString: strerror(errno)))
        }
    }
}

/// Standard output could not be written.
struct OutputError: Error, CustomStringConvertible {
    var reason: String
    var description: String { "cannot write to standard output: \(reason)" }
}

/// Reads a file or standard input through its descriptor, so that a read error is an error line
/// (Foundation's `availableData` and `readDataToEndOfFile()` stop the process when a read fails).
struct InputReader {
    let handle: FileHandle
    /// The name errors give: the path, or `stdin`.
    let name: String

    /// What is available now, at most 64 KiB, waiting for at least one byte; empty at the end.
    /// - Throws: ``InputError``, or ``Interrupted`` when SIGINT or SIGTERM came while it waited.
    func chunk() throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            // Wait in short steps, so that a signal stops a filter whose input has gone quiet.
            var waiting = pollfd(fd: handle.fileDescriptor, events: Int16(POLLIN), revents: 0)
            if poll(&waiting, 1, 200) == 0 {
                if Interruption.shared.isRequested { throw Interrupted() }
                continue
            }
            let count = buffer.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
            if count >= 0 { return Array(buffer.prefix(count)) }
            if errno != EINTR {
                throw InputError(path: name, reason: "cannot be read: " + String(cString: strerror(errno)))
            }
        }
    }

    /// Everything up to the end.
    func all() throws -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let next = try chunk()
            if next.isEmpty { return bytes }
            bytes += next
        }
    }
}

/// Whether SIGINT or SIGTERM asked the command to stop (see ``SignalForwarding``); commands stop at
/// the next input or record, so that no file is left half written.
final class Interruption: @unchecked Sendable {
    static let shared = Interruption()
    private let lock = NSLock()
    private var requested = false

    var isRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return requested
    }

    func request() {
        lock.lock()
        requested = true
        lock.unlock()
    }
}

/// The command stopped at SIGINT or SIGTERM.
struct Interrupted: Error, CustomStringConvertible {
    var description: String { "interrupted" }
}

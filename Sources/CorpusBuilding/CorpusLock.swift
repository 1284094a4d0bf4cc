import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a writer does when another process holds a corpus directory's lock.
public enum LockContention: Sendable {
    /// Fail at once with ``CorpusError/locked(_:holder:)``.
    case refuse
    /// Wait until the holder is done; `notify` is called once, with the holder's process id when known,
    /// before waiting.
    case wait(notify: @Sendable (_ holder: Int32?) -> Void)
}

/// The one-writer lock of a corpus directory: an exclusive `flock` on `DIR/.tei-annotator.lock`,
/// held from before a build or merge touches the directory until it has finished. The kernel releases
/// it when its holder exits, however it exits (`kill -9` included), so a lock is never left stale. The
/// file holds the holder's process id, for messages; it is never removed (removing a lock file while
/// others wait on it would let two writers in).
final class CorpusLock {
    static let fileName = ".tei-annotator.lock"
    private let descriptor: Int32

    /// Takes the lock of `directory`, creating the directory if needed.
    /// - Throws: ``CorpusError/locked(_:holder:)`` when another process holds it and `contention` is
    ///   `.refuse`; ``CorpusError/cannotWrite(_:_:)`` when the directory or the lock file cannot be made.
    init(directory: String, contention: LockContention) throws(CorpusError) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(directory, CorpusError.reason(of: error))
        }
        let path = directory + "/" + Self.fileName
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path, String(cString: strerror(errno))) }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw .cannotWrite(path, reason)
            }
            let holder = Self.holder(descriptor)
            guard case .wait(let notify) = contention else {
                close(descriptor)
                throw .locked(directory, holder: holder)
            }
            notify(holder)
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let reason = String(cString: strerror(errno))
                    close(descriptor)
                    throw .cannotWrite(path, reason)
                }
            }
        }
        self.descriptor = descriptor
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    deinit {
        close(descriptor)
    }

    /// The process id the holder wrote into the lock file, if it has written one yet.
    private static func holder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 16)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

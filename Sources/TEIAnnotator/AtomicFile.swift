import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes files so that readers see either the old file or the complete new one, never a part.
public enum AtomicFile {
    /// Writes `bytes` to a temporary file in the destination's directory, flushes it to the disk, then
    /// renames it over `path`. On failure (a full disk, a file-size limit, a directory that is not
    /// writable) the temporary file is removed, `path` is untouched, and the error says why.
    public static func write(_ bytes: [UInt8], to path: String) throws(AtomicFileError) {
        let destination = URL(fileURLWithPath: path)
        let directory = destination.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .cannotCreate(path: path, reason: "cannot create a file in \(directory.path): \(errorMessage())")
        }
        var failure: String?
        if let reason = writeAll(bytes, to: descriptor) {
            failure = reason
        } else if fsync(descriptor) != 0 {
            failure = errorMessage()
        }
        if close(descriptor) != 0 && failure == nil { failure = errorMessage() }
        if failure == nil && rename(temporary.path, destination.path) != 0 { failure = errorMessage() }
        if let failure {
            unlink(temporary.path)
            throw .cannotCreate(path: path, reason: failure)
        }
    }

    /// Writes all of `bytes` to a file descriptor; the reason when a write fails.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return errorMessage()
            }
            written += count
        }
        return nil
    }

    private static func errorMessage() -> String { String(cString: strerror(errno)) }
}

/// Why a file could not be written.
public enum AtomicFileError: Error, Sendable, CustomStringConvertible {
    case cannotCreate(path: String, reason: String)

    /// Why, without the path.
    public var reason: String {
        switch self {
        case .cannotCreate(_, let reason): reason
        }
    }

    public var description: String {
        switch self {
        case .cannotCreate(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}

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
        let stream = try AtomicFileStream(path: path)
        try stream.write(bytes)
        try stream.commit()
    }

    /// A new name for a temporary file beside `path`, hidden and ending in `.tmp`
    /// (`.corpus.xml.<UUID>.tmp`), so that what a killed process left behind can be recognised.
    public static func temporaryPath(beside path: String) -> String {
        let destination = URL(fileURLWithPath: path)
        return destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp").path
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

    fileprivate static func errorMessage() -> String { String(cString: strerror(errno)) }
}

/// A file written piece by piece that appears at its path whole or not at all: the pieces go to a
/// temporary file beside it, which ``commit()`` flushes to the disk and renames over the path. A
/// stream released without a commit removes its temporary file, and the path stays as it was.
public final class AtomicFileStream {
    /// Where the file appears on ``commit()``.
    public let path: String
    /// The temporary file, for writers that take a handle.
    public let handle: FileHandle
    private let temporary: String
    private var isFinished = false

    /// Creates the temporary file; throws when the directory does not let it be created.
    public init(path: String) throws(AtomicFileError) {
        temporary = AtomicFile.temporaryPath(beside: path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            throw .cannotCreate(
                path: path, reason: "cannot create a file in \(directory): \(AtomicFile.errorMessage())")
        }
        self.path = path
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
    }

    /// Appends `bytes`.
    public func write(_ bytes: [UInt8]) throws(AtomicFileError) {
        if let reason = AtomicFile.writeAll(bytes, to: handle.fileDescriptor) {
            throw .cannotCreate(path: path, reason: reason)
        }
    }

    /// Flushes the file to the disk and renames it over ``path``; on failure (a full disk, a file-size
    /// limit) the temporary file is removed and ``path`` is untouched.
    public func commit() throws(AtomicFileError) {
        isFinished = true
        var failure: String?
        if fsync(handle.fileDescriptor) != 0 { failure = AtomicFile.errorMessage() }
        if close(handle.fileDescriptor) != 0 && failure == nil { failure = AtomicFile.errorMessage() }
        if failure == nil && rename(temporary, path) != 0 { failure = AtomicFile.errorMessage() }
        if let failure {
            unlink(temporary)
            throw .cannotCreate(path: path, reason: failure)
        }
    }

    deinit {
        guard !isFinished else { return }
        close(handle.fileDescriptor)
        unlink(temporary)
    }
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

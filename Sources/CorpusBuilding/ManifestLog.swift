import Foundation

/// The manifest of a corpus directory (`manifest.jsonl`): one JSON record per line, appended as each
/// input is done, so that a build killed at any moment loses at most the line being written. When
/// an input appears more than once, its last record counts. A build ends by rewriting the manifest
/// compactly: one record per current input, in corpus order.
public final class ManifestLog: @unchecked Sendable {
    /// The last record of each input in the log, with where its line is.
    public struct Entry: Sendable {
        public var record: ManifestRecord
        /// The byte offset and length of the record's line in the log file.
        public var offset: UInt64
        public var length: Int
    }

    public let path: String
    private let lock = NSLock()
    private var handle: FileHandle?
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    public init(path: String) {
        self.path = path
    }

    deinit {
        try? handle?.close()
    }

    /// The last record of every input in the log; lines that are not records (a line cut short by a
    /// crash) are skipped. Records are read one line at a time and only their summary fields kept,
    /// so memory grows with the number of inputs, not with their register entries.
    public func load() throws(CorpusError) -> [CorpusItemKey: Entry] {
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(path, "cannot be read") }
        defer { try? handle.close() }
        return load(from: handle)
    }

    /// The same, read through `handle` (open on the log at its start): full records read later through
    /// the same handle come from the same file, even when the log has been replaced meanwhile.
    func load(from handle: FileHandle) -> [CorpusItemKey: Entry] {
        var entries: [CorpusItemKey: Entry] = [:]
        var lines = LineReader(handle: handle)
        while let line = lines.next() {
            guard var record = Self.decode(line.bytes) else { continue }
            record.entities = []
            entries[record.key] = Entry(record: record, offset: line.offset, length: line.bytes.count)
        }
        return entries
    }

    /// The full record (with its entities) of `entry`, read back from the log.
    public func fullRecord(_ entry: Entry) throws(CorpusError) -> ManifestRecord {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(path, "cannot be read") }
        defer { try? handle.close() }
        return try fullRecord(entry, from: handle)
    }

    func fullRecord(_ entry: Entry, from handle: FileHandle) throws(CorpusError) -> ManifestRecord {
        do {
            try handle.seek(toOffset: entry.offset)
            let data = try handle.read(upToCount: entry.length) ?? Data()
            guard let record = Self.decode([UInt8](data)) else {
                throw CorpusError.unreadable(path, "changed while read")
            }
            return record
        } catch let error as CorpusError {
            throw error
        } catch {
            throw .unreadable(path, CorpusError.reason(of: error))
        }
    }

    /// Appends a record as one line; safe to call from several threads.
    public func append(_ record: ManifestRecord) throws(CorpusError) {
        let line = try Self.encode(record)
        lock.lock()
        defer { lock.unlock() }
        do {
            let handle = try openForAppending()
            try handle.write(contentsOf: line)
        } catch let error as CorpusError {
            throw error
        } catch {
            throw .cannotWrite(path, CorpusError.reason(of: error))
        }
    }

    /// Closes the log for appending (before it is rewritten).
    public func close() {
        lock.lock()
        defer { lock.unlock() }
        try? handle?.close()
        handle = nil
    }

    private func openForAppending() throws -> FileHandle {
        if let handle { return handle }
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CorpusError.cannotWrite(path, "cannot create the manifest")
            }
        }
        guard let opened = FileHandle(forUpdatingAtPath: path) else {
            throw CorpusError.cannotWrite(path, "cannot open the manifest")
        }
        let end = try opened.seekToEnd()
        if end > 0 {
            // A crash may have cut the last line short: start on a fresh line.
            try opened.seek(toOffset: end - 1)
            if try opened.read(upToCount: 1) != Data([0x0A]) { try opened.write(contentsOf: [0x0A]) }
        }
        handle = opened
        return opened
    }

    /// One encoded record (a line of the log).
    static func encode(_ record: ManifestRecord) throws(CorpusError) -> [UInt8] {
        do {
            return [UInt8](try encoder.encode(record)) + [0x0A]
        } catch {
            throw .cannotWrite("manifest", CorpusError.reason(of: error))
        }
    }

    static func decode(_ line: [UInt8]) -> ManifestRecord? {
        try? JSONDecoder().decode(ManifestRecord.self, from: Data(line))
    }
}

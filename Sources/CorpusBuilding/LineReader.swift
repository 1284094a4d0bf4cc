import Foundation

/// Reads a file line by line in 64 KiB chunks, so that a file of any size is never held whole.
/// Lines are split at `\n`; a `\r` before it is kept (the JSON reader ignores it).
struct LineReader {
    struct Line {
        var bytes: [UInt8]
        /// Where the line starts in the file.
        var offset: UInt64
        /// 1-based line number.
        var number: Int
    }

    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where to go on looking for the next `\n` (everything before it has been searched).
    private var searched = 0
    private var bufferOffset: UInt64 = 0
    private var number = 0
    private var atEnd = false

    init(handle: FileHandle) {
        self.handle = handle
    }

    /// The next line, without its `\n`; nil at the end of the file. A last line without `\n` counts.
    mutating func next() -> Line? {
        while true {
            if let newline = buffer[max(start, searched)...].firstIndex(of: 0x0A) {
                let line = Line(
                    bytes: Array(buffer[start..<newline]), offset: bufferOffset + UInt64(start), number: number + 1)
                number += 1
                start = newline + 1
                searched = start
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Line(
                    bytes: Array(buffer[start...]), offset: bufferOffset + UInt64(start), number: number + 1)
                number += 1
                start = buffer.count
                return line
            }
            bufferOffset += UInt64(start)
            buffer.removeFirst(start)
            start = 0
            searched = buffer.count
            let chunk = (try? handle.read(upToCount: 1 << 16)) ?? nil
            if let chunk, !chunk.isEmpty { buffer += chunk } else { atEnd = true }
        }
    }
}

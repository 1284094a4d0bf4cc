import Foundation

/// Reads the tab-separated data files the taggers ship with, fast: lines starting with `#` are
/// comments, and each other line is handed over as its fields, read straight from the file's bytes.
public enum TabSeparatedFile {
    /// The fields of one line: byte ranges into the file, turned into values on demand.
    public struct Row {
        let bytes: UnsafeBufferPointer<UInt8>
        /// Views of the reader's scratch arrays, valid during the call that hands the row over.
        let starts: UnsafeBufferPointer<Int>
        let ends: UnsafeBufferPointer<Int>

        public var count: Int { starts.count }

        /// Field `index` as a string.
        public func string(_ index: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[starts[index]..<ends[index]]), as: UTF8.self)
        }

        /// Field `index` as a non-negative decimal integer, or nil when it is empty or not one.
        public func integer(_ index: Int) -> Int? {
            guard starts[index] < ends[index] else { return nil }
            var value = 0
            for position in starts[index]..<ends[index] {
                let byte = bytes[position]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value &* 10 &+ Int(byte - 0x30)
            }
            return value
        }

        /// FNV-1a of field `index`'s bytes (the key ``FeatureHashing`` would give the same text).
        public func key(_ index: Int) -> UInt64 {
            var hash = FeatureHashing.offset
            for position in starts[index]..<ends[index] { hash = FeatureHashing.byte(hash, bytes[position]) }
            return hash
        }

        /// Whether field `index` is empty.
        public func isEmpty(_ index: Int) -> Bool { starts[index] == ends[index] }
    }

    /// Calls `body` with every row; a row with fewer than `columns` fields stops the reading with
    /// the line number (1-based) of the row.
    public static func forEachRow(
        in data: Data, columns: Int, _ body: (Row) throws -> Void
    ) throws -> Int? {
        try data.withUnsafeBytes { raw -> Int? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineStart = 0
            var lineNumber = 0
            // Field bounds of the current line, reused line after line.
            var starts = [Int](repeating: 0, count: max(columns, 8))
            var ends = starts
            while lineStart < bytes.count {
                lineNumber += 1
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                guard lineEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") else { continue }
                var fields = 0
                var fieldStart = lineStart
                for position in lineStart...lineEnd where position == lineEnd || bytes[position] == 0x09 {
                    if fields == starts.count {
                        starts += starts
                        ends += ends
                    }
                    starts[fields] = fieldStart
                    ends[fields] = position
                    fields += 1
                    fieldStart = position + 1
                }
                guard fields >= columns else { return lineNumber }
                try starts.withUnsafeBufferPointer { starts in
                    try ends.withUnsafeBufferPointer { ends in
                        try body(
                            Row(
                                bytes: bytes, starts: UnsafeBufferPointer(rebasing: starts[..<fields]),
                                ends: UnsafeBufferPointer(rebasing: ends[..<fields])))
                    }
                }
            }
            return nil
        }
    }
}

/// Comparisons on UTF-8 bytes, for the noise rules' many tests of every short line against fixed
/// phrases: byte for byte (no Unicode equivalence, which the phrases, nearly all ASCII, do not need),
/// without the cost of comparing by `Character` or of bridging to Foundation.
extension StringProtocol {
    /// Whether the text starts with `prefix`'s bytes.
    func hasBytePrefix(_ prefix: String) -> Bool {
        var prefix = prefix
        return prefix.withUTF8 { prefix in
            utf8.withContiguousStorageIfAvailable { text in
                guard text.count >= prefix.count else { return false }
                for index in 0..<prefix.count where text[index] != prefix[index] { return false }
                return true
            } ?? utf8.starts(with: prefix)
        }
    }

    /// Whether the text ends with `suffix`'s bytes.
    func hasByteSuffix(_ suffix: String) -> Bool {
        let count = suffix.utf8.count
        return utf8.count >= count && utf8.suffix(count).elementsEqual(suffix.utf8)
    }

    /// Whether the text holds `needle`'s bytes.
    func containsBytes(_ needle: String) -> Bool { byteRange(of: needle) != nil }

    /// Where `needle`'s bytes first occur in the text (it starts and ends on a Unicode scalar boundary
    /// when `needle` starts and ends with whole scalars, as every valid string does).
    func byteRange(of needle: String) -> Range<Index>? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return startIndex..<startIndex }
        let offset: Int? =
            utf8.withContiguousStorageIfAvailable { Self.firstOffset(of: pattern, first, in: $0) }
            ?? Array(utf8).withUnsafeBufferPointer { Self.firstOffset(of: pattern, first, in: $0) }
        guard let offset else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: pattern.count)
    }

    private static func firstOffset(of pattern: [UInt8], _ first: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        var start = 0
        while start <= bytes.count - pattern.count {
            if bytes[start] == first {
                var matched = 1
                while matched < pattern.count && bytes[start + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return start }
            }
            start += 1
        }
        return nil
    }
}

/// Converts between UTF-8 byte offsets (used by spans) and Unicode code point offsets (used by
/// Python, JSON gold data and most NLP tools) for one text.
public struct CodePointOffsets: Sendable {
    /// Code point offset of each UTF-8 offset `0...count`; continuation bytes map to their scalar's offset.
    private let codePointAtByte: [Int32]
    /// UTF-8 offset of each code point offset `0...scalarCount`.
    private let byteAtCodePoint: [Int32]

    public init(_ text: String) {
        var codePointAtByte: [Int32] = []
        var byteAtCodePoint: [Int32] = []
        codePointAtByte.reserveCapacity(text.utf8.count + 1)
        var scalars: Int32 = 0
        var byte: Int32 = 0
        for unit in text.utf8 {
            if unit & 0xC0 != 0x80 {
                byteAtCodePoint.append(byte)
                scalars += 1
            }
            codePointAtByte.append(scalars - 1)
            byte += 1
        }
        codePointAtByte.append(scalars)
        byteAtCodePoint.append(byte)
        self.codePointAtByte = codePointAtByte
        self.byteAtCodePoint = byteAtCodePoint
    }

    /// The code point offset of a UTF-8 offset that starts a scalar (or ends the text).
    public func codePoint(atUTF8 offset: Int) -> Int { Int(codePointAtByte[offset]) }

    /// The UTF-8 offset of a code point offset in `0...scalarCount`.
    public func utf8(atCodePoint offset: Int) -> Int { Int(byteAtCodePoint[offset]) }

    /// The number of code points in the text.
    public var codePointCount: Int { byteAtCodePoint.count - 1 }
}

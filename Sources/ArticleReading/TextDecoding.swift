import AnnotationModel

/// Input bytes decoded to text, with the encoding they were read in.
public struct DecodedText: Sendable {
    /// The text, character for character the input (a byte-order mark stays as U+FEFF).
    public var text: String
    public var encoding: TextEncoding
    /// What the decoder had to guess (a Windows-1252 fallback), for the user to see.
    public var warnings: [String]
}

/// Decodes the bytes people bring: UTF-8 with or without a byte-order mark, UTF-16 with a
/// byte-order mark (or without one, recognised by its NUL bytes, with a warning), and, for bytes that
/// are not UTF-8, Windows-1252 (with a warning), which is what old web pages and Windows editors write.
/// Nothing is normalized: CRLF, no-break spaces and zero-width characters stay, so that character
/// offsets in the text are offsets in the input.
public enum TextDecoding {
    /// Decodes `bytes`; `declared` is the encoding the input itself names (an HTML `<meta charset>`),
    /// used when there is no byte-order mark.
    /// - Throws: ``ArticleReadingError/notText(byteOffset:)`` for binary data (NUL bytes among many
    ///   other control bytes, outside UTF-16); ``ArticleReadingError/notUTF8(byteOffset:)`` for bytes after a UTF-8 byte-order
    ///   mark that are not UTF-8; ``ArticleReadingError/invalidUTF16(byteOffset:)``.
    public static func decode(_ bytes: [UInt8], declared: TextEncoding? = nil) throws(ArticleReadingError)
        -> DecodedText
    {
        if bytes.starts(with: [0xFF, 0xFE]) { return try decodeUTF16(bytes, bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try decodeUTF16(bytes, bigEndian: true) }
        if let bigEndian = unmarkedUTF16(bytes) {
            var decoded = try decodeUTF16(bytes, bigEndian: bigEndian)
            decoded.warnings.append(
                "no byte-order mark; read as UTF-16\(bigEndian ? "BE" : "LE") (every other byte is NUL)")
            return decoded
        }
        if let nul = bytes.firstIndex(of: 0), isBinary(bytes) { throw .notText(byteOffset: nul) }
        let invalid = UTF8Validation.firstInvalidOffset(in: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || declared == .utf8 && invalid == nil {
            if let invalid { throw .notUTF8(byteOffset: invalid) }
            return DecodedText(text: String(decoding: bytes, as: UTF8.self), encoding: .utf8, warnings: [])
        }
        if declared == .windows1252 {
            return DecodedText(text: decodeWindows1252(bytes), encoding: .windows1252, warnings: [])
        }
        guard let invalid else {
            return DecodedText(text: String(decoding: bytes, as: UTF8.self), encoding: .utf8, warnings: [])
        }
        return DecodedText(
            text: decodeWindows1252(bytes), encoding: .windows1252,
            warnings: ["not UTF-8 (first bad byte at offset \(invalid)); read as Windows-1252"])
    }

    /// UTF-16 without a byte-order mark, as some Windows tools write it: text in a Latin script has a NUL
    /// in every other byte (the high byte), and none in the others. True for big-endian, false for
    /// little-endian, nil when the bytes do not look like UTF-16.
    private static func unmarkedUTF16(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(1 << 12)
        guard sample.count >= 4, bytes.count % 2 == 0 else { return nil }
        var zeros = (even: 0, odd: 0)
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
        }
        let units = sample.count / 2
        if zeros.even == 0 && zeros.odd * 10 >= units * 7 { return false }
        if zeros.odd == 0 && zeros.even * 10 >= units * 7 { return true }
        return nil
    }

    /// Binary data rather than text with a stray control character: at least a tenth of the first
    /// 64 KiB are control bytes other than tab, line feed, vertical tab, form feed, carriage return and escape.
    private static func isBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(1 << 16)
        let controls = sample.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B].contains($0) }.count
        return controls * 10 >= sample.count
    }

    /// `text` encoded back into `encoding`; nil when a character has no form in it.
    /// For text decoded by ``decode(_:declared:)`` this gives the input bytes back exactly.
    public static func encode(_ text: String, as encoding: TextEncoding) -> [UInt8]? {
        switch encoding {
        case .utf8:
            return Array(text.utf8)
        case .utf16LittleEndian, .utf16BigEndian:
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf16.count * 2)
            for unit in text.utf16 {
                let high = UInt8(unit >> 8)
                let low = UInt8(unit & 0xFF)
                if encoding == .utf16LittleEndian { bytes += [low, high] } else { bytes += [high, low] }
            }
            return bytes
        case .windows1252:
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.unicodeScalars.count)
            for scalar in text.unicodeScalars {
                if let byte = windows1252Bytes[scalar.value] {
                    bytes.append(byte)
                } else if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) {
                    bytes.append(UInt8(scalar.value))
                } else if [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(scalar.value) {
                    bytes.append(UInt8(scalar.value))
                } else {
                    return nil
                }
            }
            return bytes
        }
    }

    /// The encoding an HTML or XML document names for itself in its first bytes (`<meta charset>`,
    /// `<meta http-equiv="Content-Type" content="…; charset=…">`, `<?xml … encoding="…"?>`); nil
    /// when it names none or one this decoder does not read.
    public static func declaredEncoding(in bytes: [UInt8]) -> TextEncoding? {
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        for marker in ["charset=", "encoding="] {
            var searchStart = head.startIndex
            while let range = head.range(of: marker, range: searchStart..<head.endIndex) {
                searchStart = range.upperBound
                let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                    .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
                switch value {
                case "utf-8", "utf8": return .utf8
                case "windows-1252", "cp1252", "iso-8859-1", "latin1", "iso-8859-15", "us-ascii", "ascii":
                    return .windows1252
                default: continue
                }
            }
        }
        return nil
    }

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) throws(ArticleReadingError) -> DecodedText {
        guard bytes.count % 2 == 0 else { throw .invalidUTF16(byteOffset: bytes.count - 1) }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index < bytes.count {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var text = ""
        var iterator = units.makeIterator()
        var parser = Unicode.UTF16.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF16.decode(encoded)
                if scalar.value == 0 { throw .notText(byteOffset: offset) }
                text.unicodeScalars.append(scalar)
                offset += encoded.count * 2
            case .emptyInput:
                return DecodedText(
                    text: text, encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian, warnings: [])
            case .error:
                throw .invalidUTF16(byteOffset: offset)
            }
        }
    }

    /// Windows-1252 as the WHATWG Encoding Standard decodes it: the five undefined bytes become the
    /// C1 controls of the same value, so every byte sequence decodes and encodes back unchanged.
    static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let value = windows1252High[Int(byte - 0x80)] {
                scalars.append(Unicode.Scalar(value)!)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// Code points of bytes 0x80…0x9F; nil where the byte maps to the C1 control of its own value.
    private static let windows1252High: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil,
        0x017D, nil, nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, nil, 0x017E, 0x0178,
    ]

    private static let windows1252Bytes: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        for (index, value) in windows1252High.enumerated() {
            if let value { table[value] = UInt8(0x80 + index) }
        }
        return table
    }()
}

/// The character classes the tokenizer distinguishes, read from UTF-8 bytes.
enum ScalarClass: UInt8 {
    case space
    case letter
    case digit
    case apostrophe  // ' ’
    case period
    case hyphen  // - (ASCII) and the Unicode hyphen; dashes are punctuation
    case ampersand
    case openingQuote  // “ ‘ and, by position, "
    case closingQuote  // ” and, by position, "
    case sentenceFinal  // ! ?
    case ellipsis  // …
    case punctuation
    case symbol
}

/// A decoded scalar: its class and its UTF-8 length.
struct ClassifiedScalar {
    var scalarClass: ScalarClass
    var length: Int
    var value: UInt32
}

enum ScalarClassifier {
    /// Classes of the 128 ASCII bytes.
    private static let ascii: [ScalarClass] = (0..<128).map { byte -> ScalarClass in
        switch UInt8(byte) {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20: .space
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): .digit
        case UInt8(ascii: "'"): .apostrophe
        case UInt8(ascii: "."): .period
        case UInt8(ascii: "-"): .hyphen
        case UInt8(ascii: "&"): .ampersand
        case UInt8(ascii: "\""): .openingQuote  // direction decided by context
        case UInt8(ascii: "!"), UInt8(ascii: "?"): .sentenceFinal
        case UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "+"), UInt8(ascii: "<"), UInt8(ascii: "="),
            UInt8(ascii: ">"), UInt8(ascii: "^"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "#"),
            UInt8(ascii: "*"), UInt8(ascii: "@"), UInt8(ascii: "\\"), UInt8(ascii: "`"):
            .symbol
        case 0..<0x20, 0x7F: .space
        default: .punctuation
        }
    }

    /// Decodes the scalar starting at `index` (which must start a UTF-8 sequence) and classifies it.
    @inline(__always)
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> ClassifiedScalar {
        let lead = bytes[index]
        if lead < 0x80 { return ClassifiedScalar(scalarClass: ascii[Int(lead)], length: 1, value: UInt32(lead)) }
        let length: Int
        var value: UInt32
        if lead >= 0xF0 {
            length = 4
            value = UInt32(lead & 0x07)
        } else if lead >= 0xE0 {
            length = 3
            value = UInt32(lead & 0x0F)
        } else {
            length = 2
            value = UInt32(lead & 0x1F)
        }
        let available = min(length, bytes.count - index)
        for offset in 1..<max(available, 1) { value = (value << 6) | UInt32(bytes[index + offset] & 0x3F) }
        return ClassifiedScalar(scalarClass: classify(scalar: value), length: available, value: value)
    }

    private static func classify(scalar value: UInt32) -> ScalarClass {
        switch value {
        case 0x00A0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
        case 0x2019, 0x02BC: return .apostrophe  // ’ and the modifier-letter apostrophe
        case 0x2018, 0x201A, 0x201C, 0x201E, 0x00AB, 0x2039: return .openingQuote  // ‘ ‚ “ „ « ‹
        case 0x201D, 0x00BB, 0x203A: return .closingQuote  // ” » ›
        case 0x2010, 0x2011: return .hyphen
        case 0x2026: return .ellipsis
        case 0x00A9, 0x00AE, 0x2122, 0x00B0, 0x00A3, 0x00A5, 0x20AC, 0x00A2, 0x00A7, 0x00B6: return .symbol
        default:
            guard let scalar = Unicode.Scalar(value) else { return .symbol }
            let properties = scalar.properties
            if properties.isAlphabetic || properties.generalCategory == .nonspacingMark
                || properties.generalCategory == .spacingMark
            {
                return .letter
            }
            if properties.numericType == .decimal { return .digit }
            if properties.isWhitespace { return .space }
            switch properties.generalCategory {
            case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return .symbol
            default: return .punctuation
            }
        }
    }
}

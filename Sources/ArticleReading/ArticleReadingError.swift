/// Why an input could not be read as an article.
public enum ArticleReadingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes are not UTF-8; `byteOffset` is where the first bad sequence starts.
    case notUTF8(byteOffset: Int)
    /// Nothing is left once blank lines and page noise are set aside.
    case noArticleText
    /// The bytes are binary data, not text (a NUL character at `byteOffset`).
    case notText(byteOffset: Int)
    /// The bytes start with a UTF-16 byte-order mark but are not UTF-16.
    case invalidUTF16(byteOffset: Int)
    /// The input is not of the format it was read as (`reason` says why).
    case malformed(format: String, reason: String)

    public var description: String {
        switch self {
        case .notUTF8(let offset): "input is not valid UTF-8 (first bad byte at offset \(offset))"
        case .noArticleText: "input holds no article text"
        case .notText(let offset): "input is binary data, not text (NUL byte at offset \(offset))"
        case .invalidUTF16(let offset): "input starts as UTF-16 but is not (bad code unit at byte offset \(offset))"
        case .malformed(let format, let reason): "input is not \(format): \(reason)"
        }
    }
}

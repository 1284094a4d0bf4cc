import AnnotationModel

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
    /// The input is beyond a limit that keeps the tool's time, memory and output bounded (`reason` says which).
    case beyondLimit(reason: String)

    /// The longest paragraph or headline an article may have, in UTF-8 bytes: the most XML parsers accept in
    /// one text node (libxml2's 10 MB), so the TEI written for a longer one could not be read back.
    public static let maximumBlockLength = 10_000_000

    /// Refuses blocks longer than ``maximumBlockLength``.
    static func checkBlockLengths(_ blocks: [TextBlock]) throws(ArticleReadingError) {
        guard let long = blocks.first(where: { $0.span.length > maximumBlockLength }) else { return }
        throw .beyondLimit(
            reason: "a \(long.kind == .headline ? "headline" : "paragraph") of \(long.span.length) bytes is longer "
                + "than the \(maximumBlockLength / 1_000_000) MB an XML text may have")
    }

    public var description: String {
        switch self {
        case .notUTF8(let offset): "input is not valid UTF-8 (first bad byte at offset \(offset))"
        case .noArticleText: "input holds no article text"
        case .notText(let offset): "input is binary data, not text (NUL byte at offset \(offset))"
        case .invalidUTF16(let offset): "input starts as UTF-16 but is not (bad code unit at byte offset \(offset))"
        case .malformed(let format, let reason): "input is not \(format): \(reason)"
        case .beyondLimit(let reason): "input is beyond the tool's limits: \(reason)"
        }
    }
}

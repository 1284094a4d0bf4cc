/// Why an input could not be read as an article.
public enum ArticleReadingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes are not UTF-8; `byteOffset` is where the first bad sequence starts.
    case notUTF8(byteOffset: Int)
    /// Nothing is left once blank lines and page noise are set aside.
    case noArticleText

    public var description: String {
        switch self {
        case .notUTF8(let offset): "input is not valid UTF-8 (first bad byte at offset \(offset))"
        case .noArticleText: "input holds no article text"
        }
    }
}

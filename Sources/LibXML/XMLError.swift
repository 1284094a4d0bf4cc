/// A libxml2 operation that failed, with what libxml2 said about it.
public enum XMLError: Error, Sendable, CustomStringConvertible {
    /// The input is not well-formed XML (or could not be read as XML at all).
    case notWellFormed([XMLDiagnostic])
    /// A RELAX NG schema failed to compile.
    case invalidSchema([XMLDiagnostic])
    /// An XPath expression failed to compile or evaluate.
    case invalidXPath(String, [XMLDiagnostic])
    /// libxml2 could not allocate or serialize.
    case internalFailure(String)

    /// The diagnostics behind the failure.
    public var diagnostics: [XMLDiagnostic] {
        switch self {
        case .notWellFormed(let d), .invalidSchema(let d), .invalidXPath(_, let d): d
        case .internalFailure: []
        }
    }

    /// One line: the first diagnostic, or a summary.
    public var description: String {
        let first = diagnostics.first { $0.severity >= .error } ?? diagnostics.first
        switch self {
        case .notWellFormed: return first.map(\.description) ?? "not well-formed XML"
        case .invalidSchema: return "invalid schema: " + (first.map(\.description) ?? "it does not compile")
        case .invalidXPath(let expression, _): return "invalid XPath expression \(expression)"
        case .internalFailure(let message): return message
        }
    }
}

import LibXML

/// One finding of the validator, located in the file it concerns.
public struct TEIDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    /// What kind of rule a diagnostic is about.
    public enum Kind: String, Sendable, Hashable {
        /// The file is not well-formed XML or cannot be read.
        case wellFormedness = "xml"
        /// The document does not match the schema.
        case schema
        /// Two elements share an `xml:id`.
        case duplicateID = "duplicate-id"
        /// A `#id` pointer names no element of the document.
        case unresolvedPointer = "unresolved-pointer"
        /// A `#id` pointer names an element of the wrong kind (a `persName` pointing at a `place`).
        case wrongTarget = "wrong-target"
    }

    public var file: String
    public var line: Int?
    public var column: Int?
    public var severity: Severity
    public var kind: Kind
    public var message: String

    public init(file: String, line: Int?, column: Int? = nil, severity: Severity, kind: Kind, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.kind = kind
        self.message = message
    }

    /// `file:line:col: error: message` (line and column left out when unknown).
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let line, line > 0, let column { location += ":\(column)" }
        return "\(location): \(severity.rawValue): \(message)"
    }
}

/// The verdict on one document.
public struct ValidationReport: Sendable {
    public var file: String
    public var diagnostics: [TEIDiagnostic]

    /// True when no diagnostic is an error.
    public var isValid: Bool { !diagnostics.contains { $0.severity == .error } }
}

extension TEIDiagnostic {
    init(libxml diagnostic: XMLDiagnostic, file: String, kind: Kind) {
        var message = diagnostic.message
        if let element = diagnostic.element, !message.contains(element) { message = "<\(element)>: " + message }
        self.init(
            file: file, line: diagnostic.line, column: diagnostic.column,
            severity: diagnostic.severity == .warning ? .warning : .error, kind: kind, message: message)
    }
}

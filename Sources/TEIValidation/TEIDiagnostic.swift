import LibXML

/// One finding of the validator, located in the file it concerns.
public struct TEIDiagnostic: Sendable, Hashable, CustomStringConvertible, Encodable {
    public enum Severity: String, Sendable, Hashable, Encodable {
        case error
        case warning
    }

    /// What rule a diagnostic is about; its raw value is the code printed in brackets.
    public enum Kind: String, Sendable, Hashable, Encodable, CaseIterable {
        /// The file is not well-formed XML.
        case wellFormedness = "xml"
        /// The document does not match the grammar (RELAX NG, XSD or DTD).
        case schema
        /// The document fails a Schematron rule.
        case schematron
        /// Two elements share an `xml:id`.
        case duplicateID = "duplicate-id"
        /// A `#id` pointer names no element of the document.
        case unresolvedPointer = "unresolved-pointer"
        /// A `#id` pointer names an element of the wrong kind (a `persName` pointing at a `place`).
        case wrongTarget = "wrong-target"
        /// A pointer into another file, which is not checked (an error with strict references).
        case externalPointer = "external-pointer"
        /// A `@cert` that is neither a probability from 0 to 1 nor high, medium, low or unknown.
        case certainty = "cert-range"
        /// A name element (`persName`, `placeName`, `orgName`, `name`, `rs`) without text.
        case emptyName = "empty-name"
        /// A quotation (`said`, `q`, `quote`) without text.
        case emptyQuote = "empty-quote"
        /// Entities expand beyond the safety limit (billion laughs, quadratic blow-up) or loop.
        case entityExpansion = "entity-expansion"
        /// Elements nest deeper than the parser allows.
        case depthLimit = "depth-limit"
        /// A text, attribute value or file larger than allowed.
        case sizeLimit = "size-limit"
        /// An external DTD or entity the validator did not read (see `--allow-external`).
        case externalResource = "external-resource"
        /// An `xi:include` that could not be resolved.
        case xinclude
        /// Validation took longer than the time limit and was abandoned.
        case timeout
        /// The file could not be read.
        case io
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

    /// The code printed in brackets, e.g. `unresolved-pointer`.
    public var code: String { kind.rawValue }

    /// `file:line:col: error: [code] message` (line and column left out when unknown).
    public var description: String {
        var location = file
        if let line, line > 0 { location += ":\(line)" }
        if let line, line > 0, let column { location += ":\(column)" }
        return "\(location): \(severity.rawValue): [\(code)] \(message)"
    }

    private enum CodingKeys: String, CodingKey {
        case file, line, column, severity, code, message
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encodeIfPresent(line.flatMap { $0 > 0 ? $0 : nil }, forKey: .line)
        try container.encodeIfPresent(column, forKey: .column)
        try container.encode(severity, forKey: .severity)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
    }
}

/// The verdict on one document.
public struct ValidationReport: Sendable {
    public var file: String
    public var diagnostics: [TEIDiagnostic]
    /// The path of the schema the document was validated against; nil when it was not (unreadable or
    /// not well-formed).
    public var schema: String?

    public init(file: String, diagnostics: [TEIDiagnostic], schema: String? = nil) {
        self.file = file
        self.diagnostics = diagnostics
        self.schema = schema
    }

    /// True when no diagnostic is an error.
    public var isValid: Bool { !diagnostics.contains { $0.severity == .error } }

    /// True when the document is well-formed and matches the grammar, whatever the other checks say:
    /// the verdict a RELAX NG validator such as jing gives.
    public var matchesSchema: Bool {
        !diagnostics.contains { $0.severity == .error && Self.grammarKinds.contains($0.kind) }
    }

    /// True when the file could not be read at all (a usage or I/O error rather than an invalid document).
    public var isUnreadable: Bool { diagnostics.contains { $0.kind == .io } }

    private static let grammarKinds: Set<TEIDiagnostic.Kind> = [
        .wellFormedness, .schema, .entityExpansion, .depthLimit, .sizeLimit, .externalResource, .xinclude,
    ]
}

extension TEIDiagnostic {
    init(libxml diagnostic: XMLDiagnostic, file: String, kind: Kind) {
        var message = diagnostic.message
        if let element = diagnostic.element, !message.contains(element) { message = "<\(element)>: " + message }
        var kind = kind
        switch diagnostic.hazard {
        case .entityExpansion?:
            kind = .entityExpansion
            message =
                "entity expansion stopped at the safety limit (a billion-laughs or quadratic blow-up "
                + "document, or a recursive entity); libxml2 said: \(diagnostic.message)"
        case .excessiveDepth?:
            kind = .depthLimit
            message = "elements nest deeper than 256 levels; libxml2 said: \(diagnostic.message)"
        case .oversizedText?:
            kind = .sizeLimit
            message = "a text node, attribute value or name is larger than 10 MB; libxml2 said: \(diagnostic.message)"
        case .externalResource?:
            kind = .externalResource
            message += " (external DTDs and entities are read only with --allow-external)"
        case nil:
            break
        }
        self.init(
            file: diagnostic.file ?? file, line: diagnostic.line, column: diagnostic.column,
            severity: diagnostic.severity == .warning ? .warning : .error, kind: kind, message: message)
    }
}

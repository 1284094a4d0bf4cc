internal import CLibXML2

/// One message reported by libxml2 while parsing, validating or evaluating XPath.
public struct XMLDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: Int, Sendable, Hashable, Comparable {
        case warning = 1
        case error = 2
        case fatal = 3

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Which part of libxml2 reported the diagnostic.
    public enum Origin: Sendable, Hashable {
        case parser, namespace, validity, relaxNG, xmlSchema, schematron, xpath, xinclude, io, other
    }

    /// A safety rule the input broke: the parser stopped rather than spend unbounded time, memory or access.
    public enum Hazard: Sendable, Hashable {
        /// Entities expand far beyond the input's size (billion laughs, quadratic blow-up) or loop.
        case entityExpansion
        /// Elements nest deeper than the parser's limit (256 levels without ``XMLParseOptions/hugeDocuments``).
        case excessiveDepth
        /// A text node, attribute value or name is larger than the parser's limit (10 MB).
        case oversizedText
        /// The document asked for an external DTD or entity, which was not loaded.
        case externalResource
    }

    public var severity: Severity
    public var origin: Origin
    /// libxml2's message, without its trailing newline.
    public var message: String
    /// The document or schema location libxml2 named, if any.
    public var file: String?
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known (parser errors only).
    public var column: Int?
    /// The local name of the element the diagnostic concerns, when libxml2 gave one.
    public var element: String?
    /// The attributes of that element, in document order (to explain a rejected attribute).
    public var elementAttributes: [XMLAttribute]
    /// The local name of that element's parent element, if any.
    public var parentElement: String?
    /// The safety rule the input broke, when the diagnostic is about one.
    public var hazard: Hazard?

    public init(
        severity: Severity, origin: Origin, message: String, file: String? = nil, line: Int? = nil,
        column: Int? = nil, element: String? = nil, elementAttributes: [XMLAttribute] = [],
        parentElement: String? = nil, hazard: Hazard? = nil
    ) {
        self.severity = severity
        self.origin = origin
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.element = element
        self.elementAttributes = elementAttributes
        self.parentElement = parentElement
        self.hazard = hazard
    }

    /// `file:line:col: error: message`, omitting what is unknown.
    public var description: String {
        var location = file ?? "-"
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        let label = severity == .warning ? "warning" : "error"
        return "\(location): \(label): \(message)"
    }
}

/// Collects the diagnostics of one libxml2 operation; handed to C callbacks as opaque state.
final class DiagnosticCollector {
    /// Upper bound on kept diagnostics, so a hostile document cannot exhaust memory through errors.
    static let limit = 1000

    private(set) var diagnostics: [XMLDiagnostic] = []
    private(set) var droppedCount = 0
    /// For a parse: whether the entity loader may read external DTDs and entities (local files only).
    let allowsExternalResources: Bool
    /// The document being validated, whose included parts name the file a node came from.
    private let document: XMLDocument?

    init(allowsExternalResources: Bool = false, document: XMLDocument? = nil) {
        self.allowsExternalResources = allowsExternalResources
        self.document = document
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity >= .error } }

    func append(_ diagnostic: XMLDiagnostic) {
        guard diagnostics.count < Self.limit else {
            droppedCount += 1
            return
        }
        diagnostics.append(diagnostic)
    }

    func append(_ error: teiXMLErrorRef) {
        let raw = error.pointee
        let severity: XMLDiagnostic.Severity
        switch raw.level {
        case XML_ERR_WARNING: severity = .warning
        case XML_ERR_FATAL: severity = .fatal
        default: severity = .error
        }
        var message = raw.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        while message.last?.isWhitespace == true { message.removeLast() }
        var line = raw.line > 0 ? Int(raw.line) : nil
        var file = raw.file.map { String(cString: $0) }
        var element: String?
        var attributes: [XMLAttribute] = []
        var parent: String?
        if let node = raw.node?.assumingMemoryBound(to: xmlNode.self) {
            if node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name {
                element = String(cString: name)
                if let document {
                    let wrapped = XMLNode(document: document, pointer: node)
                    attributes = wrapped.attributes
                    parent = wrapped.parent?.name
                    file = wrapped.sourceURL ?? file
                }
            }
            let nodeLine = xmlGetLineNo(node)
            if nodeLine > 0 { line = Int(nodeLine) }
        }
        // Only the parser reports a column, in int2.
        let column = raw.domain == Int32(XML_FROM_PARSER.rawValue) && raw.int2 > 0 ? Int(raw.int2) : nil
        append(
            XMLDiagnostic(
                severity: severity, origin: Self.origin(ofDomain: raw.domain), message: message,
                file: file, line: line, column: column, element: element, elementAttributes: attributes,
                parentElement: parent, hazard: Self.hazard(code: raw.code, message: message)))
    }

    /// Recognises the parser's safety stops, whose messages do not say what the user faces.
    private static func hazard(code: Int32, message: String) -> XMLDiagnostic.Hazard? {
        if code == Int32(XML_ERR_ENTITY_LOOP.rawValue) || message.contains("entity reference loop")
            || message.contains("Maximum entity amplification")
        {
            return .entityExpansion
        }
        if message.contains("Excessive depth") { return .excessiveDepth }
        if message.contains("huge text node") || message.contains("length too long") || message.contains("too long")
            || message.contains("Huge input lookup")
        {
            return .oversizedText
        }
        return nil
    }

    private static func origin(ofDomain domain: Int32) -> XMLDiagnostic.Origin {
        switch xmlErrorDomain(rawValue: UInt32(domain)) {
        case XML_FROM_PARSER, XML_FROM_TREE, XML_FROM_HTML, XML_FROM_CHECK: .parser
        case XML_FROM_NAMESPACE: .namespace
        case XML_FROM_VALID, XML_FROM_DTD: .validity
        case XML_FROM_RELAXNGP, XML_FROM_RELAXNGV: .relaxNG
        case XML_FROM_SCHEMASP, XML_FROM_SCHEMASV: .xmlSchema
        case XML_FROM_SCHEMATRONV: .schematron
        case XML_FROM_XPATH, XML_FROM_XPOINTER: .xpath
        case XML_FROM_XINCLUDE: .xinclude
        case XML_FROM_IO: .io
        default: .other
        }
    }

    /// Opaque pointer for a C callback; valid while `self` is alive (callers keep it alive).
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ opaque: UnsafeMutableRawPointer) -> DiagnosticCollector {
        Unmanaged<DiagnosticCollector>.fromOpaque(opaque).takeUnretainedValue()
    }
}

/// Structured error handler for contexts whose user data is a `DiagnosticCollector`.
let collectDiagnostic: @convention(c) (UnsafeMutableRawPointer?, teiXMLErrorRef?) -> Void = { state, error in
    guard let state, let error else { return }
    DiagnosticCollector.from(state).append(error)
}

/// Structured error handler for parser contexts: libxml2 hands over the context, whose
/// `_private` field holds the `DiagnosticCollector`.
let collectParserDiagnostic: @convention(c) (UnsafeMutableRawPointer?, teiXMLErrorRef?) -> Void = {
    context, error in
    guard let context, let error, let state = teiXMLParserState(context) else { return }
    DiagnosticCollector.from(state).append(error)
}

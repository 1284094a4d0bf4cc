internal import CLibXML2

/// An XML document: the one owner of a libxml2 document tree, which it frees when released.
///
/// Build a new tree with ``init(rootElement:namespace:)`` and the ``XMLNode`` builder methods, or
/// parse bytes with ``init(parsing:url:options:)``. Nodes hold a strong reference to their document,
/// so a node never outlives the tree it points into. A document is not thread-safe: use it on one
/// thread at a time.
public final class XMLDocument {
    let pointer: xmlDocPtr
    /// Warnings and recoverable errors libxml2 reported while parsing (e.g. a duplicate `xml:id`).
    public let parseDiagnostics: [XMLDiagnostic]

    /// The namespace of XML itself, bound to the `xml` prefix in every document.
    public static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// Creates a document holding a single root element in `namespace`, declared as the default namespace.
    public init(rootElement name: String, namespace: String? = nil) {
        LibXMLRuntime.ensureInitialized()
        pointer = xmlNewDoc("1.0")
        parseDiagnostics = []
        let root = xmlNewDocNode(pointer, nil, name, nil)!
        if let namespace {
            let ns = xmlNewNs(root, namespace, nil)
            xmlSetNs(root, ns)
        }
        xmlDocSetRootElement(pointer, root)
    }

    /// Parses `bytes` as XML.
    ///
    /// The network is never used (`XML_PARSE_NONET`); blank text nodes are kept (TEI mixed content
    /// depends on them); line numbers beyond 65535 are kept. Entities are not substituted and no
    /// external DTD is loaded.
    /// - Parameters:
    ///   - url: the name used in diagnostics and as base URI for relative references.
    /// - Throws: ``XMLError/notWellFormed(_:)`` with libxml2's messages and positions.
    public init(parsing bytes: [UInt8], url: String? = nil, options: XMLParseOptions = []) throws(XMLError) {
        LibXMLRuntime.ensureInitialized()
        guard bytes.count <= Int(Int32.max) else {
            throw .notWellFormed([
                XMLDiagnostic(severity: .fatal, origin: .io, message: "document larger than 2 GiB", file: url)
            ])
        }
        guard let context = xmlNewParserCtxt() else { throw .internalFailure("libxml2 could not allocate a parser") }
        defer { xmlFreeParserCtxt(context) }
        let collector = DiagnosticCollector()
        teiXMLSetParserErrorHandler(context, collectParserDiagnostic, collector.opaque)
        let flags = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue) | options.libxmlFlags
        let parsed: xmlDocPtr? = withExtendedLifetime(collector) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { base in
                    xmlCtxtReadMemory(context, base, Int32(buffer.count), url, nil, flags)
                }
            }
        }
        let wellFormed = context.pointee.wellFormed != 0
        guard let parsed, wellFormed, !collector.diagnostics.contains(where: { $0.severity == .fatal }) else {
            if let parsed { xmlFreeDoc(parsed) }
            var diagnostics = collector.diagnostics
            if diagnostics.isEmpty {
                diagnostics = [
                    XMLDiagnostic(severity: .fatal, origin: .parser, message: "not well-formed XML", file: url)
                ]
            }
            throw .notWellFormed(diagnostics)
        }
        pointer = parsed
        parseDiagnostics = collector.diagnostics
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The root element.
    public var rootElement: XMLNode? {
        xmlDocGetRootElement(pointer).map { XMLNode(document: self, pointer: $0) }
    }

    /// The document serialized as UTF-8 with an XML declaration.
    /// - Parameter indented: indent element-only content; mixed content (text beside elements) is
    ///   never re-indented, so no whitespace is added to or removed from text.
    public func serialized(indented: Bool = true) throws(XMLError) -> [UInt8] {
        guard let buffer = xmlBufferCreate() else { throw .internalFailure("libxml2 could not allocate a buffer") }
        defer { xmlBufferFree(buffer) }
        var options = Int32(XML_SAVE_AS_XML.rawValue)
        if indented { options |= Int32(XML_SAVE_FORMAT.rawValue) }
        guard let save = xmlSaveToBuffer(buffer, "UTF-8", options) else {
            throw .internalFailure("libxml2 could not start serializing")
        }
        let written = xmlSaveDoc(save, pointer)
        let closed = xmlSaveClose(save)
        guard written >= 0, closed >= 0, let content = xmlBufferContent(buffer) else {
            throw .internalFailure("libxml2 failed to serialize the document")
        }
        let count = Int(xmlBufferLength(buffer))
        return Array(UnsafeBufferPointer(start: content, count: count))
    }
}

/// Opt-in parser behaviours beyond the always-on `XML_PARSE_NONET` and `XML_PARSE_BIG_LINES`.
public struct XMLParseOptions: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Lift libxml2's safety limits on text node size and nesting depth (for trusted large files).
    public static let hugeDocuments = XMLParseOptions(rawValue: 1 << 0)

    var libxmlFlags: Int32 {
        var flags: Int32 = 0
        if contains(.hugeDocuments) { flags |= Int32(XML_PARSE_HUGE.rawValue) }
        return flags
    }
}

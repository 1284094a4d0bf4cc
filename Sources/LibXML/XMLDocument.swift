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
    /// The roots of subtrees copied in from other files by ``expandIncludes(maximumDepth:open:)``, with their file.
    var includedParts: [xmlNodePtr: String] = [:]
    /// The name the document was parsed under.
    public let url: String?

    /// The namespace of XML itself, bound to the `xml` prefix in every document.
    public static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// Creates a document holding a single root element in `namespace`, declared as the default namespace.
    public init(rootElement name: String, namespace: String? = nil) {
        LibXMLRuntime.ensureInitialized()
        pointer = xmlNewDoc("1.0")
        parseDiagnostics = []
        url = nil
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
    /// depends on them); line numbers beyond 65535 are kept. Internal entities are substituted, so
    /// libxml2's expansion limits apply (billion laughs and quadratic blow-up stop the parse with a
    /// ``XMLDiagnostic/Hazard/entityExpansion`` error) and validators see the text a reader sees.
    /// Without ``XMLParseOptions/allowExternalResources`` no external DTD or external entity is read:
    /// a reference to an external entity is an error, a declared external DTD a warning.
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
        let collector = DiagnosticCollector(allowsExternalResources: options.contains(.allowExternalResources))
        teiXMLSetParserErrorHandler(context, collectParserDiagnostic, collector.opaque)
        let flags =
            Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOENT.rawValue)
            | options.libxmlFlags
        ParseStateRegistry.register(collector.opaque)
        defer { ParseStateRegistry.unregister(collector.opaque) }
        let parsed: xmlDocPtr? = withExtendedLifetime(collector) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { base in
                    xmlCtxtReadMemory(context, base, Int32(buffer.count), url, nil, flags)
                }
            }
        }
        let wellFormed = context.pointee.wellFormed != 0
        if let parsed, !options.contains(.hugeDocuments), bytes.count > Self.maximumTextLength {
            Self.checkTextLengths(parsed, into: collector, url: url)
        }
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
        self.url = url
        var diagnostics = collector.diagnostics
        if !collector.allowsExternalResources, let subset = parsed.pointee.intSubset,
            let systemID = subset.pointee.SystemID
        {
            diagnostics.append(
                XMLDiagnostic(
                    severity: .warning, origin: .io,
                    message: "the external DTD \"\(String(cString: systemID))\" was not loaded", file: url,
                    hazard: .externalResource))
        }
        parseDiagnostics = diagnostics
    }

    /// Takes ownership of a tree another parser built (``parsingHTML(_:url:)``).
    init(adopting pointer: xmlDocPtr, url: String?, diagnostics: [XMLDiagnostic]) {
        self.pointer = pointer
        self.url = url
        parseDiagnostics = diagnostics
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// libxml2's limit on one text node without `XML_PARSE_HUGE` (`XML_MAX_TEXT_LENGTH`).
    static let maximumTextLength = 10_000_000

    /// libxml2 enforces its text limit only when it joins text read in several pieces, which a parse
    /// from memory may not do; a document larger than the limit is checked here instead.
    private static func checkTextLengths(_ document: xmlDocPtr, into collector: DiagnosticCollector, url: String?) {
        var stack: [xmlNodePtr] = []
        var node = document.pointee.children
        while true {
            if let current = node {
                if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
                    let content = current.pointee.content, Int(xmlStrlen(content)) > maximumTextLength
                {
                    let line = xmlGetLineNo(current)
                    collector.append(
                        XMLDiagnostic(
                            severity: .fatal, origin: .parser,
                            message: "a text node is larger than \(maximumTextLength / 1_000_000) MB", file: url,
                            line: line > 0 ? Int(line) : nil, hazard: .oversizedText))
                    return
                }
                if current.pointee.type == XML_ELEMENT_NODE, let children = current.pointee.children {
                    stack.append(current)
                    node = children
                    continue
                }
                node = current.pointee.next
            } else if let parent = stack.popLast() {
                node = parent.pointee.next
            } else {
                return
            }
        }
    }

    /// The root element.
    public var rootElement: XMLNode? {
        xmlDocGetRootElement(pointer).map { XMLNode(document: self, pointer: $0) }
    }

    /// The document serialized as UTF-8 with an XML declaration.
    /// - Parameter indented: indent element-only content. An element that holds text, or that was
    ///   declared mixed (``XMLNode/declareMixedContent()``), is never indented inside, so no white
    ///   space is added to or removed from its text.
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
    /// Read the external DTD and external entities the document names, from local files only (never
    /// the network): DTD attribute defaults and entities then apply. For trusted input.
    public static let allowExternalResources = XMLParseOptions(rawValue: 1 << 1)

    var libxmlFlags: Int32 {
        var flags: Int32 = 0
        if contains(.hugeDocuments) { flags |= Int32(XML_PARSE_HUGE.rawValue) }
        if contains(.allowExternalResources) { flags |= Int32(XML_PARSE_DTDLOAD.rawValue) }
        return flags
    }
}

internal import CLibXML2

/// A compiled W3C XML Schema (XSD 1.0). Compile once per process and share it.
public final class W3CXMLSchema: DocumentSchema, @unchecked Sendable {
    // Safety of @unchecked Sendable: libxml2 writes a compiled xmlSchema only while compiling it;
    // validation state (element stack, identity constraints, IDs) lives in the per-call
    // xmlSchemaValidCtxt. The schema document is kept alive because the compiled schema points into it.
    private let pointer: xmlSchemaPtr
    private let source: XMLDocument
    /// Where the schema came from, for diagnostics.
    public let url: String?

    /// Compiles an XSD schema.
    /// - Parameter url: names the schema in diagnostics and resolves relative `include`/`import`
    ///   (local files only, never the network).
    /// - Throws: ``XMLError/notWellFormed(_:)`` or ``XMLError/invalidSchema(_:)``.
    public init(parsing bytes: [UInt8], url: String? = nil) throws(XMLError) {
        source = try XMLDocument(parsing: bytes, url: url)
        guard let context = xmlSchemaNewDocParserCtxt(source.pointer) else {
            throw .internalFailure("libxml2 could not allocate an XML Schema parser")
        }
        defer { xmlSchemaFreeParserCtxt(context) }
        let collector = DiagnosticCollector()
        let compiled: xmlSchemaPtr? = withExtendedLifetime(collector) {
            xmlSchemaSetParserStructuredErrors(context, collectDiagnostic, collector.opaque)
            return xmlSchemaParse(context)
        }
        guard let compiled, !collector.hasErrors else {
            if let compiled { xmlSchemaFree(compiled) }
            throw .invalidSchema(
                collector.diagnostics.isEmpty
                    ? [
                        XMLDiagnostic(
                            severity: .error, origin: .xmlSchema, message: "the schema does not compile", file: url)
                    ]
                    : collector.diagnostics)
        }
        pointer = compiled
        self.url = url
    }

    deinit {
        xmlSchemaFree(pointer)
    }

    public func validate(_ document: XMLDocument) -> [XMLDiagnostic] {
        guard let context = xmlSchemaNewValidCtxt(pointer) else {
            return [XMLDiagnostic(severity: .fatal, origin: .xmlSchema, message: "out of memory")]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = DiagnosticCollector(document: document)
        let result = withExtendedLifetime(collector) {
            xmlSchemaSetValidStructuredErrors(context, collectDiagnostic, collector.opaque)
            return xmlSchemaValidateDoc(context, document.pointer)
        }
        var diagnostics = collector.diagnostics
        if result != 0 && !collector.hasErrors {
            diagnostics.append(
                XMLDiagnostic(
                    severity: .error, origin: .xmlSchema,
                    message: result < 0
                        ? "libxml2 could not validate the document" : "the document does not match the schema"))
        }
        return diagnostics
    }
}

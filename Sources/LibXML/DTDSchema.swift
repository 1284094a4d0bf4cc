internal import CLibXML2

/// A compiled DTD, used as a schema: the document is validated against it whatever DOCTYPE it declares.
public final class DTDSchema: DocumentSchema, @unchecked Sendable {
    // Safety of @unchecked Sendable: every element content model is compiled in `init` (libxml2
    // would otherwise compile them lazily during the first validation, writing into the shared DTD);
    // after that, validation only reads the DTD and writes into the document and its own context.
    private let dtd: xmlDtdPtr
    /// The document that owns the DTD; libxml2 frees the DTD with it.
    private let holder: XMLDocument
    /// Where the DTD came from, for diagnostics.
    public let url: String

    /// Reads and compiles the DTD at `path` (a local file; the DTD's own external entities are read
    /// from local files only).
    ///
    /// libxml2 2.9.14 parses a stand-alone DTD only with the thread-global error handler, so the DTD
    /// is read as the external subset of a one-element document parsed with this library's
    /// per-context handler: its errors arrive like any parse error.
    /// - Throws: ``XMLError/invalidSchema(_:)`` when the DTD cannot be read or is malformed.
    public init(path: String) throws(XMLError) {
        // A system literal cannot escape its quote character: use the one the path lacks.
        let quote = path.contains("\"") ? "'" : "\""
        guard !(path.contains("\"") && path.contains("'")) else {
            throw .invalidSchema([
                XMLDiagnostic(
                    severity: .error, origin: .io, message: "a DTD path cannot hold both ' and \"", file: path)
            ])
        }
        let wrapper = "<!DOCTYPE dtd-holder SYSTEM \(quote)\(path)\(quote)><dtd-holder/>"
        let document: XMLDocument
        do {
            document = try XMLDocument(parsing: Array(wrapper.utf8), url: path, options: .allowExternalResources)
        } catch {
            throw .invalidSchema(error.diagnostics)
        }
        let problems = document.parseDiagnostics.filter { $0.severity >= .error }
        guard problems.isEmpty, let loaded = document.pointer.pointee.extSubset else {
            throw .invalidSchema(
                problems.isEmpty
                    ? [XMLDiagnostic(severity: .error, origin: .io, message: "cannot read the DTD", file: path)]
                    : problems)
        }
        guard let context = xmlNewParserCtxt() else { throw .internalFailure("libxml2 could not allocate a parser") }
        defer { xmlFreeParserCtxt(context) }
        let collector = DiagnosticCollector()
        withExtendedLifetime(collector) {
            teiXMLSetParserErrorHandler(context, collectParserDiagnostic, collector.opaque)
            teiXMLBuildContentModels(teiXMLParserValidityContext(context), loaded)
        }
        guard !collector.hasErrors else { throw .invalidSchema(collector.diagnostics) }
        dtd = loaded
        holder = document
        url = path
    }

    public func validate(_ document: XMLDocument) -> [XMLDiagnostic] {
        guard let context = xmlNewParserCtxt() else {
            return [XMLDiagnostic(severity: .fatal, origin: .validity, message: "out of memory")]
        }
        defer { xmlFreeParserCtxt(context) }
        let collector = DiagnosticCollector(document: document)
        let result = withExtendedLifetime((collector, holder)) {
            teiXMLSetParserErrorHandler(context, collectParserDiagnostic, collector.opaque)
            return xmlValidateDtd(teiXMLParserValidityContext(context), document.pointer, dtd)
        }
        var diagnostics = collector.diagnostics
        if result != 1 && !collector.hasErrors {
            diagnostics.append(
                XMLDiagnostic(severity: .error, origin: .validity, message: "the document does not match the DTD"))
        }
        return diagnostics
    }
}

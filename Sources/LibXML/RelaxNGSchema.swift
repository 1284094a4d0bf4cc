internal import CLibXML2

/// A compiled RELAX NG schema. Compile once per process and share it.
///
/// The compiled schema is immutable after ``init(parsing:url:)`` returns, so one instance may
/// validate on many threads at once; each call to ``validate(_:)`` gets its own validation context.
public final class RelaxNGSchema: DocumentSchema, @unchecked Sendable {
    // Safety of @unchecked Sendable: libxml2 writes a compiled xmlRelaxNG only while compiling it;
    // all validation state lives in the per-call xmlRelaxNGValidCtxt.
    private let pointer: xmlRelaxNGPtr
    /// Where the schema came from, for diagnostics.
    public let url: String?

    /// Compiles a schema given in RELAX NG XML syntax.
    /// - Parameter url: the schema's location: names it in diagnostics and resolves relative
    ///   `include`/`externalRef` (never over the network).
    /// - Throws: ``XMLError/notWellFormed(_:)`` or ``XMLError/invalidSchema(_:)``.
    public convenience init(parsing bytes: [UInt8], url: String? = nil) throws(XMLError) {
        try self.init(compiling: try XMLDocument(parsing: bytes, url: url), url: url)
    }

    /// Compiles the RELAX NG grammar in `source` (libxml2 compiles a copy: `source` is not changed).
    /// - Parameter url: the schema's location, as for ``init(parsing:url:)``.
    /// - Throws: ``XMLError/invalidSchema(_:)``.
    public init(compiling source: XMLDocument, url: String? = nil) throws(XMLError) {
        guard let context = xmlRelaxNGNewDocParserCtxt(source.pointer) else {
            throw .internalFailure("libxml2 could not allocate a RELAX NG parser")
        }
        defer { xmlRelaxNGFreeParserCtxt(context) }
        let collector = DiagnosticCollector()
        let compiled: xmlRelaxNGPtr? = withExtendedLifetime(collector) {
            xmlRelaxNGSetParserStructuredErrors(context, collectDiagnostic, collector.opaque)
            return xmlRelaxNGParse(context)
        }
        guard let compiled else {
            var diagnostics = collector.diagnostics
            if diagnostics.isEmpty {
                diagnostics = [
                    XMLDiagnostic(severity: .error, origin: .relaxNG, message: "the schema does not compile", file: url)
                ]
            }
            throw .invalidSchema(diagnostics)
        }
        pointer = compiled
        self.url = url
    }

    deinit {
        xmlRelaxNGFree(pointer)
    }

    public func validate(_ document: XMLDocument) -> [XMLDiagnostic] {
        guard let context = xmlRelaxNGNewValidCtxt(pointer) else {
            return [XMLDiagnostic(severity: .fatal, origin: .relaxNG, message: "out of memory")]
        }
        defer { xmlRelaxNGFreeValidCtxt(context) }
        let collector = DiagnosticCollector(document: document)
        let result = withExtendedLifetime(collector) {
            xmlRelaxNGSetValidStructuredErrors(context, collectDiagnostic, collector.opaque)
            return xmlRelaxNGValidateDoc(context, document.pointer)
        }
        var diagnostics = collector.diagnostics
        if result != 0 && !collector.hasErrors {
            // libxml2 sometimes rejects a document without saying why.
            diagnostics.append(
                XMLDiagnostic(severity: .error, origin: .relaxNG, message: "the document does not match the schema"))
        }
        return diagnostics
    }
}

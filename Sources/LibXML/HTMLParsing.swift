internal import CLibXML2

extension XMLDocument {
    /// Parses an HTML page with libxml2's HTML parser, which repairs tag soup as browsers do
    /// (unclosed `<p>`s, stray end tags, missing `<html>`/`<body>`).
    ///
    /// The bytes must be UTF-8 (decode them first: see `TextDecoding`); any `<meta charset>` in the
    /// page is ignored. The network is never used. The parser's complaints about the markup are kept
    /// as warnings in ``parseDiagnostics`` (at most 1,000) through the context's own error handler.
    /// Element names are lower case, as libxml2 gives them.
    /// - Throws: ``XMLError/notWellFormed(_:)`` only when libxml2 builds no tree at all.
    public static func parsingHTML(_ bytes: [UInt8], url: String? = nil) throws(XMLError) -> XMLDocument {
        LibXMLRuntime.ensureInitialized()
        guard bytes.count <= Int(Int32.max) else {
            throw .notWellFormed([XMLDiagnostic(severity: .fatal, origin: .io, message: "page larger than 2 GiB")])
        }
        guard let context = htmlNewParserCtxt() else { throw .internalFailure("libxml2 could not allocate a parser") }
        defer { htmlFreeParserCtxt(context) }
        let collector = DiagnosticCollector()
        teiXMLSetParserErrorHandler(context, collectParserDiagnostic, collector.opaque)
        let options =
            Int32(HTML_PARSE_RECOVER.rawValue) | Int32(HTML_PARSE_NONET.rawValue)
            | Int32(HTML_PARSE_NOERROR.rawValue) | Int32(HTML_PARSE_NOWARNING.rawValue)
            | Int32(HTML_PARSE_COMPACT.rawValue) | Int32(HTML_PARSE_IGNORE_ENC.rawValue)
        ParseStateRegistry.register(collector.opaque)
        defer { ParseStateRegistry.unregister(collector.opaque) }
        let parsed: htmlDocPtr? = withExtendedLifetime(collector) {
            // An empty page still gets a buffer (libxml2 refuses a null pointer).
            let padded = bytes.isEmpty ? [UInt8(ascii: " ")] : bytes
            return padded.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                    htmlCtxtReadMemory(context, base, Int32(buffer.count), url, "UTF-8", options)
                }
            }
        }
        guard let parsed else {
            throw .notWellFormed(
                collector.diagnostics.isEmpty
                    ? [XMLDiagnostic(severity: .fatal, origin: .parser, message: "not an HTML page", file: url)]
                    : collector.diagnostics)
        }
        let warnings = collector.diagnostics.map { diagnostic in
            var warning = diagnostic
            warning.severity = .warning
            return warning
        }
        return XMLDocument(adopting: parsed, url: url, diagnostics: warnings)
    }

    /// The document in canonical form (Canonical XML 1.0, with comments), through libxml2's
    /// `xmlC14NDocDumpMemory`: two documents with the same canonical form hold the same elements,
    /// attributes, namespaces, text, comments and processing instructions, however they were written.
    public func canonicalized(withComments: Bool = true) throws(XMLError) -> [UInt8] {
        var output: UnsafeMutablePointer<xmlChar>?
        let count = xmlC14NDocDumpMemory(
            pointer, nil, Int32(XML_C14N_1_0.rawValue), nil, withComments ? 1 : 0, &output)
        guard count >= 0, let output else { throw .internalFailure("libxml2 could not canonicalize the document") }
        defer { teiXMLFree(output) }
        return Array(UnsafeBufferPointer(start: output, count: Int(count)))
    }
}

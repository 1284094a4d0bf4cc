internal import CLibXML2

/// Process-wide libxml2 set-up, done exactly once before the first libxml2 call.
///
/// It initialises the parser (thread-safe from here on), installs a loader that refuses every
/// network URL — so no document, DTD, schema or include ever reaches the network — and
/// initialises the RELAX NG type library before any worker thread can race on it.
/// `xmlCleanupParser()` is never called: other code in the process may still use libxml2.
enum LibXMLRuntime {
    private static let initialized: Bool = {
        xmlInitParser()
        xmlSetExternalEntityLoader(offlineEntityLoader)
        xmlRelaxNGInitTypes()
        return true
    }()

    /// Call before any libxml2 function; cheap after the first call.
    static func ensureInitialized() {
        _ = initialized
    }
}

/// Loads local resources as libxml2 would and refuses network URLs; the operation that needed the
/// resource then fails through its own context's error handler.
///
/// A document parsed by ``XMLDocument/init(parsing:url:options:)`` may read external DTDs and
/// entities only with ``XMLParseOptions/allowExternalResources``, and then only local files: its parse
/// state says so, and a refusal without that option is recorded there, whether the resource is a file
/// or on the network (libxml2 would otherwise drop a network entity's reference silently). Other loads
/// (a schema's `include`, `import`, `externalRef`) are local files the user's schema names.
private let offlineEntityLoader: xmlExternalEntityLoader = { url, id, context in
    if let context, let state = teiXMLParserState(context), ParseStateRegistry.contains(state) {
        let collector = DiagnosticCollector.from(state)
        guard collector.allowsExternalResources else {
            let name = url.map { String(cString: $0) } ?? id.map { String(cString: $0) } ?? "?"
            let line = Int(context.pointee.input?.pointee.line ?? 0)
            collector.append(
                XMLDiagnostic(
                    severity: .fatal, origin: .io,
                    message: "the external entity \"\(name)\" was not loaded",
                    file: context.pointee.input?.pointee.filename.map { String(cString: $0) },
                    line: line > 0 ? line : nil, hazard: .externalResource))
            return nil
        }
    }
    if let url, isNetworkURL(url) { return nil }
    return xmlNoNetExternalEntityLoader(url, id, context)
}

private func isNetworkURL(_ url: UnsafePointer<CChar>) -> Bool {
    let prefix = String(cString: url).prefix(8).lowercased()
    return prefix.hasPrefix("http://") || prefix.hasPrefix("https://") || prefix.hasPrefix("ftp://")
}

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

/// Loads local resources as libxml2 would and refuses network URLs without a word; the operation
/// that needed the resource then fails through its own context's error handler.
private let offlineEntityLoader: xmlExternalEntityLoader = { url, id, context in
    if let url, isNetworkURL(url) { return nil }
    return xmlNoNetExternalEntityLoader(url, id, context)
}

private func isNetworkURL(_ url: UnsafePointer<CChar>) -> Bool {
    let prefix = String(cString: url).prefix(8).lowercased()
    return prefix.hasPrefix("http://") || prefix.hasPrefix("https://") || prefix.hasPrefix("ftp://")
}

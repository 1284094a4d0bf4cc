internal import CLibXML2

extension XMLDocument {
    /// The XInclude namespace (and its 2003 draft, still found in older corpora).
    static let xincludeNamespaces: Set<String> = ["http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude"]

    /// Replaces every `xi:include` element by the root element of the XML file it names, recursively,
    /// as a `teiCorpus` file that includes its articles needs before it is validated.
    ///
    /// libxml2 2.9.14's own XInclude processor reports its errors, and those of the files it parses,
    /// only through the thread-global error handler, which this library never uses; it would also parse
    /// the included files with options of its own. This resolves the form corpora use instead, with the
    /// caller's parser (same limits, same per-context diagnostics): `href` to a local file, `parse="xml"`
    /// (the default), an optional `xi:fallback` used when the file cannot be read. `xpointer`,
    /// `parse="text"` and includes without `href` are reported as unsupported. Relative `href`s resolve
    /// against the including file; `xml:base` attributes inside documents are not consulted. Diagnostics
    /// about included content name the included file (``XMLNode/sourceURL``).
    /// - Parameters:
    ///   - maximumDepth: how deep includes may nest before it is reported as an error.
    ///   - open: parses the file at a resolved path.
    /// - Returns: what went wrong (errors), empty when every include was resolved.
    public func expandIncludes(maximumDepth: Int = 16, open: (String) throws(XMLError) -> XMLDocument)
        -> [XMLDiagnostic]
    {
        var diagnostics: [XMLDiagnostic] = []
        guard let root = rootElement else { return [] }
        var pending = includeElements(in: root).map { (node: $0, base: url, chain: url.map { [$0] } ?? []) }
        while !pending.isEmpty {
            let (include, base, chain) = pending.removeFirst()
            func fail(_ message: String) {
                diagnostics.append(
                    XMLDiagnostic(
                        severity: .error, origin: .xinclude, message: message, file: include.sourceURL,
                        line: include.line, element: "include"))
            }
            guard include.attribute("xpointer") == nil else {
                fail("xi:include with xpointer is not supported")
                continue
            }
            guard let href = include.attribute("href"), !href.isEmpty else {
                fail("xi:include without href (an include of the same document) is not supported")
                continue
            }
            guard (include.attribute("parse") ?? "xml") == "xml" else {
                fail("xi:include parse=\"\(include.attribute("parse") ?? "")\" is not supported; only parse=\"xml\"")
                continue
            }
            let path = Self.resolve(href, against: base)
            guard !chain.contains(path) else {
                fail("xi:include of \(href) includes itself (\(chain.joined(separator: " → ")) → \(path))")
                continue
            }
            guard chain.count <= maximumDepth else {
                fail("xi:include nested more than \(maximumDepth) levels deep")
                continue
            }
            let part: XMLDocument
            do {
                part = try open(path)
            } catch {
                if let fallback = include.childElements.first(where: { $0.name == "fallback" && $0.isXInclude }) {
                    replace(include, withChildrenOf: fallback)
                } else {
                    diagnostics += error.diagnostics
                    fail("cannot include \(href): \(error.diagnostics.first?.message ?? "not well-formed")")
                }
                continue
            }
            diagnostics += part.parseDiagnostics
            guard let partRoot = xmlDocGetRootElement(part.pointer), let copy = xmlDocCopyNode(partRoot, pointer, 1)
            else {
                fail("cannot include \(href): it has no root element")
                continue
            }
            if href.contains("/") { xmlNodeSetBase(copy, href) }
            xmlReplaceNode(include.pointer, copy)
            xmlFreeNode(include.pointer)
            includedParts[copy] = path
            let inserted = XMLNode(document: self, pointer: copy)
            pending += includeElements(in: inserted).map { ($0, path, chain + [path]) }
        }
        return diagnostics
    }

    private func includeElements(in node: XMLNode) -> [XMLNode] {
        var found: [XMLNode] = []
        if node.isXInclude && node.name == "include" { return [node] }
        node.forEachDescendantElement { element in
            if element.isXInclude && element.name == "include" { found.append(element) }
        }
        // Includes nested inside another include (its fallback) are handled with their parent.
        return found.filter { candidate in
            !found.contains { other in other.pointer != candidate.pointer && candidate.isInside(other) }
        }
    }

    private func replace(_ include: XMLNode, withChildrenOf fallback: XMLNode) {
        var child = fallback.pointer.pointee.children
        while let current = child {
            child = current.pointee.next
            xmlUnlinkNode(current)
            xmlAddPrevSibling(include.pointer, current)
        }
        xmlUnlinkNode(include.pointer)
        xmlFreeNode(include.pointer)
    }

    /// `href` resolved against the including file's path (a plain path stays a plain path).
    static func resolve(_ href: String, against base: String?) -> String {
        guard let base, let built = xmlBuildURI(href, base) else { return href }
        defer { teiXMLFree(built) }
        guard let unescaped = xmlURIUnescapeString(UnsafeRawPointer(built).assumingMemoryBound(to: CChar.self), 0, nil)
        else { return String(cString: built) }
        defer { teiXMLFree(unescaped) }
        return String(cString: unescaped)
    }
}

extension XMLNode {
    var isXInclude: Bool { namespace.map(XMLDocument.xincludeNamespaces.contains) ?? false }

    func isInside(_ ancestor: XMLNode) -> Bool {
        var current = pointer.pointee.parent
        while let node = current {
            if node == ancestor.pointer { return true }
            current = node.pointee.parent
        }
        return false
    }

    /// The file this node was read from: the included file for content that ``XMLDocument/expandIncludes(maximumDepth:open:)``
    /// copied in, otherwise the document's own name.
    public var sourceURL: String? {
        if !document.includedParts.isEmpty {
            var current: xmlNodePtr? = pointer
            while let node = current {
                if let part = document.includedParts[node] { return part }
                current = node.pointee.parent
            }
        }
        return document.url
    }
}

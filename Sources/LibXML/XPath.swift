internal import CLibXML2

extension XMLDocument {
    /// Evaluates an XPath 1.0 expression and returns the element, text, comment and processing-instruction
    /// nodes it selects (attribute and namespace nodes are left out).
    /// - Parameters:
    ///   - namespaces: prefix → URI bindings usable in the expression (e.g. `["tei": "http://www.tei-c.org/ns/1.0"]`).
    ///   - context: the context node; the document root when nil.
    /// - Throws: ``XMLError/invalidXPath(_:_:)``; an expression that yields a string, number or
    ///   boolean also throws, since this call returns nodes.
    public func select(
        _ expression: String, namespaces: [String: String] = [:], from context: XMLNode? = nil
    ) throws(XMLError) -> [XMLNode] {
        guard let xpath = xmlXPathNewContext(pointer) else {
            throw .internalFailure("libxml2 could not allocate an XPath context")
        }
        defer { xmlXPathFreeContext(xpath) }
        let collector = DiagnosticCollector()
        return try withExtendedLifetime(collector) { () throws(XMLError) -> [XMLNode] in
            xpath.pointee.error = collectDiagnostic
            xpath.pointee.userData = collector.opaque
            for (prefix, uri) in namespaces.sorted(by: { $0.key < $1.key }) {
                xmlXPathRegisterNs(xpath, prefix, uri)
            }
            if let context { xpath.pointee.node = context.pointer }
            guard let object = xmlXPathEvalExpression(expression, xpath) else {
                throw .invalidXPath(expression, collector.diagnostics)
            }
            defer { xmlXPathFreeObject(object) }
            guard object.pointee.type == XPATH_NODESET else { throw .invalidXPath(expression, collector.diagnostics) }
            guard let set = object.pointee.nodesetval, set.pointee.nodeNr > 0 else { return [] }
            // Attribute and namespace nodes have other C layouts: only tree nodes are handed out.
            let treeNodeTypes: Set<UInt32> = [
                XML_ELEMENT_NODE.rawValue, XML_TEXT_NODE.rawValue, XML_CDATA_SECTION_NODE.rawValue,
                XML_COMMENT_NODE.rawValue, XML_PI_NODE.rawValue,
            ]
            return (0..<Int(set.pointee.nodeNr)).compactMap { index in
                guard let node = set.pointee.nodeTab[index], treeNodeTypes.contains(node.pointee.type.rawValue) else {
                    return nil
                }
                return XMLNode(document: self, pointer: node)
            }
        }
    }
}

/// Compiles XPath 1.0 expressions only to see whether libxml2 can, with a per-context error handler.
enum XPathExpressionCheck {
    static func compiles(_ expression: String, namespaces: [String: String]) -> Bool {
        LibXMLRuntime.ensureInitialized()
        guard let xpath = xmlXPathNewContext(nil) else { return false }
        defer { xmlXPathFreeContext(xpath) }
        let collector = DiagnosticCollector()
        return withExtendedLifetime(collector) {
            xpath.pointee.error = collectDiagnostic
            xpath.pointee.userData = collector.opaque
            for (prefix, uri) in namespaces.sorted(by: { $0.key < $1.key }) {
                xmlXPathRegisterNs(xpath, prefix, uri)
            }
            guard let compiled = xmlXPathCtxtCompile(xpath, expression) else { return false }
            xmlXPathFreeCompExpr(compiled)
            return true
        }
    }
}

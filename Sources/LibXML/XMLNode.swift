internal import CLibXML2

/// A node in an ``XMLDocument``'s tree. It keeps its document alive.
///
/// Text is only ever inserted through escaping APIs: a value such as `Tom & Jerry <b>` is stored as
/// characters and escaped when the document is serialized, never parsed as markup.
public struct XMLNode {
    /// The kinds of node the annotator reads; every other kind is ``other``.
    public enum Kind: Sendable, Hashable {
        case element, text, cdata, comment, processingInstruction, other
    }

    /// The document that owns this node.
    public let document: XMLDocument
    let pointer: xmlNodePtr

    init(document: XMLDocument, pointer: xmlNodePtr) {
        self.document = document
        self.pointer = pointer
    }

    public var kind: Kind {
        switch pointer.pointee.type {
        case XML_ELEMENT_NODE: .element
        case XML_TEXT_NODE: .text
        case XML_CDATA_SECTION_NODE: .cdata
        case XML_COMMENT_NODE: .comment
        case XML_PI_NODE: .processingInstruction
        default: .other
        }
    }

    /// The local name (`persName`, not `tei:persName`); empty for text.
    public var name: String {
        guard kind == .element || kind == .processingInstruction, let name = pointer.pointee.name else { return "" }
        return String(cString: name)
    }

    /// The namespace URI of an element, if it has one.
    public var namespace: String? {
        guard kind == .element, let ns = pointer.pointee.ns, let href = ns.pointee.href else { return nil }
        return String(cString: href)
    }

    /// The line the node started on in the parsed input (0 for nodes built in memory).
    public var line: Int { Int(xmlGetLineNo(pointer)) }

    /// The child nodes, in document order.
    public var children: [XMLNode] {
        var result: [XMLNode] = []
        var child = pointer.pointee.children
        while let current = child {
            result.append(XMLNode(document: document, pointer: current))
            child = current.pointee.next
        }
        return result
    }

    /// The element children, in document order.
    public var childElements: [XMLNode] { children.filter { $0.kind == .element } }

    /// The parent element, or nil at the root.
    public var parent: XMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return XMLNode(document: document, pointer: parent)
    }

    /// The characters of a text, CDATA or comment node, read without copying through libxml2.
    public var textContent: String {
        switch kind {
        case .text, .cdata, .comment:
            return pointer.pointee.content.map { String(cString: $0) } ?? ""
        default:
            guard let content = xmlNodeGetContent(pointer) else { return "" }
            defer { teiXMLFree(content) }
            return String(cString: content)
        }
    }

    /// All attributes of an element as (namespace URI, local name, value), in document order.
    public var attributes: [XMLAttribute] {
        guard kind == .element else { return [] }
        var result: [XMLAttribute] = []
        var attribute = pointer.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            let namespace = current.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
            var value = ""
            if let raw = xmlNodeListGetString(pointer.pointee.doc, current.pointee.children, 1) {
                value = String(cString: raw)
                teiXMLFree(raw)
            }
            result.append(XMLAttribute(namespace: namespace, name: name, value: value))
            attribute = current.pointee.next
        }
        return result
    }

    /// The value of an attribute in no namespace (or in `namespace`), or nil when absent.
    public func attribute(_ name: String, namespace: String? = nil) -> String? {
        guard kind == .element else { return nil }
        guard let raw = xmlGetNsProp(pointer, name, namespace) else { return nil }
        defer { teiXMLFree(raw) }
        return String(cString: raw)
    }

    // MARK: Building

    /// Appends a child element in the parent's namespace and returns it.
    @discardableResult
    public func appendElement(_ name: String) -> XMLNode {
        let child = xmlNewChild(pointer, nil, name, nil)!
        return XMLNode(document: document, pointer: child)
    }

    /// Appends a child element holding `text` (escaped) and returns it.
    @discardableResult
    public func appendElement(_ name: String, text: String) -> XMLNode {
        let child = appendElement(name)
        child.appendText(text)
        return child
    }

    /// Appends `text` as character data; `&`, `<` and `>` are escaped on output, and characters XML
    /// cannot hold (C0 controls other than tab and line breaks, U+FFFE, U+FFFF) become U+FFFD.
    public func appendText(_ text: String) {
        guard !text.isEmpty else { return }
        let text = XMLCharacters.replacingForbidden(text)
        let node = xmlNewDocTextLen(pointer.pointee.doc, text, Int32(text.utf8.count))!
        // xmlAddChild merges adjacent text nodes (and then frees `node`); that is what we want.
        xmlAddChild(pointer, node)
    }

    /// Declares the element's content mixed (text beside elements, as in a TEI paragraph): the indented
    /// serialization adds no white space inside it, even when it holds only elements. (libxml2 indents
    /// an element's children only when none of them is text; this gives the element an empty text node.)
    public func declareMixedContent() {
        guard !children.contains(where: { $0.kind == .text }) else { return }
        let node = xmlNewDocTextLen(pointer.pointee.doc, "", 0)!
        if let first = pointer.pointee.children {
            xmlAddPrevSibling(first, node)
        } else {
            xmlAddChild(pointer, node)
        }
    }

    /// Sets an attribute; the value is stored as characters and escaped on output (characters XML
    /// cannot hold become U+FFFD).
    /// - Parameter namespace: the attribute's namespace URI; ``XMLDocument/xmlNamespace`` gives `xml:id`, `xml:lang`.
    public func setAttribute(_ name: String, _ value: String, namespace: String? = nil) {
        let value = XMLCharacters.replacingForbidden(value)
        guard let namespace else {
            xmlSetNsProp(pointer, nil, name, value)
            return
        }
        let ns = xmlSearchNsByHref(pointer.pointee.doc, pointer, namespace) ?? xmlNewNs(pointer, namespace, nil)
        xmlSetNsProp(pointer, ns, name, value)
    }

    /// All descendant elements (not this node), in document order, without building intermediate arrays per level.
    public func forEachDescendantElement(_ body: (XMLNode) throws -> Void) rethrows {
        var stack: [xmlNodePtr] = []
        var child = pointer.pointee.children
        while true {
            if let current = child {
                if current.pointee.type == XML_ELEMENT_NODE {
                    try body(XMLNode(document: document, pointer: current))
                    if current.pointee.children != nil {
                        stack.append(current)
                        child = current.pointee.children
                        continue
                    }
                }
                child = current.pointee.next
            } else if let parent = stack.popLast() {
                child = parent.pointee.next
            } else {
                return
            }
        }
    }
}

/// An attribute read from an element.
public struct XMLAttribute: Sendable, Hashable {
    /// The namespace URI, or nil for an unprefixed attribute.
    public var namespace: String?
    public var name: String
    public var value: String
}

internal import CLibXML2

extension XMLNode: Hashable {
    /// Two values are equal when they are the same node.
    public static func == (lhs: XMLNode, rhs: XMLNode) -> Bool { lhs.pointer == rhs.pointer }
    public func hash(into hasher: inout Hasher) { hasher.combine(pointer) }
}

/// Navigation and the edits an annotator makes inside an existing tree: splitting a text node,
/// wrapping a run of siblings in a new element, inserting and removing. None of them merges
/// adjacent text nodes, so nodes a caller holds stay valid.
extension XMLNode {
    /// The next sibling node of any kind.
    public var nextSibling: XMLNode? { pointer.pointee.next.map { XMLNode(document: document, pointer: $0) } }
    /// The previous sibling node of any kind.
    public var previousSibling: XMLNode? { pointer.pointee.prev.map { XMLNode(document: document, pointer: $0) } }
    /// The first child node of any kind.
    public var firstChild: XMLNode? { pointer.pointee.children.map { XMLNode(document: document, pointer: $0) } }
    /// The parent node (an element, or nil under the document).
    public var parentNode: XMLNode? { parent }

    /// A text node's UTF-8 length.
    public var textLength: Int {
        guard kind == .text || kind == .cdata, let content = pointer.pointee.content else { return 0 }
        return Int(xmlStrlen(content))
    }

    /// Splits a text node at a UTF-8 offset strictly inside it: this node keeps the text before
    /// `offset`, and a new text node after it holds the rest, which is returned.
    @discardableResult
    public func splitText(atUTF8 offset: Int) -> XMLNode {
        precondition(kind == .text && offset > 0 && offset < textLength, "split outside a text node")
        let content = pointer.pointee.content!
        let rest = xmlNewDocTextLen(pointer.pointee.doc, content + offset, Int32(textLength - offset))!
        // xmlNodeSetContentLen frees the old content before copying: hand it a copy.
        let head = xmlStrndup(content, Int32(offset))!
        xmlNodeSetContentLen(pointer, head, Int32(offset))
        teiXMLFree(head)
        teiXMLLinkAfter(pointer, rest)
        return XMLNode(document: document, pointer: rest)
    }

    /// Wraps the siblings from this node through `last` (inclusive, same parent) in a new element
    /// named `name` in `namespace` (a URI declared in scope; nil: the parent element's namespace);
    /// returns the new element.
    @discardableResult
    public func wrap(through last: XMLNode, in name: String, namespace: String? = nil) -> XMLNode {
        let element = xmlNewDocNode(pointer.pointee.doc, namespaceInScope(namespace), name, nil)!
        teiXMLLinkBefore(pointer, element)
        var current: xmlNodePtr? = pointer
        while let node = current {
            let next = node.pointee.next
            xmlUnlinkNode(node)
            teiXMLLinkLastChild(element, node)
            if node == last.pointer { break }
            current = next
        }
        return XMLNode(document: document, pointer: element)
    }

    /// Replaces this element by its children, in place (the reverse of ``wrap(through:in:)``).
    public func unwrap() {
        precondition(kind == .element, "only an element can be unwrapped")
        while let child = pointer.pointee.children {
            xmlUnlinkNode(child)
            teiXMLLinkBefore(pointer, child)
        }
        xmlUnlinkNode(pointer)
        xmlFreeNode(pointer)
    }

    /// Removes this node and its subtree from the document and frees it.
    public func remove() {
        xmlUnlinkNode(pointer)
        xmlFreeNode(pointer)
    }

    /// The namespace `uri` as declared in scope of this node's parent; the parent's own namespace for nil.
    private func namespaceInScope(_ uri: String?) -> xmlNsPtr? {
        guard let uri else { return pointer.pointee.parent?.pointee.ns }
        let context = pointer.pointee.parent ?? pointer
        return xmlSearchNsByHref(pointer.pointee.doc, context, uri) ?? pointer.pointee.parent?.pointee.ns
    }

    /// Inserts a new element, in the parent element's namespace, just before this node.
    @discardableResult
    public func insertElementBefore(_ name: String) -> XMLNode {
        let element = xmlNewDocNode(pointer.pointee.doc, pointer.pointee.parent?.pointee.ns, name, nil)!
        teiXMLLinkBefore(pointer, element)
        return XMLNode(document: document, pointer: element)
    }

    /// Inserts a new element, in the parent element's namespace, just after this node.
    @discardableResult
    public func insertElementAfter(_ name: String) -> XMLNode {
        let element = xmlNewDocNode(pointer.pointee.doc, pointer.pointee.parent?.pointee.ns, name, nil)!
        teiXMLLinkAfter(pointer, element)
        return XMLNode(document: document, pointer: element)
    }

    /// Removes an attribute (in no namespace, or in `namespace`); nothing when absent.
    public func removeAttribute(_ name: String, namespace: String? = nil) {
        guard kind == .element, let attribute = xmlHasNsProp(pointer, name, namespace) else { return }
        xmlRemoveProp(attribute)
    }

    /// Joins adjacent text nodes among this element's descendants (after unwrapping), as a parser
    /// would have made them.
    public func mergeAdjacentTexts() {
        var child = pointer.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE, let next = current.pointee.next,
                next.pointee.type == XML_TEXT_NODE
            {
                if let content = next.pointee.content { xmlNodeAddContent(current, content) }
                xmlUnlinkNode(next)
                xmlFreeNode(next)
                continue
            }
            if current.pointee.type == XML_ELEMENT_NODE {
                XMLNode(document: document, pointer: current).mergeAdjacentTexts()
            }
            child = current.pointee.next
        }
    }
}

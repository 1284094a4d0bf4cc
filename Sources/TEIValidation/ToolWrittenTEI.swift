import LibXML

/// Recognizes TEI that tei-annotator wrote itself (an article or a corpus root), which the project
/// schema describes; everything else is someone else's TEI, for `tei_all`.
enum ToolWrittenTEI {
    /// The `ident` of the tool's `application` in the headers it writes.
    static let applicationIdent = "tei-annotator"

    /// True when the document's header credits the tool as its maker: the title statement's
    /// `respStmt/name[@type="software"]` points at an `appInfo/application` whose `@ident` is the tool's.
    /// TEI the tool only annotated in place keeps its own title statement, so it does not count.
    static func isWrittenByTool(_ document: XMLDocument) -> Bool {
        guard let root = document.rootElement, root.namespace == TEINamespace.uri,
            root.name == "TEI" || root.name == "teiCorpus",
            let header = child(root, "teiHeader"),
            let titleStatement = child(header, "fileDesc").flatMap({ child($0, "titleStmt") }),
            let appInfo = child(header, "encodingDesc").flatMap({ child($0, "appInfo") })
        else { return false }
        let software = Set(
            titleStatement.childElements.filter { $0.name == "respStmt" }
                .flatMap { $0.childElements.filter { $0.name == "name" && $0.attribute("type") == "software" } }
                .compactMap { $0.attribute("ref") })
        return appInfo.childElements.contains { application in
            guard application.name == "application", application.attribute("ident") == applicationIdent,
                let id = application.attribute("id", namespace: XMLDocument.xmlNamespace)
            else { return false }
            return software.contains("#" + id)
        }
    }

    private static func child(_ element: XMLNode, _ name: String) -> XMLNode? {
        element.childElements.first { $0.name == name && $0.namespace == TEINamespace.uri }
    }
}

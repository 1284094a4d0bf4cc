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
            let header = root.childElements.first(where: { $0.name == "teiHeader" })
        else { return false }
        let software = child(header, "fileDesc").flatMap { child($0, "titleStmt") }
            .map { $0.childElements.filter { $0.name == "respStmt" } }?
            .flatMap { $0.childElements.filter { $0.name == "name" && $0.attribute("type") == "software" } }
            .compactMap { $0.attribute("ref") }
            .filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
        guard let software, !software.isEmpty,
            let applications = child(header, "encodingDesc").flatMap({ child($0, "appInfo") })?.childElements
        else { return false }
        return applications.contains { application in
            application.name == "application" && application.attribute("ident") == applicationIdent
                && software.contains(application.attribute("id", namespace: XMLDocument.xmlNamespace) ?? "")
        }
    }

    private static func child(_ element: XMLNode, _ name: String) -> XMLNode? {
        element.childElements.first { $0.name == name && $0.namespace == TEINamespace.uri }
    }
}

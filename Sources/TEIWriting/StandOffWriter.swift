import AnnotationModel
import LibXML

/// Writes the `standOff`: the article's register of persons, places and organizations, and the
/// page noise the reader removed (so the raw input can be rebuilt).
struct StandOffWriter {
    let ids: TEIIdentifiers

    func write(_ annotated: AnnotatedArticle, into root: XMLNode) {
        let entries = annotated.register.entries
        let removed = annotated.article.removed
        guard !entries.isEmpty || !removed.isEmpty else { return }
        let standOff = root.appendElement("standOff")
        for type in EntityType.allCases {
            let indices = entries.indices.filter { entries[$0].type == type }
            guard !indices.isEmpty else { continue }
            let list = standOff.appendElement(type.listElement)
            for index in indices { RegisterEntryElement.append(entries[index], id: ids.entries[index], to: list) }
        }
        if !removed.isEmpty {
            writeRemoved(removed, text: annotated.article.text, source: annotated.article.source, into: standOff)
        }
    }

    /// `<listAnnotation type="removed">` of `<note type="REASON" n="START-END">TEXT</note>`, offsets in
    /// Unicode code points of the raw input (as decoded), end exclusive.
    private func writeRemoved(_ removed: [RemovedSpan], text: String, source: ArticleSource, into standOff: XMLNode) {
        // Offsets in the raw input's characters, through the source map (HTML, TEI) or directly (text).
        let ranges = source.map.sourceRanges(of: removed.map(\.span), in: text)
        let list = standOff.appendElement("listAnnotation")
        list.setAttribute("type", "removed")
        for (span, range) in zip(removed, ranges) {
            let note = list.appendElement("note", text: String(text[span.span]))
            note.setAttribute("type", span.reason.rawValue)
            note.setAttribute("n", "\(range.lowerBound)-\(range.upperBound)")
        }
    }
}

/// The register entry element of TEI: `person`, `place` or `org` with its names, titles and
/// authority ids, or a description note for a described speaker.
public enum RegisterEntryElement {
    /// Appends the element for `entry` with the `xml:id` `id` to `list`.
    @discardableResult
    public static func append(_ entry: RegisterEntry, id: String, to list: XMLNode) -> XMLNode {
        let element = list.appendElement(entry.type.entryElement)
        element.setAttribute("id", id, namespace: XMLDocument.xmlNamespace)
        if let sameAs = entry.sameAs { element.setAttribute("sameAs", sameAs) }
        if entry.isDescription {
            // Described, not named: a note, not a name element.
            element.appendElement("note", text: entry.name).setAttribute("type", "description")
            return element
        }
        element.appendElement(entry.type.nameElement, text: entry.name)
        for variant in entry.variants {
            element.appendElement(entry.type.nameElement, text: variant).setAttribute("type", "variant")
        }
        for role in entry.roles { element.appendElement("occupation", text: role) }
        for uri in entry.authorityURIs { element.appendElement("idno", text: uri).setAttribute("type", "URI") }
        return element
    }
}

extension EntityType {
    /// `listPerson`, `listPlace`, `listOrg`.
    public var listElement: String {
        switch self {
        case .person: "listPerson"
        case .place: "listPlace"
        case .organization: "listOrg"
        }
    }

    /// `person`, `place`, `org`.
    public var entryElement: String {
        switch self {
        case .person: "person"
        case .place: "place"
        case .organization: "org"
        }
    }

    /// `persName`, `placeName`, `orgName`.
    public var nameElement: String {
        switch self {
        case .person: "persName"
        case .place: "placeName"
        case .organization: "orgName"
        }
    }
}

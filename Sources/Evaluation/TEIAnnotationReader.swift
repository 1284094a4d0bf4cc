import LibXML

/// Reads the annotations of a TEI article back into an ``AnnotationSet``.
///
/// The text is the text of the body's `<head>` and `<p>` elements in document order, joined by a
/// blank line; entities are `persName` (PER), `placeName` (LOC), `orgName` (ORG) and
/// `name type="PER|LOC|ORG"` elements in the body; quotations are `said` elements, their parts
/// chained with `@next` counted once, and a speaker's names are read from the element its `@who`
/// points at. The same reading of two TEI files makes their annotations comparable even when
/// one was corrected by hand.
public enum TEIAnnotationReader {
    private static let entityTypes = ["persName": "PER", "placeName": "LOC", "orgName": "ORG"]
    private static let blockElements: Set<String> = ["head", "p"]

    /// Reads a parsed TEI document.
    /// - Throws: ``EvaluationError/malformedTEI(file:reason:)`` when there is no `text/body`.
    public static func read(_ document: XMLDocument, name: String) throws(EvaluationError) -> AnnotationSet {
        guard let root = document.rootElement else { throw .malformedTEI(file: name, reason: "empty document") }
        var elementsByID: [String: XMLNode] = [:]
        var body: XMLNode?
        root.forEachDescendantElement { element in
            if let id = element.attribute("id", namespace: XMLDocument.xmlNamespace) { elementsByID[id] = element }
            if element.name == "body" && body == nil { body = element }
        }
        guard let body else { throw .malformedTEI(file: name, reason: "no <text><body>") }

        var state = ReadingState()
        var blocks: [XMLNode] = []
        body.forEachDescendantElement { element in
            if blockElements.contains(element.name)
                && !(element.parent.map { blockElements.contains($0.name) } ?? false)
            {
                blocks.append(element)
            }
        }
        for (index, block) in blocks.enumerated() {
            if index > 0 { state.appendText("\n\n") }
            walk(block, &state, elementsByID)
        }
        // Join quotation parts linked with @next into one quotation spanning them all.
        var quotes: [AnnotationSet.Quote] = []
        var partOf: [String: Int] = [:]
        for part in state.saidParts {
            if let previous = part.prev.flatMap({ partOf[$0] }) {
                quotes[previous].end = part.end
                if let id = part.id { partOf[id] = previous }
                continue
            }
            quotes.append(
                AnnotationSet.Quote(
                    start: part.start, end: part.end, speakerNames: part.speakerNames, isDirect: part.isDirect))
            if let id = part.id { partOf[id] = quotes.count - 1 }
        }
        let id = root.attribute("id", namespace: XMLDocument.xmlNamespace) ?? name
        return AnnotationSet(id: id, text: state.text, entities: state.entities, quotes: quotes)
    }

    private struct SaidPart {
        var id: String?
        var prev: String?
        var start: Int
        var end: Int
        var speakerNames: [String]
        var isDirect: Bool
    }

    private struct ReadingState {
        var text = ""
        var length = 0  // in code points
        var entities: [AnnotationSet.Entity] = []
        var saidParts: [SaidPart] = []

        mutating func appendText(_ value: String) {
            text += value
            length += value.unicodeScalars.count
        }
    }

    private static func walk(_ node: XMLNode, _ state: inout ReadingState, _ elementsByID: [String: XMLNode]) {
        for child in node.children {
            switch child.kind {
            case .text, .cdata:
                state.appendText(child.textContent)
            case .element:
                let start = state.length
                let partIndex: Int?
                if child.name == "said" {
                    state.saidParts.append(
                        SaidPart(
                            id: child.attribute("id", namespace: XMLDocument.xmlNamespace),
                            prev: child.attribute("prev").map { String($0.drop { $0 == "#" }) }, start: start,
                            end: start,
                            speakerNames: speakerNames(child.attribute("who"), elementsByID),
                            isDirect: child.attribute("direct") != "false"))
                    partIndex = state.saidParts.count - 1
                } else {
                    partIndex = nil
                }
                walk(child, &state, elementsByID)
                if let type = entityType(child) {
                    state.entities.append(AnnotationSet.Entity(start: start, end: state.length, type: type))
                }
                if let partIndex { state.saidParts[partIndex].end = state.length }
            default:
                break
            }
        }
    }

    private static func entityType(_ element: XMLNode) -> String? {
        if let type = entityTypes[element.name] { return type }
        if element.name == "name", let type = element.attribute("type")?.uppercased(),
            ["PER", "LOC", "ORG"].contains(type)
        {
            return type
        }
        return nil
    }

    /// The names of the register entry `who` points at (its name-element children), or `who` itself
    /// when it points outside the document.
    private static func speakerNames(_ who: String?, _ elementsByID: [String: XMLNode]) -> [String] {
        guard let who, let pointer = who.split(separator: " ").first else { return [] }
        guard pointer.hasPrefix("#"), let entry = elementsByID[String(pointer.dropFirst())] else {
            return [String(pointer)]
        }
        let names = entry.childElements.filter { ["persName", "orgName", "name", "placeName"].contains($0.name) }
            .map(\.textContent)
        return names.isEmpty ? [entry.textContent] : names
    }
}

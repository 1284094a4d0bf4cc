import AnnotationModel
import LibXML

/// Reads a TEI article, the tool's own or one corrected by hand, into a ``TEIArticle``.
///
/// The text is the text of the body's `<head>` and `<p>` elements in document order (a `p` inside
/// another block counts as part of it), joined by a blank line. Names are `persName` (PER),
/// `placeName` (LOC), `orgName` (ORG) and `name type="PER|LOC|ORG"`; quotations are `said`
/// elements, parts chained with `@next`/`@prev` joined into one; a speaker's names come from the
/// entry `@who` points at. The register is every `person`, `personGrp`, `place` and `org` with an
/// `xml:id`, wherever it is listed (`standOff`, `particDesc`, …).
///
/// The linguistic layer (`<s>`, `<w>`, `<pc>`, as ParlaMint writes it) is read as tokens; inside a
/// sentence, white space between tokens comes from `@join` (`right`/`both`: no space after;
/// `left`: no space before) and the blanks written between them, not from the indentation around
/// the elements (white space with a line break), so an indented file and
/// a compact one give the same text.
public enum TEIArticleReader {
    private static let entityTypes = ["persName": "PER", "placeName": "LOC", "orgName": "ORG"]
    private static let entryTypes = ["person": "PER", "personGrp": "PER", "place": "LOC", "org": "ORG"]
    private static let blockElements: Set<String> = ["head", "p"]
    private static let nameElements: Set<String> = ["persName", "placeName", "orgName", "name"]

    /// Reads a parsed TEI document.
    /// - Throws: ``EvaluationError/malformedTEI(file:reason:)`` when there is no `text/body`.
    public static func read(_ document: XMLDocument, name: String) throws(EvaluationError) -> TEIArticle {
        guard let root = document.rootElement else { throw .malformedTEI(file: name, reason: "empty document") }
        var elementsByID: [String: XMLNode] = [:]
        var body: XMLNode?
        var header: XMLNode?
        var register: [TEIArticle.Entry] = []
        root.forEachDescendantElement { element in
            if let id = element.attribute("id", namespace: XMLDocument.xmlNamespace) {
                elementsByID[id] = element
                if let type = entryTypes[element.name] { register.append(entry(element, id: id, type: type)) }
            }
            if element.name == "body" && body == nil { body = element }
            if element.name == "teiHeader" && header == nil { header = element }
        }
        guard let body else { throw .malformedTEI(file: name, reason: "no <text><body>") }

        var blocks: [XMLNode] = []
        body.forEachDescendantElement { element in
            if blockElements.contains(element.name)
                && !(element.parent.map { blockElements.contains($0.name) } ?? false)
            {
                blocks.append(element)
            }
        }
        var state = ReadingState(elementsByID: elementsByID)
        var textBlocks: [TextBlock] = []
        for (index, block) in blocks.enumerated() {
            if index > 0 { state.append("\n\n") }
            let start = state.length
            state.block = index
            walk(block, &state)
            state.pendingSpace = false
            state.closeLooseSentence()
            textBlocks.append(
                TextBlock(kind: block.name == "head" ? .headline : .paragraph, span: .init(start, state.length)))
        }
        let id = root.attribute("id", namespace: XMLDocument.xmlNamespace) ?? name
        return TEIArticle(
            id: id, text: state.text, blocks: textBlocks, names: state.names, quotes: joinedQuotes(state.saidParts),
            register: register, tokens: state.tokens, sentences: state.sentences, source: header.map(source) ?? .init())
    }

    private struct SaidPart {
        var id: String?
        var prev: String?
        var span: TextSpan
        var speakerID: String?
        var speakerNames: [String]
        var isDirect: Bool
    }

    private struct ReadingState {
        let elementsByID: [String: XMLNode]
        var text = ""
        var length = 0  // UTF-8
        var block = 0
        var names: [TEIArticle.Name] = []
        var saidParts: [SaidPart] = []
        var tokens: [TEIArticle.Token] = []
        var sentences: [TEIArticle.TokenSentence] = []
        /// Depth of open `s` elements.
        var sentenceDepth = 0
        /// The first token of the tokens read outside any `s` in the current block.
        var looseSentenceStart: Int?
        /// A space owed after a token, written when the next text or element starts.
        var pendingSpace = false

        mutating func append(_ value: String) {
            text += value
            length += value.utf8.count
        }

        mutating func flushSpace() {
            if pendingSpace { append(" ") }
            pendingSpace = false
        }

        mutating func closeLooseSentence() {
            if let start = looseSentenceStart, start < tokens.count {
                sentences.append(TEIArticle.TokenSentence(id: nil, tokens: start..<tokens.count, block: block))
            }
            looseSentenceStart = nil
        }
    }

    private static func walk(_ node: XMLNode, _ state: inout ReadingState) {
        let children = node.children
        // Around and inside sentences, white space is layout: @join says where the spaces are.
        let holdsSentences = children.contains { $0.kind == .element && $0.name == "s" }
        for child in children {
            switch child.kind {
            case .text, .cdata:
                let value = child.textContent
                let mayBeLayout = state.sentenceDepth > 0 || state.pendingSpace || holdsSentences
                if mayBeLayout && value.allSatisfy(\.isWhitespace) {
                    // Indentation is layout; other blanks (a space, a no-break space) are the text's
                    // own, as the annotator writes them.
                    if isIndentation(value) { continue }
                    state.pendingSpace = false
                }
                state.flushSpace()
                state.append(value)
            case .element:
                element(child, &state)
            default:
                break
            }
        }
    }

    /// Line breaks with spaces or tabs, and nothing else: what a pretty-printer puts between elements.
    private static func isIndentation(_ value: String) -> Bool {
        value.contains("\n") && value.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    }

    private static func element(_ element: XMLNode, _ state: inout ReadingState) {
        let isToken = element.name == "w" || element.name == "pc"
        let join = element.attribute("join")
        if isToken && (join == "left" || join == "both") { state.pendingSpace = false }
        state.flushSpace()
        let start = state.length
        var partIndex: Int?
        switch element.name {
        case "said":
            let speaker = speaker(element.attribute("who"), state.elementsByID)
            state.saidParts.append(
                SaidPart(
                    id: element.attribute("id", namespace: XMLDocument.xmlNamespace),
                    prev: element.attribute("prev").map { String($0.drop { $0 == "#" }) }, span: .init(start, start),
                    speakerID: speaker.id, speakerNames: speaker.names, isDirect: element.attribute("direct") != "false"
                ))
            partIndex = state.saidParts.count - 1
        case "s":
            state.closeLooseSentence()
            state.sentenceDepth += 1
        default:
            break
        }
        let firstToken = state.tokens.count
        walk(element, &state)
        let span = TextSpan(start, state.length)
        if let type = entityType(element) {
            let entryID = element.attribute("ref").flatMap { localTarget($0, state.elementsByID) }
            state.names.append(TEIArticle.Name(span: span, type: type, entryID: entryID))
        }
        if let partIndex { state.saidParts[partIndex].span = span }
        if element.name == "s" {
            state.sentenceDepth -= 1
            if state.sentenceDepth == 0 && firstToken < state.tokens.count {
                state.sentences.append(
                    TEIArticle.TokenSentence(
                        id: element.attribute("id", namespace: XMLDocument.xmlNamespace),
                        tokens: firstToken..<state.tokens.count, block: state.block))
            }
        }
        if isToken {
            if state.sentenceDepth == 0 && state.looseSentenceStart == nil {
                state.looseSentenceStart = state.tokens.count
            }
            state.tokens.append(token(element, span: span))
            state.pendingSpace = !(join == "right" || join == "both")
        }
    }

    private static func token(_ element: XMLNode, span: TextSpan) -> TEIArticle.Token {
        var upos: String?
        var features: [Substring] = []
        for feature in (element.attribute("msd") ?? "").split(separator: "|") {
            if feature.hasPrefix("UPosTag=") {
                upos = String(feature.dropFirst("UPosTag=".count))
            } else if feature.contains("=") {
                features.append(feature)
            }
        }
        return TEIArticle.Token(
            span: span, isPunctuation: element.name == "pc", lemma: element.attribute("lemma"),
            xpos: element.attribute("pos"), upos: upos,
            features: features.isEmpty ? nil : features.joined(separator: "|"))
    }

    /// Quotation parts linked with `@prev` joined into one quotation each.
    private static func joinedQuotes(_ parts: [SaidPart]) -> [TEIArticle.Quote] {
        var quotes: [TEIArticle.Quote] = []
        var partOf: [String: Int] = [:]
        for part in parts {
            if let previous = part.prev.flatMap({ partOf[$0] }) {
                quotes[previous].parts.append(part.span)
                if let id = part.id { partOf[id] = previous }
                continue
            }
            quotes.append(
                TEIArticle.Quote(
                    id: part.id, parts: [part.span], speakerID: part.speakerID, speakerNames: part.speakerNames,
                    isDirect: part.isDirect))
            if let id = part.id { partOf[id] = quotes.count - 1 }
        }
        return quotes
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

    /// The id of the element the first pointer of `pointers` names in this document, or nil.
    private static func localTarget(_ pointers: String, _ elementsByID: [String: XMLNode]) -> String? {
        guard let pointer = pointers.split(separator: " ").first, pointer.hasPrefix("#") else { return nil }
        let id = String(pointer.dropFirst())
        return elementsByID[id] == nil ? nil : id
    }

    /// The entry `who` points at and its names (its name-element children), or `who` itself as the
    /// name when it points outside the document.
    /// The first speaker's id, and the names of every speaker `who` points to.
    private static func speaker(_ who: String?, _ elementsByID: [String: XMLNode]) -> (id: String?, names: [String]) {
        guard let who else { return (nil, []) }
        var firstID: String?
        var names: [String] = []
        for pointer in who.split(whereSeparator: \.isWhitespace).map(String.init) {
            guard let id = localTarget(pointer, elementsByID), let entry = elementsByID[id] else {
                names.append(pointer)
                continue
            }
            if firstID == nil { firstID = id }
            let entryNames = entry.childElements.filter { nameElements.contains($0.name) }.map(\.textContent)
            names += entryNames.isEmpty ? [entry.textContent] : entryNames
        }
        return (firstID, names)
    }

    private static func entry(_ element: XMLNode, id: String, type: String) -> TEIArticle.Entry {
        var name: String?
        var variants: [String] = []
        var roles: [String] = []
        var uris: [String] = []
        var description: String?
        for child in element.childElements {
            let value = child.textContent.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if nameElements.contains(child.name) {
                if name == nil && child.attribute("type") != "variant" { name = value } else { variants.append(value) }
            } else if child.name == "occupation" || child.name == "roleName" {
                roles.append(value)
            } else if child.name == "idno" && child.attribute("type")?.uppercased() == "URI" {
                uris.append(value)
            } else if child.name == "note" && child.attribute("type") == "description" {
                description = value
            }
        }
        if name == nil && !variants.isEmpty { name = variants.removeFirst() }
        if name == nil, let description {
            return TEIArticle.Entry(
                id: id, type: type, name: description, variants: [], roles: roles, uris: uris, isDescription: true)
        }
        return TEIArticle.Entry(
            id: id, type: type, name: name ?? id, variants: variants.filter { $0 != name }, roles: roles, uris: uris)
    }

    /// The title (`titleStmt`, else the source's `bibl`), publisher and date of the source.
    private static func source(_ header: XMLNode) -> TEIArticle.Source {
        var source = TEIArticle.Source()
        var biblTitle: String?
        header.forEachDescendantElement { element in
            guard let parent = element.parent?.name else { return }
            let value = element.textContent.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            switch (element.name, parent) {
            case ("title", "titleStmt"): if source.title == nil { source.title = value }
            case ("title", "bibl"): if biblTitle == nil { biblTitle = value }
            case ("publisher", "bibl"): if source.publisher == nil { source.publisher = value }
            case ("date", "bibl"): if source.date == nil { source.date = element.attribute("when") ?? value }
            default: break
            }
        }
        if source.title == nil { source.title = biblTitle }
        return source
    }
}

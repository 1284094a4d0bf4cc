import AnnotationModel
import ArticleReading
import LibXML

/// An existing TEI document annotated in place.
public struct InPlaceAnnotationResult {
    /// The document, with the new annotations in its tree.
    public let document: XMLDocument
    /// The pipeline's annotations over the document's text (names the document already marked included).
    public let annotated: AnnotatedArticle
    /// The id of the `application` element every new annotation points at with `@resp`.
    public let applicationID: String
    /// What could not be placed (a name that would cross an existing element), for the user.
    public let warnings: [String]
}

/// Adds names and quotations to an existing TEI document without destroying its markup.
///
/// - Every element, attribute, id, comment and processing instruction of the input stays; new
///   elements are only ever *added*: inline names and quotations wrap runs of text (and of whole
///   existing elements), nesting inside existing inline elements; a new name that would cross an
///   existing element's boundary is not written (a warning says so).
/// - Names the document already marks (`persName`, `placeName`, `orgName`, `name`/`rs` with a type)
///   are kept as they are and reused: the tagger's own guesses over them are dropped, other mentions
///   of the same name point at the same entity — at the document's own `person`/`place`/`org` when
///   the marked name's `@ref` leads to one.
/// - The header gains the application (`encodingDesc/appInfo/application`), the register of the
///   new entities (`profileDesc/particDesc` with `listPerson`/`listOrg`, `profileDesc/settingDesc`
///   with `listPlace`) and a `revisionDesc/change`.
/// - Everything added carries `@resp` pointing at the application (the application itself carries
///   its `xml:id`, the `change` names it with `@who`), so ``removeAnnotations(from:applicationID:)``
///   takes it all out again.
public enum InPlaceTEIAnnotation {
    static func annotate(
        _ input: TEIInput, _ pipelineResult: AnnotatedArticle, application: TEIWriter.Application
    ) -> InPlaceAnnotationResult {
        let document = input.document
        var existingIDs: Set<String> = []
        var elementsByID: [String: XMLNode] = [:]
        document.rootElement?.forEachDescendantElement { element in
            if let id = element.attribute("id", namespace: XMLDocument.xmlNamespace) {
                existingIDs.insert(id)
                elementsByID[id] = element
            }
        }
        var prefix = input.article.id
        while existingIDs.contains(where: { $0 == prefix + "-app" || $0.hasPrefix(prefix + "-per") }) {
            prefix += "-ann"
        }
        let applicationID = prefix + "-app"
        let merged = MarkedNameMerge(input: input, annotated: pipelineResult, elementsByID: elementsByID)
        var annotated = pipelineResult
        // A quotation the document already marks is not marked again.
        let keptQuotations = pipelineResult.quotations.indices.filter { index in
            !input.markedQuotations.contains { $0.overlaps(pipelineResult.quotations[index].span) }
        }
        annotated.quotations = keptQuotations.map { pipelineResult.quotations[$0] }
        annotated.mentions = merged.mentions
        annotated.register = merged.register
        for (position, index) in keptQuotations.enumerated() {
            annotated.quotations[position].speaker = merged.quotationSpeakers[index]
        }

        // Inline elements for the new mentions and the quotations, outermost first, block by block.
        var newOnly = annotated
        newOnly.mentions = merged.mentions.enumerated().filter { !merged.isMarked[$0.offset] }.map(\.element)
        let newIndices = merged.mentions.indices.filter { !merged.isMarked[$0] }
        let layout = OverlapPolicy.layout(newOnly)
        let ids = entryIDs(register: merged.register, reused: merged.reusedIDs, prefix: prefix)
        var surgeon = TextSurgeon(pieces: input.pieces)
        var warnings: [String] = []
        var placedParts: [Int: [String]] = [:]
        for spans in layout.spansByBlock {
            for inline in spans {
                let name: String
                switch inline.annotation {
                case .mention(let index): name = newOnly.mentions[index].type.nameElement
                case .quotation: name = "said"
                // Sentences and words are not laid out here (no linguistic layer in place).
                case .sentence, .token: continue
                }
                guard let element = surgeon.wrap(inline.span, in: name) else {
                    let text = annotated.article.text[inline.span]
                    warnings.append("<\(name)> over “\(text)” would cross an existing element; not written")
                    continue
                }
                element.setAttribute("resp", "#" + applicationID)
                switch inline.annotation {
                case .mention(let index):
                    let mention = merged.mentions[newIndices[index]]
                    element.setAttribute("ref", "#" + ids[mention.entry])
                    element.setAttribute("cert", certainty(mention.confidence))
                case .quotation(let index, let part):
                    let quotation = annotated.quotations[index]
                    let id = "\(prefix)-q\(index + 1)" + (part == 0 ? "" : "-\(part + 1)")
                    element.setAttribute("id", id, namespace: XMLDocument.xmlNamespace)
                    if !quotation.speakers.isEmpty {
                        element.setAttribute("who", quotation.speakers.map { "#" + ids[$0] }.joined(separator: " "))
                    }
                    element.setAttribute("direct", quotation.isDirect ? "true" : "false")
                    if let previous = placedParts[index]?.last {
                        element.setAttribute("prev", "#" + previous)
                    }
                    placedParts[index, default: []].append(id)
                    element.setAttribute(
                        "cert",
                        certainty(
                            quotation.speaker == nil
                                ? quotation.confidence : min(quotation.confidence, quotation.speakerConfidence)))
                case .sentence, .token:
                    continue
                }
            }
        }
        // Chain quotation parts forward.
        if !placedParts.isEmpty {
            document.rootElement?.forEachDescendantElement { element in
                guard element.name == "said", let id = element.attribute("id", namespace: XMLDocument.xmlNamespace)
                else { return }
                for parts in placedParts.values {
                    if let position = parts.firstIndex(of: id), position + 1 < parts.count {
                        element.setAttribute("next", "#" + parts[position + 1])
                    }
                }
            }
        }
        HeaderAdditions(
            application: application, applicationID: applicationID, register: merged.register, ids: ids,
            reused: merged.reusedIDs
        ).add(to: document)
        return InPlaceAnnotationResult(
            document: document, annotated: annotated, applicationID: applicationID, warnings: warnings)
    }

    /// Takes out everything ``InPlaceTEIAnnotation`` added for `applicationID`: inline elements
    /// are unwrapped (their text stays), header additions removed. The document is then the input
    /// again, as Canonical XML compares documents.
    public static func removeAnnotations(from document: XMLDocument, applicationID: String) {
        let pointer = "#" + applicationID
        var marked: [(XMLNode, inText: Bool)] = []
        func visit(_ element: XMLNode, inText: Bool) {
            let inText = inText || element.name == "text"
            if element.attribute("resp") == pointer
                || element.attribute("id", namespace: XMLDocument.xmlNamespace) == applicationID
                || (element.name == "change" && element.attribute("who") == pointer)
            {
                marked.append((element, inText))
            }
            for child in element.childElements { visit(child, inText: inText) }
        }
        guard let root = document.rootElement else { return }
        visit(root, inText: false)
        for (element, inText) in marked.reversed() {
            if inText { element.unwrap() } else { element.remove() }
        }
        root.mergeAdjacentTexts()
    }

    /// The id of each register entry: the document's own when reused, otherwise `PREFIX-per1` ….
    private static func entryIDs(register: EntityRegister, reused: [Int: String], prefix: String) -> [String] {
        let keys = register.keys
        return register.entries.indices.map { reused[$0] ?? "\(prefix)-\(keys[$0])" }
    }
}

/// A probability as `@cert` takes it, two decimals.
private func certainty(_ value: Double) -> String {
    let clamped = value.isFinite ? min(max(value, 0), 1) : 0
    let hundredths = Int((clamped * 100).rounded())
    if hundredths == 100 { return "1.00" }
    return hundredths < 10 ? "0.0\(hundredths)" : "0.\(hundredths)"
}

/// Merges the names a document already marks into the pipeline's mentions and register.
struct MarkedNameMerge {
    var mentions: [EntityMention] = []
    /// Parallel to ``mentions``: true for a name the document already marks.
    var isMarked: [Bool] = []
    var register: EntityRegister
    /// Register entries that are the document's own `person`/`place`/`org`, by their id.
    var reusedIDs: [Int: String] = [:]
    /// Each quotation's speaker in the merged register.
    var quotationSpeakers: [Int?] = []

    init(input: TEIInput, annotated: AnnotatedArticle, elementsByID: [String: XMLNode]) {
        register = annotated.register
        let text = input.article.text
        var entryForReference: [String: Int] = [:]
        var entryForMarkedText: [String: Int] = [:]
        var marked: [(EntityMention, Bool)] = []
        for name in input.markedNames {
            let surface = String(text[name.span])
            var entry: Int?
            if let reference = name.reference, elementsByID[reference] != nil {
                if let known = entryForReference[reference] {
                    entry = known
                } else {
                    register.entries.append(RegisterEntry(type: name.type, name: surface))
                    entry = register.entries.count - 1
                    entryForReference[reference] = entry
                    reusedIDs[entry!] = reference
                }
            } else if let known = register.entries.firstIndex(where: {
                $0.type == name.type && ($0.name == surface || $0.variants.contains(surface))
            }) {
                entry = known
            } else {
                register.entries.append(RegisterEntry(type: name.type, name: surface))
                entry = register.entries.count - 1
            }
            entryForMarkedText[surface] = entry
            marked.append((EntityMention(span: name.span, type: name.type, entry: entry!, confidence: 1), true))
        }
        // The tagger's mentions, less those over a marked name; same text → the marked name's entity.
        var redirect: [Int: Int] = [:]
        for mention in annotated.mentions {
            if let over = input.markedNames.firstIndex(where: { $0.span.overlaps(mention.span) }) {
                redirect[mention.entry] = marked[over].0.entry
                continue
            }
            var mention = mention
            if let entry = entryForMarkedText[String(text[mention.span])] {
                mention.entry = entry
                mention.type = register.entries[entry].type
            }
            marked.append((mention, false))
        }
        for index in marked.indices where !marked[index].1 {
            if let target = redirect[marked[index].0.entry] { marked[index].0.entry = target }
        }
        marked.sort { $0.0.span < $1.0.span }
        // Keep only the entries something points at, renumbered in order of first mention.
        var speakers = annotated.quotations.map { $0.speaker.map { redirect[$0] ?? $0 } }
        var newIndex: [Int: Int] = [:]
        var entries: [RegisterEntry] = []
        for entry in marked.map(\.0.entry) + speakers.compactMap({ $0 }) where newIndex[entry] == nil {
            newIndex[entry] = entries.count
            entries.append(register.entries[entry])
        }
        for index in marked.indices { marked[index].0.entry = newIndex[marked[index].0.entry]! }
        speakers = speakers.map { $0.map { newIndex[$0]! } }
        reusedIDs = Dictionary(
            uniqueKeysWithValues: reusedIDs.compactMap { key, value in newIndex[key].map { ($0, value) } })
        register = EntityRegister(entries: entries)
        quotationSpeakers = speakers
        mentions = marked.map(\.0)
        isMarked = marked.map(\.1)
    }
}

/// Wraps runs of the article text in new elements, splitting text nodes where a run starts or
/// ends inside one.
struct TextSurgeon {
    private var pieces: [TEIInput.TextPiece]

    init(pieces: [TEIInput.TextPiece]) {
        self.pieces = pieces
    }

    /// Wraps `span` in a new element; nil (and nothing changed but text-node splits) when that
    /// would cross an existing element.
    mutating func wrap(_ span: TextSpan, in name: String) -> XMLNode? {
        guard let startPiece = piece(containing: span.start), let endPiece = piece(endingAt: span.end) else {
            return nil
        }
        split(startPiece, at: span.start)
        guard let endIndex = piece(endingAt: span.end) else { return nil }
        split(endIndex, at: span.end)
        guard let firstIndex = piece(containing: span.start), let lastIndex = piece(endingAt: span.end) else {
            return nil
        }
        _ = endPiece
        let first = pieces[firstIndex].node
        let last = pieces[lastIndex].node
        // The lowest common ancestor and the children of it that lead to `first` and `last`.
        let firstChain = chain(of: first)
        let lastChain = chain(of: last)
        guard let common = firstChain.dropLast().last(where: { lastChain.dropLast().contains($0) }) else { return nil }
        let firstTop = firstChain[firstChain.firstIndex(of: common)! + 1]
        let lastTop = lastChain[lastChain.firstIndex(of: common)! + 1]
        // The run must cover whole elements: it starts at firstTop's first text and ends at lastTop's last.
        guard textStart(of: firstTop) == span.start, textEnd(of: lastTop) == span.end else { return nil }
        return firstTop.wrap(through: lastTop, in: name, namespace: first.document.rootElement?.namespace)
    }

    /// From the root element down to `node` itself.
    private func chain(of node: XMLNode) -> [XMLNode] {
        var result = [node]
        var current = node.parent
        while let element = current {
            result.append(element)
            current = element.parent
        }
        return result.reversed()
    }

    private func textStart(of node: XMLNode) -> Int? {
        if let index = pieces.firstIndex(where: { $0.node == node }) { return pieces[index].span.start }
        var result: Int?
        forEachText(in: node) { text in
            if result == nil, let index = pieces.firstIndex(where: { $0.node == text }) {
                result = pieces[index].span.start
            }
        }
        return result
    }

    private func textEnd(of node: XMLNode) -> Int? {
        if let index = pieces.firstIndex(where: { $0.node == node }) { return pieces[index].span.end }
        var result: Int?
        forEachText(in: node) { text in
            if let index = pieces.firstIndex(where: { $0.node == text }) { result = pieces[index].span.end }
        }
        return result
    }

    private func forEachText(in node: XMLNode, _ body: (XMLNode) -> Void) {
        for child in node.children {
            if child.kind == .text || child.kind == .cdata {
                body(child)
            } else if child.kind == .element {
                forEachText(in: child, body)
            }
        }
    }

    private func piece(containing offset: Int) -> Int? {
        var low = 0
        var high = pieces.count
        while low < high {
            let middle = (low + high) / 2
            if pieces[middle].span.end <= offset { low = middle + 1 } else { high = middle }
        }
        guard low < pieces.count, pieces[low].span.start <= offset else { return nil }
        return low
    }

    private func piece(endingAt offset: Int) -> Int? {
        var low = 0
        var high = pieces.count
        while low < high {
            let middle = (low + high) / 2
            if pieces[middle].span.end < offset { low = middle + 1 } else { high = middle }
        }
        guard low < pieces.count, pieces[low].span.start < offset else { return nil }
        return low
    }

    /// Makes `offset` a text-node boundary inside piece `index`.
    private mutating func split(_ index: Int, at offset: Int) {
        let piece = pieces[index]
        guard offset > piece.span.start, offset < piece.span.end, piece.node.kind == .text else { return }
        let tail = piece.node.splitText(atUTF8: offset - piece.span.start)
        pieces[index].span = TextSpan(piece.span.start, offset)
        pieces.insert(
            TEIInput.TextPiece(span: TextSpan(offset, piece.span.end), node: tail, nodeOffset: 0), at: index + 1)
    }
}

/// The header's new parts: application, register, change.
struct HeaderAdditions {
    let application: TEIWriter.Application
    let applicationID: String
    let register: EntityRegister
    let ids: [String]
    let reused: [Int: String]

    func add(to document: XMLDocument) {
        guard let root = document.rootElement,
            let header = root.childElements.first(where: { $0.name == "teiHeader" })
                ?? root.childElements.first(where: { $0.name == "TEI" })?.childElements.first(where: {
                    $0.name == "teiHeader"
                })
        else { return }
        let resp = "#" + applicationID
        let children = header.childElements
        guard let fileDesc = children.first(where: { $0.name == "fileDesc" }) else { return }

        // encodingDesc/appInfo/application
        var encodingDesc = children.first { $0.name == "encodingDesc" }
        if encodingDesc == nil {
            encodingDesc = fileDesc.insertElementAfter("encodingDesc")
            encodingDesc!.setAttribute("resp", resp)
        }
        var appInfo = encodingDesc!.childElements.first { $0.name == "appInfo" }
        if appInfo == nil {
            appInfo = encodingDesc!.appendElement("appInfo")
            appInfo!.setAttribute("resp", resp)
        }
        let app = appInfo!.appendElement("application")
        app.setAttribute("id", applicationID, namespace: XMLDocument.xmlNamespace)
        app.setAttribute("ident", application.ident)
        app.setAttribute("version", application.version)
        app.appendElement("label", text: application.ident)
        app.appendElement("desc", text: application.summary)

        // profileDesc: particDesc (persons, organizations), settingDesc (places).
        let newEntries = register.entries.indices.filter { reused[$0] == nil }
        if !newEntries.isEmpty {
            var profileDesc = header.childElements.first { $0.name == "profileDesc" }
            if profileDesc == nil {
                profileDesc = encodingDesc!.insertElementAfter("profileDesc")
                profileDesc!.setAttribute("resp", resp)
            }
            let people = newEntries.filter { register.entries[$0].type != .place }
            if !people.isEmpty {
                let particDesc = profileDesc!.appendElement("particDesc")
                particDesc.setAttribute("resp", resp)
                for type in [EntityType.person, .organization] {
                    let indices = people.filter { register.entries[$0].type == type }
                    guard !indices.isEmpty else { continue }
                    let list = particDesc.appendElement(type == .person ? "listPerson" : "listOrg")
                    for index in indices { writeEntry(index, into: list) }
                }
            }
            let places = newEntries.filter { register.entries[$0].type == .place }
            if !places.isEmpty {
                let settingDesc = profileDesc!.appendElement("settingDesc")
                settingDesc.setAttribute("resp", resp)
                let list = settingDesc.appendElement("listPlace")
                for index in places { writeEntry(index, into: list) }
            }
        }

        // revisionDesc/change
        var revisionDesc = header.childElements.first { $0.name == "revisionDesc" }
        if revisionDesc == nil {
            let last = header.childElements.last!
            revisionDesc = last.insertElementAfter("revisionDesc")
            revisionDesc!.setAttribute("resp", resp)
        }
        let container = revisionDesc!.childElements.first { $0.name == "listChange" } ?? revisionDesc!
        let change = container.appendElement(
            "change", text: "Persons, places, organizations and quotations annotated automatically.")
        // `@who` names the agent of the change; a `@resp` beside it would say the same again.
        change.setAttribute("who", resp)
    }

    private func writeEntry(_ index: Int, into list: XMLNode) {
        RegisterEntryElement.append(register.entries[index], id: ids[index], to: list)
    }
}

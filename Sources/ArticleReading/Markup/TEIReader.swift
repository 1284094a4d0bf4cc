import AnnotationModel
import LibXML

/// An existing TEI document read as an article, with what is needed to annotate it in place.
public struct TEIInput {
    /// The parsed document; annotating it edits this tree.
    public let document: XMLDocument
    /// The text of the document's body (`head`, `p`, `ab`, `l`, `item` … as blocks), verbatim.
    public var article: Article
    /// Where each stretch of ``Article/text`` lies: a text node and the UTF-8 offset in it.
    public var pieces: [TextPiece]
    /// Names the document already marks (`persName`, `placeName`, `orgName`, `name`/`rs` with a type).
    public var markedNames: [MarkedName]
    /// The text of quotations the document already marks (`said`, `q`, `quote`).
    public var markedQuotations: [TextSpan]

    /// A text node's characters in the article text: `node`'s UTF-8 bytes from `nodeOffset` on are
    /// the article's bytes from `span.start` to `span.end`.
    public struct TextPiece {
        public var span: TextSpan
        public var node: XMLNode
        public var nodeOffset: Int

        public init(span: TextSpan, node: XMLNode, nodeOffset: Int) {
            self.span = span
            self.node = node
            self.nodeOffset = nodeOffset
        }
    }

    /// A name the document marked before the annotator saw it.
    public struct MarkedName {
        public var element: XMLNode
        public var type: EntityType
        /// Its text in the article.
        public var span: TextSpan
        /// The id its `@ref` points at in the same document (`#per-1` → `per-1`), when it does.
        public var reference: String?
    }
}

/// Reads the text of an existing TEI document so it can be annotated without touching its markup.
///
/// The text is that of the `body` of each `text` (front and back matter, the header and notes
/// are left alone). Block elements (`p`, `head`, `ab`, `l`, `item`, `cell`, `byline`, `dateline`,
/// `salute`, `signed`, `trailer`, `speaker`, `stage`) each give a block; inline elements (`hi`,
/// `emph`, `persName`, `choice` …) do not break the text, so a word split over two of them reads
/// as one. `note`, `fw`, `figDesc`, `del`, `sic`, `orig` and `abbr` (inside `choice`) are skipped;
/// `lb`, `pb`, `cb` and `milestone` read as a space unless `break="no"`.
public struct TEIReader: Sendable {
    public init() {}

    static let blockElements: Set<String> = [
        "p", "head", "ab", "l", "item", "cell", "byline", "dateline", "salute", "signed", "trailer", "speaker",
        "stage", "label", "docTitle", "titlePart", "docAuthor", "docDate", "argument", "closer", "opener",
        "epigraph", "lg", "list", "table", "row", "sp", "div", "div1", "div2", "div3", "div4", "floatingText",
    ]
    static let skipped: Set<String> = [
        "note", "fw", "figDesc", "del", "sic", "orig", "abbr", "interp", "interpGrp", "span", "spanGrp",
        "standOff", "teiHeader", "facsimile", "surplus", "metamark", "certainty", "link", "linkGrp", "join",
    ]
    static let milestones: Set<String> = ["lb", "pb", "cb", "milestone", "gb"]
    static let nameTypes: [String: EntityType] = ["persName": .person, "placeName": .place, "orgName": .organization]

    public func read(bytes: [UInt8], id: String? = nil, sourceName: String? = nil) throws(ArticleReadingError)
        -> TEIInput
    {
        let decoded = try TextDecoding.decode(bytes, declared: TextDecoding.declaredEncoding(in: bytes))
        let document: XMLDocument
        do {
            // libxml2 reads the XML declaration's encoding itself; hand it the original bytes.
            document = try XMLDocument(parsing: bytes, url: sourceName)
        } catch {
            if let stop = error.diagnostics.first(where: { $0.hazard != nil }) {
                throw stop.hazard == .externalResource
                    ? .malformed(format: "TEI", reason: stop.message + " (external DTDs and entities are never read)")
                    : .beyondLimit(reason: stop.limitReached)
            }
            throw .malformed(format: "TEI", reason: error.description)
        }
        guard let root = document.rootElement, root.name == "TEI" || root.name == "teiCorpus" else {
            throw .malformed(format: "TEI", reason: "the root element is not TEI")
        }
        var walker = TEIWalker(aligner: MarkupAligner(source: decoded.text, isHTML: false))
        var bodies: [XMLNode] = []
        root.forEachDescendantElement { element in
            if element.name == "body", element.parent?.name == "text" { bodies.append(element) }
        }
        guard !bodies.isEmpty else { throw .malformed(format: "TEI", reason: "it has no <text><body>") }
        for body in bodies { walker.walkBody(body) }
        guard !walker.blocks.isEmpty else { throw .noArticleText }

        let articleID =
            id ?? root.attribute("id", namespace: XMLDocument.xmlNamespace).map(ArticleIdentifier.sanitized)
            ?? sourceName.map(ArticleIdentifier.fromFileName) ?? ArticleIdentifier.fromContent(bytes)
        var metadata = ArticleMetadata(sourceName: sourceName)
        metadata.title = Self.headerTitle(root)
        if let language = root.attribute("lang", namespace: XMLDocument.xmlNamespace).flatMap(
            ArticleMetadata.languageTag)
        {
            metadata.language = language
        }
        let article = Article(
            id: articleID, text: walker.flow.text, blocks: walker.blocks, removed: [], metadata: metadata,
            source: ArticleSource(
                format: .tei, encoding: decoded.encoding, map: walker.flow.map, warnings: decoded.warnings))
        return TEIInput(
            document: document, article: article, pieces: walker.pieces, markedNames: walker.names,
            markedQuotations: walker.quotations)
    }

    private static func headerTitle(_ root: XMLNode) -> String? {
        var title: String?
        root.forEachDescendantElement { element in
            if title == nil, element.name == "title", element.parent?.name == "titleStmt" {
                title = element.textContent.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            }
        }
        return title
    }
}

/// Walks a TEI body, collecting blocks, text pieces and marked names.
struct TEIWalker {
    var aligner: MarkupAligner
    var flow = TextFlow()
    var blocks: [TextBlock] = []
    var pieces: [TEIInput.TextPiece] = []
    var names: [TEIInput.MarkedName] = []
    var quotations: [TextSpan] = []
    private var needsSpace = false

    init(aligner: MarkupAligner) {
        self.aligner = aligner
    }

    mutating func walkBody(_ body: XMLNode) {
        flow.beginBlock()
        walk(body, blockKind: .paragraph)
        endBlock(.paragraph)
    }

    private mutating func walk(_ node: XMLNode, blockKind: TextBlock.Kind) {
        for child in node.children {
            switch child.kind {
            case .text, .cdata:
                let content = child.textContent
                let sources = aligner.align(content)
                if needsSpace, let first = content.unicodeScalars.first, !TextFlow.isFoldable(first),
                    !flow.endsWithSpace
                {
                    flow.appendUnmappedSpace()
                }
                needsSpace = false
                flow.append(content, sources: sources, preservingSpace: true)
                let end = flow.text.utf8.count
                let length = content.utf8.count
                if length > 0 {
                    pieces.append(TEIInput.TextPiece(span: TextSpan(end - length, end), node: child, nodeOffset: 0))
                }
            case .element:
                let name = child.name
                if TEIReader.skipped.contains(name) {
                    aligner.skipText(of: child)
                    continue
                }
                if TEIReader.milestones.contains(name) {
                    if child.attribute("break") != "no" { needsSpace = true }
                    continue
                }
                if name == "choice" {
                    walkChoice(child, blockKind: blockKind)
                    continue
                }
                if TEIReader.blockElements.contains(name) {
                    endBlock(blockKind)
                    walk(child, blockKind: name == "head" ? .headline : .paragraph)
                    endBlock(name == "head" ? .headline : .paragraph)
                    continue
                }
                let start = flow.text.utf8.count
                let piecesBefore = pieces.count
                walk(child, blockKind: blockKind)
                if ["said", "q", "quote"].contains(name), pieces.count > piecesBefore {
                    quotations.append(TextSpan(max(start, pieces[piecesBefore].span.start), flow.text.utf8.count))
                }
                if let type = markedType(child), pieces.count > piecesBefore {
                    let first = pieces[piecesBefore].span.start
                    let span = trimmed(TextSpan(max(start, first), flow.text.utf8.count))
                    if !span.isEmpty {
                        let reference = child.attribute("ref").flatMap {
                            $0.hasPrefix("#") ? String($0.dropFirst()) : nil
                        }
                        names.append(TEIInput.MarkedName(element: child, type: type, span: span, reference: reference))
                    }
                }
            default:
                continue
            }
        }
    }

    /// `choice`: the regularized, corrected or expanded reading only.
    private mutating func walkChoice(_ choice: XMLNode, blockKind: TextBlock.Kind) {
        let options = choice.childElements
        let preferred = options.first { ["reg", "corr", "expan"].contains($0.name) } ?? options.first
        for option in options {
            if option == preferred { walk(option, blockKind: blockKind) } else { aligner.skipText(of: option) }
        }
    }

    private func markedType(_ element: XMLNode) -> EntityType? {
        if let type = TEIReader.nameTypes[element.name] { return type }
        guard element.name == "name" || element.name == "rs", let type = element.attribute("type")?.lowercased() else {
            return nil
        }
        switch type {
        case "person", "per", "pers": return .person
        case "place", "loc", "location": return .place
        case "org", "organization", "organisation": return .organization
        default: return nil
        }
    }

    private mutating func endBlock(_ kind: TextBlock.Kind) {
        if let span = flow.endBlock() {
            let content = trimmed(span)
            if !content.isEmpty { blocks.append(TextBlock(kind: kind, span: content)) }
        }
        needsSpace = false
        flow.beginBlock()
    }

    /// `span` without white space at its ends.
    private func trimmed(_ span: TextSpan) -> TextSpan {
        let bytes = Array(
            flow.text.utf8[
                flow.text.utf8.index(
                    flow.text.utf8.startIndex, offsetBy: span.start)..<flow.text.utf8.index(
                        flow.text.utf8.startIndex, offsetBy: span.end)])
        let text = String(decoding: bytes, as: UTF8.self)
        let leading = text.unicodeScalars.prefix { TextFlow.isFoldable($0) }.reduce(0) { $0 + UTF8.width($1) }
        let trailing = text.unicodeScalars.reversed().prefix { TextFlow.isFoldable($0) }.reduce(0) {
            $0 + UTF8.width($1)
        }
        guard leading < bytes.count else { return TextSpan(span.start, span.start) }
        return TextSpan(span.start + leading, span.end - trailing)
    }
}

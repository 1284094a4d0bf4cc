import AnnotationModel
import Foundation
import LibXML

/// Reads a news article from an HTML page.
///
/// The page is parsed by libxml2's HTML parser (which repairs tag soup), its visible text is cut
/// into blocks (one per paragraph, heading, list item, caption …), and the article is found:
///
/// 1. Page furniture is recognised by tag (`nav`, `aside`, `footer`, `form`, `figcaption`), ARIA role
///    and the words of `class`/`id` (`ad-slot`, `share-bar`, `related`, `comments`, `cookie-banner`,
///    `newsletter` …); it is dropped with that reason.
/// 2. The article's container is the smallest element holding nearly all (85%) of the page's
///    paragraph text that lies outside furniture, is not mostly links and comes in runs of paragraphs
///    (not a teaser's lone blurb) — so a story split into several parts by advertisements is found
///    whole — or an element marked as the article body (`itemprop="articleBody"`, `class="article-body"`)
///    holding at least half of it, with any other parts of the same tag and class (see ``ArticleContainer``).
/// 3. Inside it, the paragraphs are article text, except lines the plain-text rules call noise
///    (`Advertisement`, `Read more: …`, bylines, datelines, photo credits) and link lists.
/// 4. The headline is the page's `<h1>` (or the JSON-LD / Open Graph title when there is none).
///
/// Metadata comes from JSON-LD (`NewsArticle` and its kin), Open Graph and `<meta>` tags, then from
/// the page (bylines, `<time datetime>`, the copyright line). The article text holds every block of
/// the page (the furniture as removed spans, with its reason), and ``ArticleSource/map`` gives each
/// character's place in the page source.
public struct HTMLReader: Sendable {
    public init() {}

    /// Reads an HTML page from its bytes (UTF-8, UTF-16 with a byte-order mark, or the page's
    /// declared `charset`; Windows-1252 as a fallback, with a warning).
    public func read(bytes: [UInt8], id: String, sourceName: String? = nil) throws(ArticleReadingError) -> Article {
        let decoded = try TextDecoding.decode(bytes, declared: TextDecoding.declaredEncoding(in: bytes))
        var article = try read(html: decoded.text, id: id, sourceName: sourceName)
        article.source.encoding = decoded.encoding
        article.source.warnings = decoded.warnings + article.source.warnings
        return article
    }

    /// Reads an HTML page already decoded.
    public func read(html: String, id: String, sourceName: String? = nil) throws(ArticleReadingError) -> Article {
        let document: XMLDocument
        do {
            document = try XMLDocument.parsingHTML(Array(html.utf8), url: sourceName)
        } catch {
            throw .malformed(format: "HTML", reason: error.description)
        }
        // At one of its safety limits libxml2 stops reading and keeps what it read so far: refuse the page
        // rather than annotate part of it.
        if let stop = document.parseDiagnostics.first(where: { $0.hazard != nil && $0.hazard != .externalResource }) {
            throw .beyondLimit(reason: stop.limitReached)
        }
        guard let root = document.rootElement else { throw .noArticleText }
        var metadata = HTMLMetadata.read(root, document: document)
        metadata.sourceName = sourceName

        // 1. Blocks of visible text, with what each lies in.
        var walker = BlockWalker(aligner: MarkupAligner(source: html, isHTML: true))
        walker.run(root)
        let flow = walker.flow
        var blocks = walker.blocks
        ArticleContainer.trustParagraphsOverClassNames(&blocks, text: flow.text)
        guard !blocks.isEmpty else { throw .noArticleText }

        // 2. The article's container (or the parts of a body cut in several).
        // What the plain-text rules call each block (`Advertisement`, a byline, a copyright line); not
        // asked of blocks in navigation, link lists, ads and the like, whose lines tell nothing.
        var noise = blocks.map { $0.outermostFurniture == nil ? NoiseRules.classify(flow.text[$0.span]) : nil }
        let container = ArticleContainer.find(blocks: blocks, noise: noise, text: flow.text)
        for index in blocks.indices where blocks[index].outermostFurniture != nil {
            if let reason = blocks[index].furniture(below: container), Self.silentFurniture.contains(reason) {
                continue
            }
            noise[index] = NoiseRules.classify(flow.text[blocks[index].span])
        }

        // 3. Headline, paragraphs, and what was removed.
        var textBlocks: [TextBlock] = []
        var removed: [RemovedSpan] = []
        let headline = headlineIndex(blocks, container: container, title: metadata.title, text: flow.text)
        var sawBody = false
        var inComments = false
        for (index, block) in blocks.enumerated() {
            let content = flow.text[block.span]
            if index == headline {
                textBlocks.append(TextBlock(kind: .headline, span: block.span))
                if metadata.title == nil { metadata.title = String(content) }
                continue
            }
            let noise = noise[index]
            if let noise { metadata.absorbFromPage(noise, line: content) }
            if case .copyright? = noise {
                removed.append(RemovedSpan(span: block.span, reason: .copyright))
                continue
            }
            if let reason = block.furniture(below: container) {
                if reason == .byline, let names = NoiseRules.byline(content), metadata.authors.isEmpty {
                    metadata.authors = names
                }
                removed.append(RemovedSpan(span: block.span, reason: reason))
                continue
            }
            guard block.lies(in: container) else {
                removed.append(RemovedSpan(span: block.span, reason: noise?.reason ?? .markup))
                continue
            }
            if case .commentSection = noise, sawBody { inComments = true }
            if inComments {
                removed.append(RemovedSpan(span: block.span, reason: .comments))
                continue
            }
            if let noise {
                removed.append(RemovedSpan(span: block.span, reason: noise.reason))
                continue
            }
            if block.isLinkList {
                removed.append(RemovedSpan(span: block.span, reason: .related))
                continue
            }
            var span = block.span
            if !sawBody, let prefix = WirePrefix.match(content) {
                removed.append(RemovedSpan(span: TextSpan(span.start, span.start + prefix.length), reason: .byline))
                // The page's own metadata names the publisher first; the wire tag fills a gap.
                if metadata.publisher == nil { metadata.publisher = prefix.agency }
                if metadata.datelinePlace == nil { metadata.datelinePlace = prefix.place }
                span = TextSpan(span.start + prefix.length, span.end)
                if span.isEmpty { continue }
            }
            textBlocks.append(TextBlock(kind: .paragraph, span: span))
            sawBody = true
        }
        guard textBlocks.contains(where: { $0.kind == .paragraph }) else { throw .noArticleText }
        try ArticleReadingError.checkBlockLengths(textBlocks)
        removed.sort { $0.span < $1.span }
        return Article(
            id: id, text: flow.text, blocks: textBlocks, removed: removed, metadata: metadata,
            source: ArticleSource(format: .html, encoding: .utf8, map: flow.map))
    }

    /// Furniture whose lines give no metadata (a byline, a date, a copyright line) worth reading.
    private static let silentFurniture: Set<RemovedSpan.Reason> = [
        .navigation, .related, .shareWidget, .advertisement, .cookieNotice, .newsletter, .comments,
    ]

    /// The block to use as the headline: an `<h1>` (outside navigation and related links) inside the
    /// article's container or before it, preferring one whose text is the page's title.
    private func headlineIndex(_ blocks: [Block], container: [XMLNode], title: String?, text: String) -> Int? {
        let candidates = blocks.indices.filter { index in
            guard blocks[index].tag == "h1" else { return false }
            switch blocks[index].outermostFurniture {
            case .related?, .advertisement?, .comments?, .newsletter?, .cookieNotice?: return false
            default: return true
            }
        }
        // The one that is the page's title; else one in the article; else one outside navigation.
        let normalizedTitle = title.map(Self.normalized)
        if let normalizedTitle,
            let match = candidates.first(where: { Self.normalized(text[blocks[$0].span]) == normalizedTitle })
        {
            return match
        }
        if let inside = candidates.first(where: { blocks[$0].lies(in: container) }) { return inside }
        if let outside = candidates.first(where: { blocks[$0].outermostFurniture == nil }) ?? candidates.first {
            return outside
        }
        // No <h1>: a block before the article that reads as the title (`<div class="headline">`).
        guard let normalizedTitle else { return nil }
        return blocks.indices.first { index in
            !blocks[index].isLinkList && Self.normalized(text[blocks[index].span]) == normalizedTitle
        }
    }

    private static func normalized(_ text: some StringProtocol) -> String {
        text.lowercased().filter { $0.isLetter || $0.isNumber }
    }
}

/// A block of the page's visible text and where it lies.
struct Block {
    var span: TextSpan
    /// The element that holds the block (`p`, `h2`, `li`, `div` …), lower case.
    var tag: String
    /// Its ancestors from the root down to the block's element, with their furniture roles.
    var path: [(element: XMLNode, role: HTMLRole)]
    /// UTF-8 length of the block's text inside links.
    var linkLength: Int

    var isHeading: Bool { ["h1", "h2", "h3", "h4", "h5", "h6"].contains(tag) }

    /// Mostly links: a list of related stories, tags or sections.
    var isLinkList: Bool { span.length > 0 && Double(linkLength) / Double(span.length) > 0.6 }

    /// The reason of the outermost furniture element around the block, if any.
    var outermostFurniture: RemovedSpan.Reason? {
        for (_, role) in path { if case .furniture(let reason) = role { return reason } }
        return nil
    }

    /// True when the block lies in one of `elements`.
    func lies(in elements: [XMLNode]) -> Bool { path.contains { elements.contains($0.element) } }

    /// The reason to drop the block: the innermost furniture below the article's `container` (or anywhere
    /// when the block lies outside it); nil when there is none.
    func furniture(below container: [XMLNode]) -> RemovedSpan.Reason? {
        var start = 0
        if let index = path.firstIndex(where: { container.contains($0.element) }) { start = index + 1 }
        for (_, role) in path[start...].reversed() { if case .furniture(let reason) = role { return reason } }
        return nil
    }
}

/// Walks the parsed page and cuts its visible text into blocks.
struct BlockWalker {
    var aligner: MarkupAligner
    var flow = TextFlow()
    var blocks: [Block] = []
    private var path: [(element: XMLNode, role: HTMLRole)] = []
    private var linkDepth = 0
    private var linkLength = 0
    private var preDepth = 0

    init(aligner: MarkupAligner) {
        self.aligner = aligner
    }

    mutating func walk(_ node: XMLNode) {
        switch node.kind {
        case .text, .cdata:
            let content = node.textContent
            let sources = aligner.align(content)
            let before = flow.text.utf8.count
            flow.append(content, sources: sources, preservingSpace: preDepth > 0)
            if linkDepth > 0 { linkLength += flow.text.utf8.count - before }
        case .element:
            let tag = node.name.lowercased()
            if HTMLBoilerplate.invisible.contains(tag) {
                aligner.skipText(of: node)
                return
            }
            if tag == "br" {
                // Two line breaks in a row end a paragraph, as old pages write them.
                var previous = node.previousSibling
                while let text = previous, text.kind == .text, text.textContent.allSatisfy(\.isWhitespace) {
                    previous = text.previousSibling
                }
                if let previous, previous.kind == .element, previous.name.lowercased() == "br" {
                    endBlock()
                } else if (1...60).contains(flow.currentBlockLength) {
                    // A short line before a break (a byline, a date) stands on its own.
                    endBlock()
                } else {
                    flow.appendBreak()
                }
                return
            }
            let role = tag == "html" || tag == "body" ? HTMLRole.neutral : HTMLBoilerplate.role(of: node)
            // Furniture starts a block even inline (`<span class="ad">`); a hint does not (`<a class="content-link">`).
            let startsBlock = HTMLBoilerplate.blockElements.contains(tag) || role.isFurniture
            if startsBlock { endBlock() }
            path.append((node, role))
            if tag == "a" { linkDepth += 1 }
            if tag == "pre" { preDepth += 1 }
            for child in node.children { walk(child) }
            if startsBlock { endBlock() }
            if tag == "a" { linkDepth -= 1 }
            if tag == "pre" { preDepth -= 1 }
            path.removeLast()
        default:
            return
        }
    }

    /// Walks the whole page; the blocks are then in ``blocks``.
    mutating func run(_ root: XMLNode) {
        flow.beginBlock()
        walk(root)
        endBlock()
    }

    /// Ends the block being written (recording it when it holds text) and starts the next.
    private mutating func endBlock() {
        if let span = flow.endBlock(), !path.isEmpty {
            // The block belongs to the innermost block-level element or furniture around it.
            let holder =
                path.lastIndex {
                    HTMLBoilerplate.blockElements.contains($0.element.name.lowercased()) || $0.role.isFurniture
                }
                ?? path.count - 1
            let holderPath = Array(path[...holder])
            blocks.append(
                Block(
                    span: span, tag: holderPath.last!.element.name.lowercased(), path: holderPath,
                    linkLength: linkLength))
        }
        linkLength = 0
        flow.beginBlock()
    }
}

extension ArticleMetadata {
    /// What a line of the page tells (a copyright line, a byline, a date line), without overriding
    /// what the page's metadata said.
    mutating func absorbFromPage(_ noise: NoiseLine, line: Substring) {
        switch noise {
        case .copyright(let year, let holder):
            if copyright == nil { copyright = String(line) }
            if publisher == nil, let holder { publisher = holder }
            if date == nil, let year { date = PartialDate(year: year) }
        case .byline(let names, let parsed):
            if authors.isEmpty { authors = names }
            if date == nil { date = parsed }
        case .dateline(let parsed):
            if date == nil || date?.month == nil, let parsed { date = parsed }
        default:
            break
        }
    }
}

extension XMLDiagnostic {
    /// The safety limit libxml2 stopped at, said plainly, with the line.
    var limitReached: String {
        let place = line.map { " (line \($0))" } ?? ""
        switch hazard {
        case .excessiveDepth?: return "elements nest deeper than 256 levels" + place
        case .oversizedText?: return "a text or attribute value is larger than 10 MB" + place
        case .entityExpansion?: return "entities expand beyond the parser's limits (an entity bomb or loop)" + place
        default: return message + place
        }
    }
}

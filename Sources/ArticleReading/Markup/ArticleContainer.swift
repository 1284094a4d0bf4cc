import LibXML

/// Finds the elements that hold the article.
enum ArticleContainer {
    /// An element called furniture only for its class or id words (or a `<form>`), that holds at least
    /// 40% of the page's paragraph text, is not furniture after all (the Guardian's body is
    /// `article-body-commercial-selector`; an ASP.NET page is one `<form>`). Comments stay comments,
    /// however much readers wrote.
    static func trustParagraphsOverClassNames(_ blocks: inout [Block], text: String) {
        var share: [XMLNode: Int] = [:]
        var total = 0
        var soft: [XMLNode: Bool] = [:]
        for block in blocks where !block.isLinkList {
            let content = text[block.span]
            guard block.tag == "p" || content.utf8.count >= 80, content.utf8.count >= 20 else { continue }
            var hard = false
            for (element, role) in block.path {
                guard case .furniture(let reason) = role else { continue }
                if soft[element] == nil {
                    soft[element] = reason != .comments && HTMLBoilerplate.isSoftFurniture(element)
                }
                if soft[element] == false { hard = true }
            }
            guard !hard else { continue }
            total += content.utf8.count
            for (element, role) in block.path {
                if case .furniture = role { share[element, default: 0] += content.utf8.count }
            }
        }
        guard total > 0 else { return }
        let trusted = Set(share.filter { soft[$0.key] == true && Double($0.value) >= 0.4 * Double(total) }.keys)
        guard !trusted.isEmpty else { return }
        for index in blocks.indices {
            for level in blocks[index].path.indices where trusted.contains(blocks[index].path[level].element) {
                blocks[index].path[level].role = .articleHint(strength: 2)
            }
        }
    }

    /// The article's elements: one element, or the parts of a body the page cut into several elements
    /// of the same tag and class (a body between full-width ads); empty when the page has no paragraph.
    ///
    /// Only paragraph text counts (outside furniture, not mostly links), and only paragraphs that come
    /// in a run (next to another paragraph, with only furniture or short lines between them, not a
    /// heading): a story is written in runs of paragraphs, while the blurb of a teaser card stands
    /// between its headline and the next card's. The article is the deepest element marked as the body
    /// (`itemprop="articleBody"`, `class="article-body"`) holding at least half of that text, else the
    /// deepest element holding 85% of it.
    /// - Parameter noise: what the plain-text rules call each block (`Advertisement`, a byline), if anything.
    static func find(blocks: [Block], noise: [NoiseLine?], text: String) -> [XMLNode] {
        var paragraphs: [(path: [XMLNode], hints: [XMLNode: Int], weight: Int, inRun: Bool)] = []
        var followsParagraph = false
        for (block, noise) in zip(blocks, noise) {
            if block.isHeading {
                followsParagraph = false
                continue
            }
            guard block.outermostFurniture == nil else { continue }
            let content = text[block.span]
            let isParagraph =
                block.tag == "p" || (content.utf8.count >= 80 && content.last.map { ".!?\"”’".contains($0) } == true)
            guard !block.isLinkList, isParagraph else {
                followsParagraph = false
                continue
            }
            guard content.utf8.count >= 20, noise == nil else { continue }
            var hints: [XMLNode: Int] = [:]
            for (element, role) in block.path {
                if case .articleHint(let strength) = role { hints[element] = strength }
            }
            let path = block.path.map(\.element)
            if followsParagraph { paragraphs[paragraphs.count - 1].inRun = true }
            paragraphs.append((path, hints, content.utf8.count, followsParagraph))
            followsParagraph = true
        }
        let inRuns = paragraphs.filter(\.inRun)
        let counted = inRuns.isEmpty ? paragraphs : inRuns

        var goodText: [XMLNode: Int] = [:]
        var order: [XMLNode] = []
        var depth: [XMLNode: Int] = [:]
        var hints: [XMLNode: Int] = [:]
        var total = 0
        for paragraph in counted {
            total += paragraph.weight
            for (level, element) in paragraph.path.enumerated() {
                if goodText[element] == nil {
                    order.append(element)
                    depth[element] = level
                }
                goodText[element, default: 0] += paragraph.weight
            }
            hints.merge(paragraph.hints) { max($0, $1) }
        }
        guard total > 0 else { return [] }
        // A marked article body holding at least half of the text, the deepest such.
        let hinted = order.filter { (hints[$0] ?? 0) >= 3 && goodText[$0]! * 2 >= total }
        let best =
            hinted.max { depth[$0]! < depth[$1]! }
            ?? order.filter { Double(goodText[$0]!) >= 0.85 * Double(total) }.max { depth[$0]! < depth[$1]! }
        guard let best else { return [] }
        return [best] + parts(of: best, among: Set(paragraphs.flatMap(\.path)))
    }

    /// Other elements of the same tag and class as `body` (or sharing its word marking the body,
    /// `article-body-text`), outside it and not around it, holding a paragraph (in a run or not): the
    /// rest of a body cut into parts.
    private static func parts(of body: XMLNode, among elements: Set<XMLNode>) -> [XMLNode] {
        guard let kind = body.attribute("class"), !kind.isEmpty else { return [] }
        let bodyWords = HTMLBoilerplate.bodyClassWords(of: body)
        return elements.filter { element in
            guard element != body, element.name == body.name, !element.isInside(body), !body.isInside(element)
            else { return false }
            return element.attribute("class") == kind
                || !bodyWords.isDisjoint(with: HTMLBoilerplate.bodyClassWords(of: element))
        }
    }
}

extension XMLNode {
    /// True when `ancestor` is this node's parent, or its parent's parent, and so on.
    func isInside(_ ancestor: XMLNode) -> Bool {
        var current = parent
        while let node = current {
            if node == ancestor { return true }
            current = node.parent
        }
        return false
    }
}

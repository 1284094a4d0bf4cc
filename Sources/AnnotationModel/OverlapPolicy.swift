/// An annotation placed inline by ``OverlapPolicy``: an entity mention or one part of a quotation.
public enum InlineAnnotation: Hashable, Sendable {
    /// Index into ``AnnotatedArticle/mentions``.
    case mention(Int)
    /// Index into ``AnnotatedArticle/quotations`` and the part number (0 for the first block it is in).
    case quotation(Int, part: Int)
}

/// A span that can be written as one XML element.
public struct InlineSpan: Hashable, Sendable {
    public var span: TextSpan
    public var annotation: InlineAnnotation

    public init(span: TextSpan, annotation: InlineAnnotation) {
        self.span = span
        self.annotation = annotation
    }
}

/// Standoff annotations arranged so that XML can hold them: per block, properly nested.
public struct InlineLayout: Sendable {
    /// For each block of the article, its inline spans in document order (an enclosing span before what it encloses).
    public var spansByBlock: [[InlineSpan]]
    /// For each quotation that survived, how many parts it was split into (1 when it stays in one block).
    public var quotationPartCounts: [Int: Int]
    /// Annotations that could not be placed, with the reason.
    public var dropped: [(annotation: InlineAnnotation, reason: OverlapPolicy.DropReason)]
}

/// The one policy that turns overlapping standoff spans into nestable XML.
///
/// 1. Blocks (headline, paragraphs) are hard boundaries. A quotation that runs over several blocks is
///    split into one part per block (the TEI writer links the parts with `@next`/`@prev`); an entity
///    mention that crosses a block boundary is dropped.
/// 2. Quotations are placed before entities, longest first: a quotation part that crosses an
///    already placed part is dropped (the longer one wins); one nested entirely inside another stays.
/// 3. Entity mentions are placed longest first: a mention that crosses a placed span, or that would
///    contain a quotation, is dropped; one nested entirely inside a quotation or another name stays.
/// Equal spans nest with the quotation outside the name. The result is deterministic.
public enum OverlapPolicy {
    public enum DropReason: String, Hashable, Sendable {
        case crossesBlockBoundary = "crosses a block boundary"
        case crossesLongerSpan = "crosses a longer annotation"
        case containsQuotation = "would contain a quotation"
        case outsideBlocks = "lies outside the article text"
    }

    public static func layout(_ annotated: AnnotatedArticle) -> InlineLayout {
        let blocks = annotated.article.blocks.map(\.span)
        var placed: [[InlineSpan]] = Array(repeating: [], count: blocks.count)
        var dropped: [(InlineAnnotation, DropReason)] = []
        var partCounts: [Int: Int] = [:]

        // Quotations, split at block boundaries, longest first.
        var quotationParts: [(block: Int, span: InlineSpan)] = []
        for (index, quotation) in annotated.quotations.enumerated() {
            var part = 0
            for (blockIndex, block) in blocks.enumerated() where block.overlaps(quotation.span) {
                let clipped = TextSpan(max(block.start, quotation.span.start), min(block.end, quotation.span.end))
                quotationParts.append(
                    (blockIndex, InlineSpan(span: clipped, annotation: .quotation(index, part: part))))
                part += 1
            }
            if part == 0 { dropped.append((.quotation(index, part: 0), .outsideBlocks)) }
        }
        quotationParts.sort { longerFirst($0.span, $1.span) }
        var droppedQuotations: Set<Int> = []
        for (blockIndex, part) in quotationParts {
            guard case .quotation(let index, _) = part.annotation, !droppedQuotations.contains(index) else { continue }
            if placed[blockIndex].contains(where: { $0.span.crosses(part.span) }) {
                // A quotation is kept whole or not at all, so its parts stay a chain.
                droppedQuotations.insert(index)
                dropped.append((part.annotation, .crossesLongerSpan))
                continue
            }
            placed[blockIndex].append(part)
        }
        for blockIndex in placed.indices {
            placed[blockIndex].removeAll { span in
                if case .quotation(let index, _) = span.annotation { return droppedQuotations.contains(index) }
                return false
            }
            for span in placed[blockIndex] {
                if case .quotation(let index, _) = span.annotation { partCounts[index, default: 0] += 1 }
            }
        }
        // Renumber parts of surviving quotations in document order.
        var nextPart: [Int: Int] = [:]
        for blockIndex in placed.indices {
            for position in placed[blockIndex].indices.sorted(by: {
                placed[blockIndex][$0].span.start < placed[blockIndex][$1].span.start
            }) {
                if case .quotation(let index, _) = placed[blockIndex][position].annotation {
                    placed[blockIndex][position].annotation = .quotation(index, part: nextPart[index, default: 0])
                    nextPart[index, default: 0] += 1
                }
            }
        }

        // Entity mentions, longest first.
        let order = annotated.mentions.indices.sorted {
            longerFirst(
                InlineSpan(span: annotated.mentions[$0].span, annotation: .mention($0)),
                InlineSpan(span: annotated.mentions[$1].span, annotation: .mention($1)))
        }
        for index in order {
            let span = annotated.mentions[index].span
            guard let blockIndex = blocks.firstIndex(where: { $0.overlaps(span) }) else {
                dropped.append((.mention(index), .outsideBlocks))
                continue
            }
            guard blocks[blockIndex].contains(span) else {
                dropped.append((.mention(index), .crossesBlockBoundary))
                continue
            }
            if placed[blockIndex].contains(where: { $0.span.crosses(span) }) {
                dropped.append((.mention(index), .crossesLongerSpan))
                continue
            }
            let swallowsQuotation = placed[blockIndex].contains { other in
                if case .quotation = other.annotation { return span.contains(other.span) && span != other.span }
                return false
            }
            if swallowsQuotation {
                dropped.append((.mention(index), .containsQuotation))
                continue
            }
            placed[blockIndex].append(InlineSpan(span: span, annotation: .mention(index)))
        }

        for blockIndex in placed.indices {
            placed[blockIndex].sort(by: documentOrder)
        }
        return InlineLayout(spansByBlock: placed, quotationPartCounts: partCounts, dropped: dropped)
    }

    /// Longest first; then earliest; then quotations before mentions; then by index.
    private static func longerFirst(_ lhs: InlineSpan, _ rhs: InlineSpan) -> Bool {
        if lhs.span.length != rhs.span.length { return lhs.span.length > rhs.span.length }
        if lhs.span.start != rhs.span.start { return lhs.span.start < rhs.span.start }
        return rank(lhs.annotation) < rank(rhs.annotation)
    }

    /// Start first; an enclosing span before what it encloses; a quotation outside an equal name.
    private static func documentOrder(_ lhs: InlineSpan, _ rhs: InlineSpan) -> Bool {
        if lhs.span != rhs.span { return lhs.span < rhs.span }
        return rank(lhs.annotation) < rank(rhs.annotation)
    }

    private static func rank(_ annotation: InlineAnnotation) -> (Int, Int) {
        switch annotation {
        case .quotation(let index, _): (0, index)
        case .mention(let index): (1, index)
        }
    }
}

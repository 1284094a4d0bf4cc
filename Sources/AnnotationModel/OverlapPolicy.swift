/// An annotation placed inline by ``OverlapPolicy``.
public enum InlineAnnotation: Hashable, Sendable {
    /// Index into ``Segmentation/sentences`` (linguistic layer only).
    case sentence(Int)
    /// Index into ``AnnotatedArticle/quotations`` and the part number (0 for its first part).
    case quotation(Int, part: Int)
    /// Index into ``AnnotatedArticle/mentions``.
    case mention(Int)
    /// Index into ``Segmentation/tokens`` (linguistic layer only).
    case token(Int)
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
    /// For each quotation that survived, how many parts it was split into (1 when it stays whole).
    public var quotationPartCounts: [Int: Int]
    /// Annotations that could not be placed, with the reason.
    public var dropped: [(annotation: InlineAnnotation, reason: OverlapPolicy.DropReason)]
}

/// The one policy that turns overlapping standoff spans into nestable XML.
///
/// 1. Blocks (headline, paragraphs) are hard boundaries; with the linguistic layer, sentences are too,
///    and sentences and their tokens are placed first. A quotation that runs over several blocks (or
///    sentences) is split into one part per block (or sentence), which the TEI writer links with
///    `@next`/`@prev`; an entity mention that crosses a boundary is dropped.
/// 2. Quotations are placed before entities, longest first: a quotation part that crosses an already
///    placed span is dropped with all its parts (the longer one wins); one nested entirely inside
///    another stays.
/// 3. Entity mentions are placed longest first: a mention that crosses a placed span, or that would
///    contain a quotation, is dropped; one nested entirely inside a quotation or another name stays.
/// Equal spans nest sentence outside quotation outside name outside token. The result is deterministic.
public enum OverlapPolicy {
    public enum DropReason: String, Hashable, Sendable {
        case crossesBlockBoundary = "crosses a block or sentence boundary"
        case crossesLongerSpan = "crosses a longer annotation"
        case containsQuotation = "would contain a quotation"
        case outsideBlocks = "lies outside the article text"
    }

    /// - Parameter linguistic: also place sentences and tokens, and make sentences boundaries.
    public static func layout(_ annotated: AnnotatedArticle, linguistic: Bool = false) -> InlineLayout {
        let blocks = annotated.article.blocks.map(\.span)
        var placed: [[InlineSpan]] = Array(repeating: [], count: blocks.count)
        var dropped: [(InlineAnnotation, DropReason)] = []
        var partCounts: [Int: Int] = [:]
        let sentences = annotated.segmentation.sentences

        // The segments a quotation is cut into, each with its block.
        var segments: [(block: Int, span: TextSpan)] = blocks.enumerated().map { ($0.offset, $0.element) }
        if linguistic {
            segments = sentences.map { ($0.block, $0.span) }
            for (index, sentence) in sentences.enumerated() {
                placed[sentence.block].append(InlineSpan(span: sentence.span, annotation: .sentence(index)))
                for token in sentence.tokens {
                    placed[sentence.block].append(
                        InlineSpan(span: annotated.segmentation.tokens[token].span, annotation: .token(token)))
                }
            }
        }

        // Quotations, cut into segments, longest first.
        var quotationParts: [(block: Int, span: InlineSpan)] = []
        for (index, quotation) in annotated.quotations.enumerated() {
            var part = 0
            for segment in segments[firstSegment(endingAfter: quotation.span.start, in: segments)...] {
                if segment.span.start >= quotation.span.end { break }
                guard segment.span.overlaps(quotation.span) else { continue }
                let clipped = TextSpan(
                    max(segment.span.start, quotation.span.start), min(segment.span.end, quotation.span.end))
                quotationParts.append(
                    (segment.block, InlineSpan(span: clipped, annotation: .quotation(index, part: part))))
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

        // Entity mentions, longest first, each inside one segment.
        let order = annotated.mentions.indices.sorted {
            longerFirst(
                InlineSpan(span: annotated.mentions[$0].span, annotation: .mention($0)),
                InlineSpan(span: annotated.mentions[$1].span, annotation: .mention($1)))
        }
        for index in order {
            let span = annotated.mentions[index].span
            let candidate = firstSegment(endingAfter: span.start, in: segments)
            guard candidate < segments.count, segments[candidate].span.overlaps(span) else {
                dropped.append((.mention(index), .outsideBlocks))
                continue
            }
            let segment = segments[candidate]
            guard segment.span.contains(span) else {
                dropped.append((.mention(index), .crossesBlockBoundary))
                continue
            }
            let blockIndex = segment.block
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

    /// The index of the first of `segments` (in text order, not overlapping) that ends after `offset`, or
    /// `segments.count`: a binary search, so that placing is not quadratic in the number of blocks.
    private static func firstSegment(endingAfter offset: Int, in segments: [(block: Int, span: TextSpan)]) -> Int {
        var low = 0
        var high = segments.count
        while low < high {
            let middle = (low + high) / 2
            if segments[middle].span.end <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Longest first; then earliest; then by kind (sentence, quotation, mention, token); then by index.
    private static func longerFirst(_ lhs: InlineSpan, _ rhs: InlineSpan) -> Bool {
        if lhs.span.length != rhs.span.length { return lhs.span.length > rhs.span.length }
        if lhs.span.start != rhs.span.start { return lhs.span.start < rhs.span.start }
        return rank(lhs.annotation) < rank(rhs.annotation)
    }

    /// Start first; an enclosing span before what it encloses; for equal spans, by kind.
    private static func documentOrder(_ lhs: InlineSpan, _ rhs: InlineSpan) -> Bool {
        if lhs.span != rhs.span { return lhs.span < rhs.span }
        return rank(lhs.annotation) < rank(rhs.annotation)
    }

    private static func rank(_ annotation: InlineAnnotation) -> (Int, Int) {
        switch annotation {
        case .sentence(let index): (0, index)
        case .quotation(let index, _): (1, index)
        case .mention(let index): (2, index)
        case .token(let index): (3, index)
        }
    }
}

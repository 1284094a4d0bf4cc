import AnnotationModel

/// The project's conventions for what a name's span holds (those of the GUM-derived gold and the
/// seed's gold), applied to training data from collections that follow others, so the tagger learns
/// one convention: no leading determiner (`The New York Times` → `New York Times`), no title before a
/// person's name (`President Obama` → `Obama`, `Dr. Ana Silva` → `Ana Silva`), no possessive ending,
/// and a nationality word alone (`French`, which some collections mark as a place) is no name.
public struct NameConventions: Sendable {
    let gazetteers: Gazetteers

    public init(gazetteers: Gazetteers) {
        self.gazetteers = gazetteers
    }

    /// `names` (spans over `text`, whose tokens are `tokens`) by the conventions; names that are left
    /// empty or are nationality words are dropped.
    public func normalized(_ names: [NameSpan], text: String, tokens: [Token]) -> [NameSpan] {
        let view = TokenView(text: text, tokens: tokens)
        return names.compactMap { name in
            guard let tokens = view.tokens(of: name.span) else { return name }
            var first = tokens.lowerBound
            var last = tokens.upperBound
            while first < last, ["the", "The", "THE"].contains(view.string(first)) { first += 1 }
            if name.type == .person { first = afterTitles(first, last, view) }
            while last > first, view.isPossessive(last) { last -= 1 }
            if first == last, gazetteers.demonyms[view.string(first)] != nil { return nil }
            // The gold's own end is kept where it does not fall on a token's end (`U.S` of `U.S.`).
            let end = last == tokens.upperBound ? name.span.end : view.tokens[last].span.end
            return NameSpan(
                span: TextSpan(view.tokens[first].span.start, end), type: name.type, confidence: name.confidence)
        }
    }

    /// The first token after the person titles (of any kind, `Dr.` and `Sir` too) that open
    /// `first...last`, when a capitalized word is left.
    private func afterTitles(_ first: Int, _ last: Int, _ view: TokenView) -> Int {
        var start = first
        while start < last {
            var titleEnd: Int?
            for length in 1...max(1, gazetteers.longestTitle) where start + length <= last {
                if gazetteers.personTitles[view.surface(start..<(start + length))] != nil {
                    titleEnd = start + length
                }
            }
            // `Mr` written without its full stop is a title too.
            if titleEnd == nil, start + 1 <= last, gazetteers.personTitles[view.string(start) + "."] != nil {
                titleEnd = start + 1
            }
            guard let end = titleEnd, view.isCapitalized(end) else { break }
            start = end
        }
        return start
    }
}

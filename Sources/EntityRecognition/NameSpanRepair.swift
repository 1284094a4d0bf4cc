import AnnotationModel

/// Puts right what the statistical tagger gets wrong about a name's extent, by rules that hold for
/// every article:
///
/// - A person's title is not part of the name (`German Chancellor Angela Merkel` → `Angela Merkel`;
///   the register records the title as a role): leading title words, with a nationality before
///   them, are cut off when a capitalized word follows them.
/// - A name holds no lower-case finite verb: a span over `Merkel visits Paris` is a clause, not a
///   name, and is dropped for the later stages (gazetteers, propagation) to find the names inside it.
///   (Lower-case words as such are not ruled out: `Bohai sea`, `Pointe-à-Pitre`, `d'Alembert`.)
struct NameSpanRepair {
    let gazetteers: Gazetteers

    /// Penn Treebank tags of finite verbs and modals.
    static let finiteVerbTags: Set<String> = ["VBZ", "VBD", "VBP", "MD"]

    /// - Parameter analyses: the tokens' parts of speech, one per token.
    func repair(_ names: [NameSpan], _ view: TokenView, _ analyses: [WordAnalysis]) -> [NameSpan] {
        names.compactMap { name in
            guard var first = view.tokenIndex(startingAt: name.span.start) else { return name }
            var last = first
            while last + 1 < view.tokens.count && view.tokens[last + 1].span.start < name.span.end { last += 1 }
            if name.type == .person { first = afterTitle(first, last, view) }
            guard !hasFiniteVerb(first...last, view, analyses) else { return nil }
            return NameSpan(
                span: TextSpan(view.tokens[first].span.start, name.span.end), type: name.type,
                confidence: name.confidence)
        }
    }

    /// The first token after the longest title (with a nationality before it) that opens `first...last`,
    /// when a capitalized word follows it (`Earl of Clare` keeps its title); else `first`.
    private func afterTitle(_ first: Int, _ last: Int, _ view: TokenView) -> Int {
        var start = first
        if gazetteers.demonyms[view.string(start)] != nil && start < last { start += 1 }
        var titleEnd: Int?
        for length in 1...max(1, gazetteers.longestTitle) where start + length <= last {
            let range = start..<(start + length)
            if let kind = gazetteers.personTitles[view.surface(range)], kind != "honorific",
                view.isCapitalized(range.lowerBound)
            {
                titleEnd = range.upperBound
            }
        }
        guard let titleEnd, view.isCapitalized(titleEnd) else { return first }
        return titleEnd
    }

    private func hasFiniteVerb(_ range: ClosedRange<Int>, _ view: TokenView, _ analyses: [WordAnalysis]) -> Bool {
        range.contains { index in
            guard index < analyses.count, Self.finiteVerbTags.contains(analyses[index].xpos) else { return false }
            return view.string(index).unicodeScalars.first?.properties.isLowercase == true
        }
    }
}

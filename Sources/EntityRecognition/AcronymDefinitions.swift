import AnnotationModel

/// Names the text defines with an acronym in brackets: `the Portuguese Institute for Sea and
/// Atmosphere (IPMA) said …; IPMA expects …`. The words before the bracket are the name, whatever part
/// of them the tagger took (a name that stops at `and` runs on to the bracket); the acronym, in
/// the bracket and wherever else the article uses it, is a mention of the same entity, of the same
/// type (the type the tagger gave these words and the acronym's mentions with the most confidence). The register then holds the acronym as a
/// variant of the full name (see ``RegisterBuilder``).
struct AcronymDefinitions {
    /// The names with the definitions applied, and each acronym with the full name it stands for.
    func apply(_ names: [NameSpan], _ view: TokenView, _ segmentation: Segmentation) -> (
        names: [NameSpan], aliases: [String: String]
    ) {
        var names = names.sorted { $0.span < $1.span }
        var aliases: [String: String] = [:]
        var typeOfAcronym: [String: (type: EntityType, confidence: Double)] = [:]
        for bracket in view.tokens.indices.dropFirst() where view.string(bracket) == "(" {
            guard bracket + 2 < view.tokens.count, view.string(bracket + 2) == ")",
                isAcronym(view.string(bracket + 1)), view.isCapitalized(bracket - 1)
            else { continue }
            let acronym = String(view.string(bracket + 1))
            let start = nameStart(endingBefore: bracket, view)
            let span = TextSpan(view.tokens[start].span.start, view.tokens[bracket - 1].span.end)
            // The names the tagger found in those words give way to one, whose type is the one the
            // tagger gave these words and the acronym's mentions with the most confidence in all.
            let inside = names.filter { span.overlaps($0.span) }
            let mentions = inside + names.filter { view.text[$0.span] == acronym }
            var votes: [EntityType: Double] = [:]
            for mention in mentions { votes[mention.type, default: 0] += mention.confidence }
            guard let type = votes.max(by: { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) })?.key
            else { continue }
            let confidence = mentions.filter { $0.type == type }.map(\.confidence).max() ?? 0.5
            names.removeAll { span.overlaps($0.span) }
            names.append(NameSpan(span: span, type: type, confidence: confidence))
            aliases[acronym] = String(view.text[span])
            typeOfAcronym[acronym] = (type, confidence)
        }
        guard !aliases.isEmpty else { return (names, aliases) }
        // Every mention of a defined acronym, tagged or not, is of the defined type.
        var result: [NameSpan] = []
        var covered = Set<Int>()
        for name in names {
            let surface = String(view.text[name.span])
            if let defined = typeOfAcronym[surface] {
                result.append(NameSpan(span: name.span, type: defined.type, confidence: name.confidence))
            } else {
                result.append(name)
            }
        }
        for name in result { covered.insert(name.span.start) }
        for (index, token) in view.tokens.enumerated() where token.kind == .word && !covered.contains(token.span.start)
        {
            guard let defined = typeOfAcronym[String(view.string(index))],
                !result.contains(where: { $0.span.overlaps(token.span) })
            else { continue }
            result.append(NameSpan(span: token.span, type: defined.type, confidence: min(defined.confidence, 0.9)))
        }
        // Extending a name may have swallowed names inside it: the outermost stays.
        result.sort { ($0.span.start, -$0.span.end) < ($1.span.start, -$1.span.end) }
        var kept: [NameSpan] = []
        for name in result where kept.last.map({ name.span.start >= $0.span.end }) ?? true { kept.append(name) }
        return (kept, aliases)
    }

    /// Two to ten letters or digits, at least two of them capitals, starting with a capital: `IPMA`,
    /// `UNESCO`, `KHRC`, `ZiG` — not a word in capitals such as `I` or `A`.
    private func isAcronym(_ word: Substring) -> Bool {
        guard (2...10).contains(word.count), word.first?.isUppercase == true,
            word.allSatisfy({ $0.isLetter || $0.isNumber })
        else { return false }
        return word.filter(\.isUppercase).count >= 2
    }

    /// The first token of the run of capitalized words (joined by `of`, `for`, `and`, `the`, `de`, `on`;
    /// without a leading `The`) that ends right before `bracket`.
    private func nameStart(endingBefore bracket: Int, _ view: TokenView) -> Int {
        var start = bracket - 1
        while start > 0 {
            if view.isCapitalized(start - 1) {
                start -= 1
            } else if start >= 2, Self.joiners.contains(view.string(start - 1)), view.isCapitalized(start - 2) {
                start -= 2
            } else {
                break
            }
        }
        if start < bracket - 1, ["The", "A", "An"].contains(view.string(start)) { start += 1 }
        return start
    }

    private static let joiners: Set<Substring> = ["of", "for", "and", "the", "de", "on", "&"]
}

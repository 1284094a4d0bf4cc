import AnnotationModel

/// Finds person, place and organization names with the bundled gazetteers and rules of news style.
///
/// 1. Runs of capitalised words inside a sentence are name candidates; particles (`al-`, `bin`,
///    `de`, `van`) and `of`/`&` may join them when a capitalised word follows. A run stops before a
///    possessive ending and at a hyphen that joins a lower-case word (`Kremlin-backed`).
/// 2. Titles and roles at the start of a run (`Turkish President`, `Foreign Minister`) are not part
///    of the name; they mark it as a person.
/// 3. A candidate is an organization when the curated list has it or it ends in a company suffix or
///    organization head word; a place when GeoNames has it; a person after a title, with a known
///    given name first, or with a known surname last.
/// 4. A second pass over the headline and single words uses what the first pass found in the
///    article (`Haftar` after `Khalifa Haftar`), since capitals there tell little.
public struct RuleBasedTagger: Sendable {
    let gazetteers: Gazetteers

    public init(gazetteers: Gazetteers) {
        self.gazetteers = gazetteers
    }

    static let particles: Set<String> = [
        "al", "el", "bin", "ibn", "de", "da", "del", "der", "van", "von", "la", "le", "du", "di",
    ]
    static let joiners: Set<String> = ["of", "&", "for"]
    /// Capitalised words that start sentences or headlines without being names.
    static let nonNames: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My",
        "This", "That", "These", "Those", "There", "Here", "But", "And", "Or", "So", "Yet", "If", "When", "While",
        "After", "Before", "As", "At", "In", "On", "By", "For", "From", "With", "Without", "Since", "Although",
        "Though", "Because", "However", "Meanwhile", "Also", "Still", "Some", "Many", "Most", "Several", "No", "Not",
        "What", "Who", "Why", "How", "Where", "Which", "Then", "Now", "Today", "Yesterday", "Later", "Earlier",
        "According", "Despite", "During", "Under", "Over", "Among", "Both", "Each", "Every", "All", "One", "Two",
        "Three", "Last", "Next", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Mr.", "Mrs.", "Ms.", "Dr.",
        "Image", "Photo", "Read", "See", "Update", "Updated", "Breaking", "Exclusive", "Analysis", "Opinion",
        "Commenting", "Asked", "Speaking", "Referring", "Two", "Such", "Other", "Another", "Any", "Even", "Only",
        "Just", "Like", "Unlike", "Once", "Thus", "Instead", "Indeed", "Perhaps", "Yes", "Well", "Oh", "To", "Of",
        "Into", "Through", "Until", "About", "Against", "Between", "Within", "Along", "Across", "Around", "Near",
    ]

    /// Typed names in `article`, in text order.
    public func tag(_ article: Article, _ segmentation: Segmentation) -> [NameSpan] {
        let view = TokenView(text: article.text, tokens: segmentation.tokens)
        var found: [NameSpan] = []
        var deferred: [Range<Int>] = []  // single words and headline runs, decided in the second pass
        var lowercaseWords: Set<Substring> = []
        for token in segmentation.tokens.indices where segmentation.tokens[token].kind == .word {
            let word = view.string(token)
            if let first = word.unicodeScalars.first, first.properties.isLowercase { lowercaseWords.insert(word) }
        }

        for sentence in segmentation.sentences {
            let isHeadline = article.blocks[sentence.block].kind == .headline
            for run in candidateRuns(view, sentence.tokens) {
                if isHeadline {
                    deferred.append(run)
                    continue
                }
                let (nameStart, hasTitle) = skipTitles(view, run)
                guard nameStart < run.upperBound else { continue }
                var name = nameStart..<run.upperBound
                // A capitalised common word opening the sentence is not part of a name.
                if name.lowerBound == sentence.tokens.lowerBound, !hasTitle,
                    isCommonWord(view.string(name.lowerBound), lowercaseWords)
                        || RuleBasedTagger.nonNames.contains(String(view.string(name.lowerBound)))
                {
                    name = (name.lowerBound + 1)..<name.upperBound
                    while name.lowerBound < name.upperBound && !view.isCapitalized(name.lowerBound) {
                        name = (name.lowerBound + 1)..<name.upperBound
                    }
                    guard !name.isEmpty else { continue }
                }
                if let typed = classify(view, name, hasTitle: hasTitle) {
                    found.append(typed)
                } else {
                    deferred.append(name)
                }
            }
        }
        found += secondPass(view, deferred, known: found, lowercaseWords: lowercaseWords)
        return found.sorted { $0.span < $1.span }
    }

    /// Maximal runs of capitalised words in `range`, with joining particles, split at possessives.
    func candidateRuns(_ view: TokenView, _ range: Range<Int>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard view.isCapitalized(index) || startsWithParticle(view, index, range) else {
                index += 1
                continue
            }
            let start = index
            var end = index + 1
            while end < range.upperBound {
                if view.isCapitalized(end) {
                    end += 1
                } else if view.isHyphen(end), end + 1 < range.upperBound, view.glued(end - 1), view.glued(end),
                    view.isCapitalized(end + 1)
                {
                    end += 2  // al-Sarraj, Bosnia-Herzegovina
                } else if startsWithParticle(view, end, range) {
                    end += 1
                } else if Self.joiners.contains(String(view.string(end))), end + 1 < range.upperBound,
                    view.isCapitalized(end + 1), !RuleBasedTagger.nonNames.contains(String(view.string(end + 1)))
                {
                    end += 1
                } else {
                    break
                }
            }
            // A run does not end in a joiner or particle.
            while end > start + 1, !view.isCapitalized(end - 1) { end -= 1 }
            runs.append(start..<end)
            index = end
        }
        return runs
    }

    /// A lower-case particle that belongs to the name after it: `al-Sarraj`, `bin Salman`, `van Gogh`.
    private func startsWithParticle(_ view: TokenView, _ index: Int, _ range: Range<Int>) -> Bool {
        guard Self.particles.contains(String(view.string(index))), index + 1 < range.upperBound else { return false }
        if view.isHyphen(index + 1) { return index + 2 < range.upperBound && view.isCapitalized(index + 2) }
        return view.isCapitalized(index + 1) && index > range.lowerBound && view.isCapitalized(index - 1)
    }

    /// Skips demonyms and titles at the start of a run; returns where the name starts and whether a title was seen.
    func skipTitles(_ view: TokenView, _ run: Range<Int>) -> (Int, Bool) {
        var index = run.lowerBound
        var sawTitle = false
        while index < run.upperBound {
            if let length = titleLength(view, at: index, limit: run.upperBound) {
                index += length
                sawTitle = true
            } else if gazetteers.demonyms[String(view.string(index))] != nil, index + 1 < run.upperBound,
                titleLength(view, at: index + 1, limit: run.upperBound) != nil
            {
                index += 1
            } else {
                break
            }
        }
        // A title with nothing after it is not a person's title ("the Foreign Ministry").
        return index < run.upperBound ? (index, sawTitle) : (run.lowerBound, false)
    }

    /// The number of tokens of the longest person title starting at `index`.
    func titleLength(_ view: TokenView, at index: Int, limit: Int) -> Int? {
        var best: Int?
        var length = 1
        while length <= gazetteers.longestTitle && index + length <= limit {
            if gazetteers.personTitles[view.surface(index..<(index + length))] != nil { best = length }
            length += 1
        }
        return best
    }

    private func isCommonWord(_ word: Substring, _ lowercaseWords: Set<Substring>) -> Bool {
        lowercaseWords.contains(Substring(word.lowercased()))
    }

    /// Types a name candidate from the gazetteers and its title, or nil when nothing tells.
    func classify(_ view: TokenView, _ name: Range<Int>, hasTitle: Bool) -> NameSpan? {
        let surface = view.surface(name)
        let span = TextSpan(view.tokens[name.lowerBound].span.start, view.tokens[name.upperBound - 1].span.end)
        if hasTitle { return NameSpan(span: span, type: .person, confidence: 0.9) }
        if gazetteers.organizations[surface] != nil {
            return NameSpan(span: span, type: .organization, confidence: 0.9)
        }
        if let place = gazetteers.places[surface] {
            let confidence = place.kind >= .region ? 0.9 : place.population >= 100_000 ? 0.8 : 0.6
            if !(name.count == 1 && gazetteers.givenNames.contains(surface) && place.kind == .city) {
                return NameSpan(span: span, type: .place, confidence: confidence)
            }
        }
        let last = String(view.string(name.upperBound - 1))
        if gazetteers.organizationSuffixes.contains(last) && name.count > 1 {
            return NameSpan(span: span, type: .organization, confidence: 0.8)
        }
        if name.count > 2, gazetteers.organizationSuffixes.contains(String(view.string(name.lowerBound))),
            view.string(name.lowerBound + 1) == "of"
        {
            return NameSpan(span: span, type: .organization, confidence: 0.8)  // Ministry of Defense
        }
        let first = String(view.string(name.lowerBound))
        if name.count >= 2 && name.count <= 4 && gazetteers.givenNames.contains(first) {
            return NameSpan(span: span, type: .person, confidence: 0.85)
        }
        if name.count >= 2 && name.count <= 4 && gazetteers.surnames.contains(last) {
            return NameSpan(span: span, type: .person, confidence: 0.7)
        }
        return nil
    }

    /// Decides single words and headline runs from the names the first pass found in the article and
    /// from the organization and place gazetteers, longest match first.
    private func secondPass(
        _ view: TokenView, _ runs: [Range<Int>], known: [NameSpan], lowercaseWords: Set<Substring>
    ) -> [NameSpan] {
        var forms: [String: EntityType] = [:]
        for name in known {
            let surface = String(view.text[name.span])
            forms[surface] = forms[surface] ?? name.type
            if name.type == .person {
                // Surnames and particle-less forms of persons: Haftar, Sarraj, al-Sarraj.
                let words = surface.split(separator: " ")
                if words.count >= 2, let last = words.last {
                    forms[String(last)] = forms[String(last)] ?? .person
                    for particle in Self.particles where last.hasPrefix(particle + "-") {
                        forms[String(last.dropFirst(particle.count + 1))] =
                            forms[String(last.dropFirst(particle.count + 1))] ?? .person
                    }
                }
            }
        }
        var result: [NameSpan] = []
        for run in runs {
            var index = run.lowerBound
            while index < run.upperBound {
                var matched = false
                for length in stride(from: min(5, run.upperBound - index), through: 1, by: -1) {
                    let range = index..<(index + length)
                    let surface = view.surface(range)
                    let span = TextSpan(
                        view.tokens[range.lowerBound].span.start, view.tokens[range.upperBound - 1].span.end)
                    if let type = forms[surface] {
                        result.append(NameSpan(span: span, type: type, confidence: 0.8))
                    } else if gazetteers.organizations[surface] != nil {
                        result.append(NameSpan(span: span, type: .organization, confidence: 0.8))
                    } else if let place = gazetteers.places[surface],
                        place.kind >= .region || place.population >= 100_000,
                        !isCommonWord(Substring(surface), lowercaseWords)
                    {
                        result.append(NameSpan(span: span, type: .place, confidence: 0.7))
                    } else {
                        continue
                    }
                    index += length
                    matched = true
                    break
                }
                if !matched { index += 1 }
            }
        }
        return result
    }
}

import AnnotationModel
import PartOfSpeech

/// Puts right what the statistical tagger gets wrong about a name's extent, by rules that hold for
/// every article:
///
/// - A person's title is not part of the name (`German Chancellor Angela Merkel` → `Angela Merkel`;
///   the register records the title as a role): leading title words, with a nationality before
///   them, are cut off when a capitalized word follows them; so is a common word before a given name
///   (`Education Stefania Giannini`), and an organization's name up to its head word, which becomes a
///   name of its own (`Refugee Council Enver Solomon` → `Refugee Council`, `Enver Solomon`).
/// - A name holds no lower-case finite verb: a span over `Merkel visits Paris` is a clause, not a
///   name, and is dropped for the later stages (gazetteers, propagation) to find the names inside it.
///   (Lower-case words as such are not ruled out: `Bohai sea`, `Pointe-à-Pitre`, `d'Alembert`.) Nor is
///   a single word that is an interjection (`Mhm`, `Jeez`: the part-of-speech tagger's `UH`, or a word of
///   a short list), nor a day, a month or a holiday (`Friday`, `Christmas`).
struct NameSpanRepair {
    let gazetteers: Gazetteers
    let english: EnglishLexicon

    /// Interjections of speech that transcripts capitalize and the part-of-speech tagger may not know.
    static let interjections: Set<String> = [
        "ah", "aha", "aw", "eh", "gee", "gosh", "hey", "hmm", "huh", "jeez", "mhm", "mm", "mmm", "oh", "ok", "okay",
        "ooh", "oops", "ouch", "phew", "shh", "uh", "uh-huh", "ugh", "um", "whoa", "wooh", "wow", "yay", "yeah", "yep",
    ]

    /// Penn Treebank tags of finite verbs and modals.
    static let finiteVerbTags: Set<String> = ["VBZ", "VBD", "VBP", "MD"]

    /// - Parameter analyses: the tokens' parts of speech, one per token.
    func repair(_ names: [NameSpan], _ view: TokenView, _ analyses: [WordAnalysis]) -> [NameSpan] {
        let repaired = names.flatMap { name -> [NameSpan] in
            guard let tokens = view.tokens(of: name.span) else { return [name] }
            var (first, last) = (tokens.lowerBound, tokens.upperBound)
            var organization: NameSpan?
            if name.type == .person {
                first = afterTitle(first, last, view)
                if let head = organizationHead(first, last, view) {
                    // `Refugee Council` of `Refugee Council Enver Solomon` is an organization of its own.
                    if head > first {
                        organization = NameSpan(
                            span: TextSpan(view.tokens[first].span.start, view.tokens[head].span.end),
                            type: .organization, confidence: name.confidence)
                    }
                    first = head + 1
                }
                first = afterCommonWords(first, last, view)
            }
            var end = name.span.end
            // A date is not part of a name: `the Council on Monday` ends before `on`.
            if let date = ((first + 2)...max(first + 2, last)).first(where: {
                $0 <= last && isCalendarWord(view.string($0)) && !view.isCapitalized($0 - 1)
            }) {
                last = date - 2
                end = view.tokens[last].span.end
            }
            if name.type == .person && view.tokens[last].span.end == end {
                last = hyphenatedEnd(last, view)
                end = view.tokens[last].span.end
            }
            if name.type != .person && view.tokens[last].span.end == end {
                last = extendedOverPreposition(beforeTitle(first, last, view), view)
                end = view.tokens[last].span.end
            }
            guard !hasFiniteVerb(first...last, view, analyses) else { return [] }
            // An interjection is no name (`Mhm`, `Jeez`), however it is capitalized.
            if first == last
                && ((first < analyses.count && analyses[first].xpos == "UH")
                    || Self.interjections.contains(view.string(first).lowercased())
                    || isCalendarWord(view.string(first)))
            {
                return []
            }
            let repaired = NameSpan(
                span: TextSpan(view.tokens[first].span.start, end), type: name.type, confidence: name.confidence)
            return [organization, repaired].compactMap { $0 }
        }
        // A name now inside an extended one (`Welfare of Immigrants` in `Joint Council for the Welfare of
        // Immigrants`) is part of it.
        var result: [NameSpan] = []
        result.reserveCapacity(repaired.count)
        var coveredUpTo = -1
        for name in repaired.sorted(by: { ($0.span.start, -$0.span.end) < ($1.span.start, -$1.span.end) })
        where name.span.end > coveredUpTo {
            result.append(name)
            coveredUpTo = name.span.end
        }
        return result
    }

    /// The last organization head word in a person's name that leaves two capitalized words after it
    /// (`Council` in `Refugee Council Enver Solomon`), when every word before it is capitalized.
    private func organizationHead(_ first: Int, _ last: Int, _ view: TokenView) -> Int? {
        guard last - first >= 2 else { return nil }
        let candidates = first...(last - 2)
        guard candidates.allSatisfy({ view.isCapitalized($0) }),
            view.isCapitalized(last - 1) && view.isCapitalized(last)
        else { return nil }
        return candidates.last { gazetteers.organizationSuffixes.contains(view.string($0)) }
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

    /// The last token before a person's title inside a place's or organization's name, when the title
    /// ends the name or `of`, `for` or `on` follows it (`Los Angeles Sheriff`, `United Nations High
    /// Commissioner for Refugees`) and a capitalized word comes before it; else `last`. A title word
    /// followed by another capitalized word is part of the name (`UN General Assembly`).
    private func beforeTitle(_ first: Int, _ last: Int, _ view: TokenView) -> Int {
        guard last > first else { return last }
        for start in (first + 1)...last where view.isCapitalized(start - 1) && view.isCapitalized(start) {
            for length in stride(from: min(2, last - start + 1), through: 1, by: -1) {
                let end = start + length - 1
                guard let kind = gazetteers.personTitles[view.surface(start..<(end + 1))], kind != "honorific"
                else { continue }
                if end == last || ["of", "for", "on"].contains(view.string(end + 1)) { return start - 1 }
            }
        }
        return last
    }

    /// The last token of an organization's name that ends in its head word and goes on after `of`, `for`
    /// or `on` (and `the`) in capitalized words: `Joint Council` + `for the Welfare of Immigrants`,
    /// `United Nations Office` + `for Disarmament Affairs`. Days and months end the run (`the Council on
    /// Monday`).
    private func extendedOverPreposition(_ last: Int, _ view: TokenView) -> Int {
        guard gazetteers.organizationSuffixes.contains(view.string(last)) else { return last }
        var index = last + 1
        guard index < view.tokens.count, ["of", "for", "on"].contains(view.string(index)) else { return last }
        index += 1
        if index < view.tokens.count && view.string(index) == "the" { index += 1 }
        var end = last
        while index < view.tokens.count, view.isCapitalized(index),
            !CalendarWords.days.contains(view.string(index)), !CalendarWords.months.contains(view.string(index))
        {
            end = index
            index += 1
            // `of` or `and` between capitalized words stays inside the name.
            if index + 1 < view.tokens.count, ["of", "and"].contains(view.string(index)),
                view.isCapitalized(index + 1)
            {
                index += 1
            }
        }
        return end
    }

    /// Persons' names taken on past a hyphen into the rest of the name (see ``hyphenatedEnd(_:_:)``),
    /// for names found after the repair (by propagation). `names` are in text order. A person's name
    /// (extended or not) replaces the names before it that it overlaps, and a name inside another is
    /// dropped. Names are short, so each looks back over a few names only: linear in the article.
    func extendingHyphenatedNames(_ names: [NameSpan], _ view: TokenView) -> [NameSpan] {
        var result: [NameSpan] = []
        result.reserveCapacity(names.count)
        var longest = 0
        for name in names {
            guard name.type == .person, let tokens = view.tokens(of: name.span),
                view.tokens[tokens.upperBound].span.end == name.span.end
            else {
                result.append(name)
                longest = max(longest, name.span.length)
                continue
            }
            let last = hyphenatedEnd(tokens.upperBound, view)
            let span = TextSpan(name.span.start, view.tokens[last].span.end)
            // The extension may reach a name of its own (a propagated `Xiao` alone): the longer wins.
            var index = result.count - 1
            while index >= 0, result[index].span.start + longest > span.start {
                if span.overlaps(result[index].span) { result.remove(at: index) }
                index -= 1
            }
            result.append(NameSpan(span: span, type: name.type, confidence: name.confidence))
            longest = max(longest, span.length)
        }
        return Self.withoutNestedNames(result)
    }

    /// `names` without those inside another name (a different span holding theirs), in their order.
    static func withoutNestedNames(_ names: [NameSpan]) -> [NameSpan] {
        let order = names.indices.sorted {
            let (a, b) = (names[$0].span, names[$1].span)
            return a.start != b.start ? a.start < b.start : a.end > b.end
        }
        var nested: Set<Int> = []
        var widest: TextSpan?
        for index in order {
            let span = names[index].span
            if let widest, widest != span, widest.contains(span) {
                nested.insert(index)
            } else if widest.map({ span.end > $0.end }) ?? true {
                widest = span
            }
        }
        return names.indices.filter { !nested.contains($0) }.map { names[$0] }
    }

    /// The last token of a person's name that ends at `last`, taken on past hyphens into name parts: a
    /// hyphenated given name or double surname (`Chen Yu-ting`, `Lau Ka-wing`, `Ana García-López`), also
    /// a whole hyphenated given name the tagger left out after the surname (`Wang` + `Xiao-lin`), but not
    /// into a common word (`Kremlin-backed`).
    func hyphenatedEnd(_ last: Int, _ view: TokenView) -> Int {
        var last = last
        if last + 3 < view.tokens.count, !view.glued(last), view.isCapitalized(last + 1),
            isNamePart(last + 1, last + 3, view)
        {
            last += 1
        }
        while isNamePart(last, last + 2, view) { last += 2 }
        // `Tobias van der Berg`, `Annelies Van den Bossche`: particles and the surname after them.
        var next = last + 1
        while next < view.tokens.count, NameParticles.all.contains(view.string(next).lowercased()) { next += 1 }
        if next > last + 1, next < view.tokens.count, view.isCapitalized(next),
            !view.glued(next - 1) || view.isHyphen(next - 1) == false
        {
            last = next
        }
        return last
    }

    /// Whether `word` is glued by a hyphen to the name part at `part` (`ting` of `Yu-ting`, `López` of
    /// `García-López`): a capitalized word; a syllable after a syllable (romanized Chinese and Korean
    /// given names, `Ka-wing`, `Ji-hoon`: up to four letters each); or a lower-case word that is no
    /// common English word.
    private func isNamePart(_ part: Int, _ word: Int, _ view: TokenView) -> Bool {
        guard word < view.tokens.count, word == part + 2, view.glued(part), view.isHyphen(part + 1),
            view.glued(part + 1), view.tokens[word].kind == .word
        else { return false }
        let after = view.string(word)
        if view.isCapitalized(word) { return true }
        if view.string(part).count <= 4 && after.count <= 4 && after.allSatisfy(\.isLetter) { return true }
        return !english.isCommonWord(after.lowercased())
    }

    /// A day, a month that is not also a name (`May`, `June`, `August` are), or a holiday.
    private func isCalendarWord(_ word: Substring) -> Bool {
        CalendarWords.days.contains(word) || CalendarWords.holidays.contains(word)
            || (CalendarWords.months.contains(word) && !CalendarWords.monthsAlsoNames.contains(word))
    }

    /// The first token after capitalized common words that open a person's name before a given name
    /// (`Education Stefania Giannini`, `Anthropologist Ken Barger`), when two capitalized words remain;
    /// else `first`.
    private func afterCommonWords(_ first: Int, _ last: Int, _ view: TokenView) -> Int {
        var start = first
        while last - start >= 2, view.isCapitalized(start), view.isCapitalized(start + 1) {
            let word = view.string(start)
            guard word.count >= 3, english.isCommonWord(word.lowercased()), !gazetteers.givenNames.contains(word),
                gazetteers.givenNames.contains(view.string(start + 1))
            else { break }
            start += 1
        }
        return start
    }

    private func hasFiniteVerb(_ range: ClosedRange<Int>, _ view: TokenView, _ analyses: [WordAnalysis]) -> Bool {
        range.contains { index in
            guard index < analyses.count, Self.finiteVerbTags.contains(analyses[index].xpos) else { return false }
            return view.string(index).unicodeScalars.first?.properties.isLowercase == true
        }
    }
}

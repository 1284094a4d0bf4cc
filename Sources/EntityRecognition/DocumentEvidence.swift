import AnnotationModel
import SequenceLabeling

/// What the first pass of the tagger found in the whole article, turned into evidence for each
/// token of the second pass (Krishnan & Manning 2006): the article names the same thing the same way,
/// so the other occurrences of a word and of a name, the longer names a word is part of, and the
/// full name an acronym abbreviates tell what a mention is, where the sentence alone does not.
///
/// Labels are 0 for a capitalized word outside any name and 1, 2, 3 for the ``EntityType`` cases.
struct DocumentEvidence {
    /// One token's evidence; each value is one feature.
    struct Token {
        /// The first pass's BILOU tag of the token.
        var tag: UInt64 = 0
        /// The other capitalized occurrences of the same form: majority label, how many, unanimous.
        var formVote: UInt64 = 0
        /// For a token in a name: the other occurrences of the same name: majority type, how many.
        var nameVote: UInt64 = 0
        /// Longer names elsewhere that hold the token's form: majority type and the form's place in them.
        var longerName: UInt64 = 0
        /// An acronym and the capitalized words it abbreviates (`IPMA` … `Institute for Sea and
        /// Atmosphere`): the words' label, whether the acronym follows them in brackets, and which side
        /// the token is on.
        var acronym: UInt64 = 0
    }

    let tokens: [Token]

    /// - Parameters:
    ///   - sentences: token ranges of the sentences.
    ///   - tags: the first pass's tag of every token.
    init(profiles: [TokenProfile], sentences: [Range<Int>], tags: [Int]) {
        var tokens = [Token](repeating: Token(), count: profiles.count)
        let names = sentences.flatMap { sentence in
            BILOUTags.decode(Array(tags[sentence])).map {
                (
                    tokens: ($0.tokens.lowerBound + sentence.lowerBound)..<($0.tokens.upperBound + sentence.lowerBound),
                    label: Self.label($0.type)
                )
            }
        }
        var nameOfToken = [Int?](repeating: nil, count: profiles.count)
        for (index, name) in names.enumerated() {
            for token in name.tokens { nameOfToken[token] = index }
        }
        for index in profiles.indices { tokens[index].tag = UInt64(tags[index]) }

        // Other occurrences of each capitalized form, by label.
        func isCapitalized(_ index: Int) -> Bool {
            profiles[index].flags.contains(.capitalized) || profiles[index].flags.contains(.allCapitals)
        }
        var formCounts = KeyTable<[Int]>()
        for index in profiles.indices where isCapitalized(index) {
            var counts = formCounts[profiles[index].exact] ?? [0, 0, 0, 0]
            counts[nameOfToken[index].map { names[$0].label } ?? 0] += 1
            formCounts.set(profiles[index].exact, counts)
        }
        for index in profiles.indices where isCapitalized(index) {
            guard var counts = formCounts[profiles[index].exact] else { continue }
            counts[nameOfToken[index].map { names[$0].label } ?? 0] -= 1
            tokens[index].formVote = Self.vote(counts)
        }

        // Other occurrences of each name.
        func key(_ range: Range<Int>) -> UInt64 {
            range.reduce(FeatureHashing.offset) { FeatureHashing.mix($0, profiles[$1].exact) }
        }
        var nameCounts = KeyTable<[Int]>()
        for name in names {
            var counts = nameCounts[key(name.tokens)] ?? [0, 0, 0, 0]
            counts[name.label] += 1
            nameCounts.set(key(name.tokens), counts)
        }
        for name in names {
            guard var counts = nameCounts[key(name.tokens)] else { continue }
            counts[name.label] -= 1
            let vote = Self.vote(counts)
            for token in name.tokens { tokens[token].nameVote = vote }
        }

        // Longer names holding a form: counts by label and by place (first, inside, last).
        var longer = KeyTable<[Int]>()
        func place(_ token: Int, in range: Range<Int>) -> Int {
            token == range.lowerBound ? 0 : token == range.upperBound - 1 ? 2 : 1
        }
        for name in names where name.tokens.count >= 2 {
            for token in name.tokens where isCapitalized(token) {
                var counts = longer[profiles[token].exact] ?? [Int](repeating: 0, count: 12)
                counts[name.label * 3 + place(token, in: name.tokens)] += 1
                longer.set(profiles[token].exact, counts)
            }
        }
        for index in profiles.indices where isCapitalized(index) {
            guard var counts = longer[profiles[index].exact] else { continue }
            if let own = nameOfToken[index], names[own].tokens.count >= 2 {
                for token in names[own].tokens where profiles[token].exact == profiles[index].exact {
                    counts[names[own].label * 3 + place(token, in: names[own].tokens)] -= 1
                }
            }
            guard
                let best = counts.indices.max(by: { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }),
                counts[best] > 0
            else { continue }
            tokens[index].longerName = UInt64(best + 1) | UInt64(min(counts[best], 3)) << 8
        }

        Self.markAcronyms(&tokens, profiles, names.map(\.label), nameOfToken)
        self.tokens = tokens
    }

    /// The index of a name type among the labels.
    private static func label(_ type: EntityType) -> Int { EntityType.allCases.firstIndex(of: type)! + 1 }

    /// Majority label (ties to the lower label), how many others (1, 2, 3–5, 6+), unanimity; 0 for none.
    private static func vote(_ counts: [Int]) -> UInt64 {
        let total = counts.reduce(0, +)
        guard total > 0,
            let best = counts.indices.max(by: { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) })
        else { return 0 }
        let strength: UInt64 = total == 1 ? 1 : total == 2 ? 2 : total <= 5 ? 3 : 4
        return UInt64(best + 1) | strength << 4 | (counts[best] == total ? 1 << 8 : 0)
    }

    /// Acronyms (a token in capitals) and the runs of capitalized words that define them: a run right
    /// before `(ACRONYM` (whatever its initials: `Instituto …`, `IPMA`), else a run whose initials spell it.
    private static func markAcronyms(
        _ tokens: inout [Token], _ profiles: [TokenProfile], _ labels: [Int], _ nameOfToken: [Int?]
    ) {
        var runs: [Range<Int>] = []
        var index = 0
        while index < profiles.count {
            let run = profiles[index].run.range
            if run.count >= 2 && run.lowerBound == index {
                runs.append(run)
                index = run.upperBound
            } else {
                index += 1
            }
        }
        var definitions = KeyTable<Range<Int>>()
        var bracketed = KeyTable<Bool>()
        for run in runs {
            var initials = FeatureHashing.offset
            for token in run where profiles[token].flags.contains(.capitalized) {
                initials = FeatureHashing.byte(initials, profiles[token].initial)
            }
            if run.upperBound + 1 < profiles.count, profiles[run.upperBound].lower == openingBracketKey,
                profiles[run.upperBound + 1].flags.contains(.allCapitals)
            {
                let acronym = profiles[run.upperBound + 1].exact
                if bracketed[acronym] == nil {
                    definitions.set(acronym, run)
                    bracketed.set(acronym, true)
                }
            } else if definitions[initials] == nil {
                definitions.set(initials, run)
            }
        }
        for index in profiles.indices where profiles[index].flags.contains(.allCapitals) {
            let acronym = profiles[index].exact
            guard let run = definitions[acronym], !run.contains(index) else { continue }
            let label = nameOfToken[run.upperBound - 1].map { labels[$0] } ?? 0
            let inBrackets: UInt64 = bracketed[acronym] == true ? 1 << 4 : 0
            tokens[index].acronym = UInt64(label + 1) | inBrackets | 1 << 8
            let acronymLabel = nameOfToken[index].map { labels[$0] } ?? 0
            for token in run where tokens[token].acronym == 0 {
                tokens[token].acronym = UInt64(acronymLabel + 1) | inBrackets | 2 << 8
            }
        }
    }

    private static let openingBracketKey = SurfaceKey.of("(")
}

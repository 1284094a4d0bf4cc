/// How a text names the one who speaks, before it is resolved to a register entry.
enum SpeakerPhrase: Equatable {
    /// A person or organization mention (index into the mentions).
    case mention(Int)
    /// `he`, `she`, at token.
    case pronoun(String, token: Int)
    /// `the minister`, `Turkey’s foreign minister`: the head noun, the words before it, whether it
    /// is definite, and the token it ends on.
    case role(head: String, modifiers: [String], definite: Bool, token: Int)
    /// `the ministry`, `the government`.
    case organizationNoun(String, token: Int)
}

/// A speaker phrase, the token it starts on, and for a description the token it ends on when words
/// follow its head noun (`a spokesman for the Élysée Palace`).
struct FoundSpeaker: Equatable {
    var phrase: SpeakerPhrase
    var start: Int
    var end: Int? = nil
    /// Mentions coordinated with a named subject, who speak with it.
    var conjuncts: [Int] = []

    /// A role or organization noun phrase, not a name or a pronoun.
    var isDescription: Bool {
        switch phrase {
        case .role, .organizationNoun: true
        case .mention, .pronoun: false
        }
    }
}

/// Finds the subject of a speech verb: `Foreign Minister Mevlut Cavusoglu said`, `Cavusoglu, the
/// minister, said`, `Its spokesman, Salvatore Di Stefano, said`, `he said`, `Turkey’s foreign minister
/// said`, `the ministry said`, and the inverted `…, said the minister` / `said Ambassador Mohib` /
/// `according to the news agency Belga`.
struct SpeakerFinder {
    let context: SpeechContext

    /// The subject ending just before `verb` (over adverbs and one comma-delimited apposition), not
    /// reaching before `floor`.
    func subject(before verb: Int, floor: Int) -> FoundSpeaker? {
        var end = verb - 1
        while end >= floor && SpeechLexicon.adverbs.contains(context.words[end]) { end -= 1 }
        // `The Democratic Alliance of Hungarians in Romania (UDMR) said`: past the bracketed acronym.
        if end - 2 >= floor, context.words[end] == ")", context.words[end - 2] == "(" { end -= 3 }
        guard end >= floor else { return nil }
        if context.words[end] == "and" || context.words[end] == "but" {
            // `X said …, and said …`, `X welcomed the deal but said …`: the subject of the clause before.
            var earlier = end - 1
            while earlier >= floor && !SpeechLexicon.verbs.contains(context.words[earlier])
                && !context.hasFiniteVerb(earlier..<(earlier + 1))
            {
                earlier -= 1
            }
            return earlier >= floor ? subject(before: earlier, floor: floor) : nil
        }
        if ["who", "which"].contains(context.words[end]), end - 1 >= floor, context.words[end - 1] == "," {
            // `Tobias van der Berg, director of the institute, who warned that …`: the one the clause is about.
            var opening = end - 2
            while opening >= max(floor, end - 18) && context.mentionEnding[opening] == nil
                && !SpeechLexicon.describingNouns.contains(context.words[opening])
            {
                opening -= 1
            }
            guard opening >= floor else { return nil }
            return phrase(endingAt: opening, floor: floor)
        }
        if context.words[end] == "," {
            // `Cavusoglu, Turkey’s foreign minister, said`: the subject ends before the opening comma.
            var opening = end - 1
            while opening >= max(floor, end - 16) && context.words[opening] != "," { opening -= 1 }
            guard opening >= floor, context.words[opening] == "," else { return nil }
            // `Its spokesman, Salvatore Di Stefano, said`: of a role and a name, the name; `A man in a
            // T-shirt, who did not give his name, told …`: a relative clause only describes.
            let before = headPhrase(endingAt: opening - 1, floor: floor)
            if ["who", "which", "whose", "speaking", "quoted"].contains(context.words[opening + 1]) { return before }
            let inside = phrase(endingAt: end - 1, floor: opening + 1)
            if let inside, case .mention = inside.phrase, let before, before.isDescription { return inside }
            return before ?? inside
        }
        return headPhrase(endingAt: end, floor: floor)
    }

    /// A speaker phrase ending at `end`, or ending before a prepositional phrase that ends there; with
    /// the persons and organizations coordinated with it (`X and Y both said`).
    private func headPhrase(endingAt end: Int, floor: Int) -> FoundSpeaker? {
        guard var found = singlePhrase(endingAt: end, floor: floor) else { return nil }
        if case .mention = found.phrase {
            found.conjuncts = conjuncts(before: found.start, floor: floor)
        }
        return found
    }

    /// The persons and organizations coordinated before a subject that starts at `start`: `Ecolo and`,
    /// `Francesca Morandi of the Democratic Party and`, `Lorenzo Bellandi, Joseph Azzopardi and`.
    private func conjuncts(before start: Int, floor: Int) -> [Int] {
        var result: [Int] = []
        var index = start - 1
        while index > floor, ["and", ","].contains(context.words[index]), result.count < 4 {
            guard let conjunct = mention(endingNear: index - 1, floor: floor) else { break }
            result.insert(conjunct, at: 0)
            index = context.mentionFirstToken[conjunct] - 1
        }
        return result
    }

    /// A person or organization mention ending at `end`, or a person's ending before an `of …` phrase
    /// that ends there (`Francesca Morandi of the Democratic Party`).
    private func mention(endingNear end: Int, floor: Int) -> Int? {
        guard end >= floor else { return nil }
        if let mention = context.mentionEnding[end], context.mentions[mention].type != .place {
            if let person = person(before: context.mentionFirstToken[mention], floor: floor) { return person }
            return mention
        }
        return nil
    }

    /// The person before `of`/`from` (and `the`) that opens at `start`, if any.
    private func person(before start: Int, floor: Int) -> Int? {
        var index = start - 1
        if index >= floor && context.words[index] == "the" { index -= 1 }
        guard index - 1 >= floor, ["of", "from"].contains(context.words[index]),
            let person = context.mentionEnding[index - 1], context.mentions[person].type == .person
        else { return nil }
        return person
    }

    /// The phrase ending at `end`, over a prepositional phrase after its head.
    private func singlePhrase(endingAt end: Int, floor: Int) -> FoundSpeaker? {
        guard end >= floor else { return nil }
        if let found = phrase(endingAt: end, floor: floor), !isPlace(found), !isInsidePhrase(found, floor: floor) {
            // `Luca Bernasconi of the Five Star Movement said`: the person, not the organization after.
            if case .mention(let index) = found.phrase, context.mentions[index].type == .organization,
                let person = person(before: found.start, floor: floor)
            {
                return FoundSpeaker(phrase: .mention(person), start: context.mentionFirstToken[person])
            }
            return found
        }
        // `a spokesman for the Élysée Palace said`, `a poll worker at a church in Bristol said`, `Fabienne
        // Lucchesi of SUD-Rail said`: the head before the first prepositional phrase, the description
        // running to the end.
        var prepositions: [Int] = []
        var index = end - 1
        while index >= max(floor, end - 10) {
            if SpeechLexicon.prepositions.contains(context.words[index]) {
                prepositions.append(index)
            } else if !(context.tokens[index].kind == .word || ["’s", "'s", "-"].contains(context.words[index]))
                || context.tags[index].hasPrefix("VB") || context.tags[index] == "MD"
            {
                break
            }
            index -= 1
        }
        for preposition in prepositions.reversed() {
            guard var head = phrase(endingAt: preposition - 1, floor: floor), !isPlace(head),
                !isInsidePhrase(head, floor: floor)
            else { continue }
            if case .mention = head.phrase {} else { head.end = end }
            return head
        }
        return nil
    }

    /// Whether a phrase is the object of a preposition or a verb (`in Australian school children`,
    /// `documenting iodine status`), not a subject of its own.
    private func isInsidePhrase(_ found: FoundSpeaker, floor: Int) -> Bool {
        guard found.start - 1 >= floor else { return false }
        let before = found.start - 1
        return SpeechLexicon.prepositions.contains(context.words[before]) || context.tags[before].hasPrefix("VB")
    }

    private func isPlace(_ found: FoundSpeaker) -> Bool {
        if case .mention(let index) = found.phrase { return context.mentions[index].type == .place }
        return false
    }

    /// The subject of the clause in `range` (before a colon that introduces a quotation): the first
    /// person, organization or personal pronoun outside quotation marks that a finite verb follows
    /// (`Sunak defended the government's record: “…”`, `He was blunt: “…”`).
    func clauseSubject(in range: Range<Int>, quoted: [Bool]) -> FoundSpeaker? {
        for index in range where !quoted[index] {
            var end = index
            let phrase: SpeakerPhrase
            if let mention = context.mentionStarting[index] {
                let type = context.mentions[mention].type
                guard type == .person || type == .organization else { continue }
                while end + 1 < range.upperBound && context.mentionEnding[end] != mention { end += 1 }
                phrase = .mention(mention)
            } else if SpeechLexicon.speakerPronouns.contains(context.words[index]) {
                phrase = .pronoun(context.words[index], token: index)
            } else {
                continue
            }
            // A finite verb right after the subject, or after adverbs and auxiliaries (`has long argued`).
            var verb = end + 1
            while verb < range.upperBound && !context.hasFiniteVerb(verb..<verb + 1)
                && SpeechLexicon.adverbs.contains(context.words[verb])
            {
                verb += 1
            }
            guard verb < range.upperBound, context.hasFiniteVerb(verb..<verb + 1) else { return nil }
            return FoundSpeaker(phrase: phrase, start: index)
        }
        return nil
    }

    /// The subject right after an inverting verb: `said Ambassador Mohib`, `said the minister`.
    func invertedSubject(after verb: Int, limit: Int) -> FoundSpeaker? {
        var index = verb + 1
        // `according to the Michigan State Police`: a name after the article.
        if index + 1 < limit, context.words[index] == "the", let mention = context.mentionStarting[index + 1],
            context.mentions[mention].type != .place
        {
            return FoundSpeaker(phrase: .mention(mention), start: index + 1)
        }
        // Titles before the name: `said Foreign Minister Mevlut Cavusoglu`.
        while index < min(limit, verb + 5) {
            if let mention = context.mentionStarting[index] {
                return FoundSpeaker(phrase: .mention(mention), start: index)
            }
            guard context.isCapitalized(index) else { break }
            index += 1
        }
        guard verb + 2 < limit, SpeechLexicon.determiners.contains(context.words[verb + 1]) else { return nil }
        // `the news agency Belga`, `the state rail operator SNCF`: the name after the description.
        var next = verb + 2
        while next < min(limit, verb + 7) && context.tokens[next].kind == .word {
            if let mention = context.mentionStarting[next] {
                guard context.mentions[mention].type != .place else { break }
                return FoundSpeaker(phrase: .mention(mention), start: next)
            }
            if context.isCapitalized(next) { break }
            next += 1
        }
        // `said a lorry driver at a petrol station`: the noun compound, then the description's words up to
        // the end of the clause.
        var head = verb + 2
        while head + 1 < limit && context.tokens[head + 1].kind == .word
            && (["NN", "NNS"].contains(context.tags[head + 1])
                || SpeechLexicon.roleNouns[context.words[head + 1]] != nil
                || SpeechLexicon.organizationNouns.contains(context.words[head + 1])
                || SpeechLexicon.describingNouns.contains(context.words[head + 1]))
        {
            head += 1
        }
        guard var found = phrase(endingAt: head, floor: verb + 1) else { return nil }
        // `according to the national statistics office, ISTAT,`: the name in the apposition.
        if head + 2 < limit, context.words[head + 1] == ",", let mention = context.mentionStarting[head + 2],
            context.mentions[mention].type != .place
        {
            return FoundSpeaker(phrase: .mention(mention), start: head + 2)
        }
        if head + 1 < limit, SpeechLexicon.prepositions.contains(context.words[head + 1]) {
            var last = head + 1
            while last + 1 < limit && context.tokens[last + 1].kind == .word { last += 1 }
            found.end = last
        }
        return found
    }

    /// A speaker phrase ending at `end`.
    private func phrase(endingAt end: Int, floor: Int) -> FoundSpeaker? {
        guard end >= floor, end >= 0 else { return nil }
        if let mention = context.mentionEnding[end] {
            let type = context.mentions[mention].type
            guard type == .person || type == .organization else { return nil }
            return FoundSpeaker(phrase: .mention(mention), start: context.mentionFirstToken[mention])
        }
        let word = context.words[end]
        if SpeechLexicon.speakerPronouns.contains(word) {
            return FoundSpeaker(phrase: .pronoun(word, token: end), start: end)
        }
        // Any common noun with a determiner (`a shelter volunteer`, `one commuter`) or in the plural
        // (`officials`, `police`) may describe who speaks.
        let isNoun = ["NN", "NNS"].contains(context.tags[end]) && !context.isCapitalized(end)
        if SpeechLexicon.roleNouns[word] != nil || SpeechLexicon.organizationNouns.contains(word)
            || SpeechLexicon.describingNouns.contains(word) || isNoun
        {
            // Walk back over the modifiers to a determiner or a possessive.
            var start = end - 1
            var modifiers: [String] = []
            var definite = false
            // Whether `start` belongs to the phrase (a determiner or possessor) or is the first word outside it.
            var startIsInside = false
            while start >= floor && end - start <= 5 {
                let current = context.words[start]
                if SpeechLexicon.determiners.contains(current) {
                    definite = SpeechLexicon.definiteDeterminers.contains(current)
                    startIsInside = true
                    break
                }
                if current == "’s" || current == "'s" {
                    definite = true
                    // The possessor belongs to the phrase: `Turkey’s foreign minister`.
                    if start > floor, let possessor = context.mentionEnding[start - 1] {
                        start = context.mentionFirstToken[possessor]
                    } else if start > floor, context.tokens[start - 1].kind == .word {
                        // `the report’s authors`: a possessor noun and its determiner.
                        start -= 1
                        if start > floor && SpeechLexicon.determiners.contains(context.words[start - 1]) { start -= 1 }
                    }
                    startIsInside = true
                    break
                }
                // `the Perth-based miner`: a hyphenated modifier is one.
                let isHyphen = current == "-" && start > floor && context.tokens[start - 1].kind == .word
                guard context.tokens[start].kind == .word || isHyphen, context.mentionEnding[start] == nil || isHyphen,
                    !SpeechLexicon.prepositions.contains(current), !context.tags[start].hasPrefix("VB")
                else { break }
                if !isHyphen { modifiers.insert(current, at: 0) }
                start -= 1
            }
            let phraseStart = max(floor, startIsInside ? start : start + 1)
            let plural = context.tags[end] == "NNS" || ["police", "staff"].contains(word)
            let known =
                SpeechLexicon.roleNouns[word] != nil || SpeechLexicon.organizationNouns.contains(word)
                || SpeechLexicon.describingNouns.contains(word)
            // An unknown noun speaks only with a determiner, or as a plural (`Analysts said`).
            guard
                known || definite || plural
                    || (start >= floor && SpeechLexicon.determiners.contains(context.words[start]))
            else { return nil }
            if SpeechLexicon.organizationNouns.contains(word) && SpeechLexicon.roleNouns[word] == nil {
                return definite || plural
                    ? FoundSpeaker(phrase: .organizationNoun(word, token: end), start: phraseStart) : nil
            }
            return FoundSpeaker(
                phrase: .role(head: word, modifiers: modifiers, definite: definite, token: end), start: phraseStart)
        }
        return nil
    }
}

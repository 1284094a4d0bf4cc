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

/// A speaker phrase and the token it starts on.
struct FoundSpeaker: Equatable {
    var phrase: SpeakerPhrase
    var start: Int
}

/// Finds the subject of a speech verb: `Foreign Minister Mevlut Cavusoglu said`, `Cavusoglu, the
/// minister, said`, `he said`, `Turkey’s foreign minister said`, `the ministry said`, and the
/// inverted `…, said the minister` / `said Ambassador Mohib`.
struct SpeakerFinder {
    let context: SpeechContext

    /// The subject ending just before `verb` (over adverbs and one comma-delimited apposition), not
    /// reaching before `floor`.
    func subject(before verb: Int, floor: Int) -> FoundSpeaker? {
        var end = verb - 1
        while end >= floor && SpeechLexicon.adverbs.contains(context.words[end]) { end -= 1 }
        guard end >= floor else { return nil }
        if context.words[end] == "and" {
            // `X said …, and said …`: the subject of the speech verb before.
            var earlier = end - 1
            while earlier >= floor && !SpeechLexicon.verbs.contains(context.words[earlier]) { earlier -= 1 }
            return earlier >= floor ? subject(before: earlier, floor: floor) : nil
        }
        if context.words[end] == "," {
            // `Cavusoglu, Turkey’s foreign minister, said`: the subject ends before the opening comma.
            var opening = end - 1
            while opening >= max(floor, end - 16) && context.words[opening] != "," { opening -= 1 }
            guard opening >= floor, context.words[opening] == "," else { return nil }
            return phrase(endingAt: opening - 1, floor: floor) ?? phrase(endingAt: end - 1, floor: opening + 1)
        }
        return phrase(endingAt: end, floor: floor)
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
        // Titles before the name: `said Foreign Minister Mevlut Cavusoglu`.
        while index < min(limit, verb + 5) {
            if let mention = context.mentionStarting[index] {
                return FoundSpeaker(phrase: .mention(mention), start: index)
            }
            guard context.isCapitalized(index) else { break }
            index += 1
        }
        guard verb + 2 < limit, SpeechLexicon.determiners.contains(context.words[verb + 1]) else { return nil }
        var head = verb + 2
        while head + 1 < limit && context.tokens[head + 1].kind == .word
            && (SpeechLexicon.roleNouns[context.words[head + 1]] != nil
                || SpeechLexicon.organizationNouns.contains(context.words[head + 1])
                || SpeechLexicon.describingNouns.contains(context.words[head + 1]))
        {
            head += 1
        }
        return phrase(endingAt: head, floor: verb + 1)
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
        if SpeechLexicon.roleNouns[word] != nil || SpeechLexicon.organizationNouns.contains(word)
            || SpeechLexicon.describingNouns.contains(word)
        {
            // Walk back over the modifiers to a determiner or a possessive.
            var start = end - 1
            var modifiers: [String] = []
            var definite = false
            while start >= floor && end - start <= 5 {
                let current = context.words[start]
                if SpeechLexicon.determiners.contains(current) {
                    definite = SpeechLexicon.definiteDeterminers.contains(current)
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
                    break
                }
                guard context.tokens[start].kind == .word, context.mentionEnding[start] == nil else { break }
                modifiers.insert(current, at: 0)
                start -= 1
            }
            let phraseStart = max(floor, start)
            if SpeechLexicon.organizationNouns.contains(word) && SpeechLexicon.roleNouns[word] == nil {
                return definite ? FoundSpeaker(phrase: .organizationNoun(word, token: end), start: phraseStart) : nil
            }
            return FoundSpeaker(
                phrase: .role(head: word, modifiers: modifiers, definite: definite, token: end), start: phraseStart)
        }
        return nil
    }
}

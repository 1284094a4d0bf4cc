import AnnotationModel

/// Turns a speaker phrase into a register entry, or nothing when the text does not say who.
///
/// - A mention is its own entry.
/// - `he`/`she`: the last speaker if the previous quotation is close, else a person earlier in the
///   sentence, else the first person (the likely subject) of the nearest sentence before that names
///   one, within two blocks.
/// - `the minister`, `Turkey’s foreign minister`, `the premier`: among the persons whose recorded
///   titles contain the role, those whose titles also hold most of its modifiers; of them the last
///   one who spoke, else the one mentioned last before it, else first after it.
/// - `the ministry`: the last organization whose name contains the noun.
/// - Indefinite phrases (`a spokesman`) name nobody.
struct SpeakerResolver {
    let context: SpeechContext

    /// A speaker of an earlier quotation: the entry, the token its quotation starts on, and whether it
    /// is a group (an organization or a described plural, which `they` refers to).
    struct PriorSpeaker {
        var entry: Int
        var token: Int
        var isGroup: Bool
    }

    /// The entry and how sure the rule is; `speakers` are the speakers of the quotations before, in
    /// order, each with the token its quotation starts on.
    func resolve(_ phrase: SpeakerPhrase, speakers: [PriorSpeaker]) -> (entry: Int, confidence: Double)? {
        let lastSpeaker = speakers.last
        switch phrase {
        case .mention(let index):
            // Only persons and organizations speak; a place named as speaker is not resolved.
            guard context.mentions[index].type != .place else { return nil }
            return (context.mentions[index].entry, 0.9)
        case .pronoun(let pronoun, let token):
            if let last = lastSpeaker, blocksBetween(last.token, token) <= 1,
                !personMentioned(between: last.token, and: token, other: last.entry),
                (pronoun == "they") == last.isGroup
            {
                return (last.entry, 0.75)
            }
            if pronoun == "they" { return lastOrganization(before: token).map { ($0, 0.5) } }
            return lastPerson(before: token).map { ($0, 0.6) }
        case .role(let head, let modifiers, let definite, let token):
            guard definite, let roles = SpeechLexicon.roleNouns[head] else { return nil }
            // Persons with the role; those whose titles also hold the modifiers (`foreign`) come first.
            var best: [Int] = []
            var bestScore = -1
            for (index, entry) in context.register.entries.enumerated() where entry.type == .person {
                let titles = entry.roles.map { $0.lowercased() }
                guard titles.contains(where: { title in roles.contains { title.contains($0) } }) else { continue }
                let score = modifiers.filter { modifier in titles.contains { $0.contains(modifier) } }.count
                if score > bestScore {
                    best = [index]
                    bestScore = score
                } else if score == bestScore {
                    best.append(index)
                }
            }
            // Of those, one who has spoken already, else the nearest mention.
            if let speaker = speakers.last(where: { best.contains($0.entry) }) { return (speaker.entry, 0.75) }
            return nearest(best, to: token).map { ($0, 0.7) }
        case .organizationNoun(let noun, let token):
            let candidates = context.register.entries.indices.filter {
                context.register.entries[$0].type == .organization
                    && context.register.entries[$0].name.lowercased().contains(noun)
            }
            return nearest(candidates, to: token).map { ($0, 0.6) }
        }
    }

    /// The candidate mentioned last before `token`, else the first mentioned after it.
    private func nearest(_ candidates: [Int], to token: Int) -> Int? {
        guard !candidates.isEmpty else { return nil }
        let offset = context.tokens[token].span.start
        let before = context.mentions.last { candidates.contains($0.entry) && $0.span.end <= offset }
        let after = context.mentions.first { candidates.contains($0.entry) && $0.span.start >= offset }
        return before?.entry ?? after?.entry
    }

    /// The antecedent of a pronoun: a person mentioned earlier in its sentence, else the first person
    /// (the likely subject) of the nearest earlier sentence that mentions one, within two blocks.
    private func lastPerson(before token: Int) -> Int? {
        let offset = context.tokens[token].span.start
        guard let block = context.block(of: token) else { return nil }
        let earliest = context.blocks[max(0, block - 2)].span.start
        var sentence = context.sentenceOf[token]
        while sentence >= 0 {
            let span = context.sentences[sentence].span
            guard span.end > earliest else { break }
            let persons = context.mentions.filter {
                $0.type == .person && span.contains($0.span) && $0.span.end <= offset && $0.span.start >= earliest
            }
            if let person = sentence == context.sentenceOf[token] ? persons.last : persons.first { return person.entry }
            sentence -= 1
        }
        return nil
    }

    /// The antecedent of `they`: the last organization mentioned in its sentence or the one before.
    private func lastOrganization(before token: Int) -> Int? {
        let sentence = context.sentenceOf[token]
        guard sentence >= 0 else { return nil }
        let start = context.sentences[max(0, sentence - 1)].span.start
        let offset = context.tokens[token].span.start
        return context.mentions.last {
            $0.type == .organization && $0.span.start >= start && $0.span.end <= offset
        }?.entry
    }

    private func blocksBetween(_ first: Int, _ second: Int) -> Int {
        guard let a = context.block(of: first), let b = context.block(of: second) else { return Int.max }
        return abs(b - a)
    }

    private func personMentioned(between first: Int, and second: Int, other entry: Int) -> Bool {
        let start = context.tokens[min(first, second)].span.end
        let end = context.tokens[max(first, second)].span.start
        return context.mentions.contains {
            $0.type == .person && $0.entry != entry && $0.span.start >= start && $0.span.end <= end
        }
    }
}

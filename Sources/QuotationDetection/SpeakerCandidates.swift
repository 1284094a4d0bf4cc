import AnnotationModel
import EntityRecognition

/// The speakers a quotation may have, each described by the evidence ``SpeakerModel`` weighs: the
/// subject of the quotation's own speech verb (a name, a pronoun, a role or an organization noun), where
/// the candidate stands (in the sentence, before or after; the sentence before or after; the
/// paragraph; how far back), whether it spoke the quotation before (and how far back, and whether
/// someone else was named since), pronoun agreement (gender from given names and from the pronouns the
/// article uses for the person), and the roles the article gives it. One model of the discourse
/// instead of one rule per pattern.
///
/// Options: every person and organization named from two paragraphs before the quotation to the end of
/// the sentence after it (names inside the quotation excepted), the speakers of the quotations before,
/// a described speaker when the subject is a description that may name nobody else (`a ministry
/// spokeswoman`, `the agency`), and nobody.
struct SpeakerCandidates {
    let context: SpeechContext
    /// Gender of persons, by register entry, from given names and from `he`/`she` used after their names.
    private let gender: [Int: PersonGender]
    /// Role words the article puts beside each entry's mentions (`the N-VA leader`, `chief economist`).
    private let roleWords: [Int: Set<String>]
    /// Person and organization mentions, in text order.
    private let speakerMentions: [Int]
    /// How many mentions each register entry has in the article.
    private let mentionCounts: [Int: Int]

    /// A quotation's option: a register entry, a described speaker (made from the subject phrase), or
    /// nobody (both nil), with its features.
    struct Option {
        var entry: Int?
        var described: FoundSpeaker?
        var features: [String]
    }

    /// A quotation before, with the speaker chosen for it.
    struct Earlier {
        var speaker: Int?
        var tokens: Range<Int>
        var isDirect: Bool
    }

    init(context: SpeechContext, gazetteers: Gazetteers) {
        self.context = context
        speakerMentions = context.mentions.indices.filter { context.mentions[$0].type != .place }
        var gender: [Int: PersonGender] = [:]
        var roleWords: [Int: Set<String>] = [:]
        for (index, entry) in context.register.entries.enumerated() where entry.type == .person {
            let names = ([entry.name] + entry.variants).map { $0.split(separator: " ") }
            if let given = names.first(where: { $0.count >= 2 })?.first,
                let known = gazetteers.gender(ofGivenName: given)
            {
                gender[index] = known
            }
            for role in entry.roles {
                for word in role.lowercased().split(separator: " ") {
                    roleWords[index, default: []].insert(String(word))
                }
            }
        }
        for mention in speakerMentions {
            let entry = context.mentions[mention].entry
            let first = context.mentionFirstToken[mention]
            let last = context.mentionLastToken[mention]
            // `X, the N-VA leader,` and `X, chief economist at SEB,`: an apposition's role words.
            if last + 2 < context.tokens.count, context.words[last + 1] == "," {
                var index = last + 2
                while index < min(context.tokens.count, last + 9), context.words[index] != ",",
                    !context.isSentenceFinal(index)
                {
                    let word = context.words[index]
                    if Self.isRoleWord(word) { roleWords[entry, default: []].insert(word) }
                    index += 1
                }
            }
            // `economist Henrik Lund`, `the trade union confederation LO`: role words right before the name.
            for index in stride(from: first - 1, through: max(0, first - 4), by: -1) {
                let word = context.words[index]
                guard context.tokens[index].kind == .word else { break }
                if Self.isRoleWord(word) { roleWords[entry, default: []].insert(word) }
            }
            // `X said … his` / `… her`: the pronouns the article uses for the person, in the same sentence.
            guard context.mentions[mention].type == .person, gender[entry] == nil else { continue }
            let sentence = context.sentenceOf[last]
            var index = last + 1
            while index < context.tokens.count && context.sentenceOf[index] == sentence && index < last + 12 {
                if context.mentionStarting[index] != nil { break }
                switch context.words[index] {
                case "he", "his", "him": gender[entry] = .male
                case "she", "her", "hers": gender[entry] = .female
                default: break
                }
                if gender[entry] != nil { break }
                index += 1
            }
        }
        self.gender = gender
        self.roleWords = roleWords
        var mentionCounts: [Int: Int] = [:]
        for mention in context.mentions { mentionCounts[mention.entry, default: 0] += 1 }
        self.mentionCounts = mentionCounts
    }

    /// A word that tells what someone or something is: a role (`minister`), a describing noun
    /// (`economist`) or an organization noun (`union`).
    private static func isRoleWord(_ word: String) -> Bool {
        SpeechLexicon.roleNouns[word] != nil || SpeechLexicon.describingNouns.contains(word)
            || SpeechLexicon.organizationNouns.contains(word)
    }

    /// The options of a quotation over `tokens` whose own speaker phrase is `phrase`, given the
    /// quotations before it and the register so far (with the described speakers chosen before).
    func options(
        tokens: Range<Int>, isDirect: Bool, phrase: FoundSpeaker?, earlier: [Earlier], register: EntityRegister
    ) -> [Option] {
        let first = tokens.lowerBound
        let kind = phraseKind(phrase)
        let sentence = context.sentenceOf[first]
        let block = context.block(of: first) ?? 0
        let earliest = context.blocks[max(0, block - 2)].span.start
        // The end of the sentence after the quotation's last one.
        let lastSentence = context.sentenceOf[tokens.upperBound - 1]
        let horizon =
            lastSentence < 0
            ? context.tokens[tokens.upperBound - 1].span.end
            : context.sentences[min(lastSentence + 1, context.sentences.count - 1)].span.end
        let quoteSpan = TextSpan(context.tokens[first].span.start, context.tokens[tokens.upperBound - 1].span.end)
        let nearby = speakerMentions.filter { index in
            let span = context.mentions[index].span
            return span.start >= earliest && span.end <= horizon && !quoteSpan.contains(span)
        }
        let previous = earlier.last { $0.speaker != nil }
        var entries: [Int] = []
        for mention in nearby where !entries.contains(context.mentions[mention].entry) {
            entries.append(context.mentions[mention].entry)
        }
        for speaker in earlier.reversed().compactMap(\.speaker).prefix(3) where !entries.contains(speaker) {
            entries.append(speaker)
        }
        // A role or an organization noun may name someone mentioned anywhere in the article.
        for entry in register.entries.indices where !entries.contains(entry) && answers(phrase, entry, register) {
            entries.append(entry)
        }
        let nextSentenceRefersBack =
            lastSentence >= 0 && lastSentence + 1 < context.sentences.count
            && refersBack(context.sentences[lastSentence + 1])
        let before = nearby.filter { context.mentions[$0].span.end <= quoteSpan.start }
        let nearestBefore = before.last.map { context.mentions[$0].entry }
        let paragraphStart = context.blocks[block].span.start
        let firstOfParagraph = nearby.first { context.mentions[$0].span.start >= paragraphStart }.map {
            context.mentions[$0].entry
        }

        // The persons the article gives the subject's role, and those with its modifiers too.
        var roleHolders: [(entry: Int, role: Bool, modifiers: Bool)] = []
        if let phrase, case .role(let head, let modifiers, _, _) = phrase.phrase {
            for (index, entry) in register.entries.enumerated() where entry.type == .person && !entry.isDescription {
                let match = roleMatch(index, entry, head: head, modifiers: modifiers)
                if match.role { roleHolders.append((index, match.role, match.modifiers)) }
            }
        }
        let preferredHolder = preferred(roleHolders, earlier: earlier, before: quoteSpan.start)
        // `he` and `she` are persons, `they` a group (an organization or a described plural).
        if let phrase, case .pronoun(let pronoun, _) = phrase.phrase {
            entries = entries.filter { entry in
                let registered = register.entries[entry]
                return pronoun == "they"
                    ? registered.type == .organization || DescribedSpeakers.isGroup(registered)
                    : registered.type == .person
            }
        }
        // A definite role names one of those who hold it, when the article gives it to anyone (`the
        // minister` is not the strongman named in the same sentence).
        if let phrase, case .role(_, _, true, _) = phrase.phrase, !roleHolders.isEmpty {
            entries = entries.filter { entry in
                roleHolders.contains { $0.entry == entry } || register.entries[entry].isDescription
            }
        }
        var options: [Option] = []
        for entry in entries {
            var evidence: [String] = []
            let registered = register.entries[entry]
            evidence.append("type:\(registered.isDescription ? "described" : registered.type.rawValue)")
            evidence += phraseEvidence(
                phrase, entry: registered, index: entry, earlier: earlier, nearby: nearby, roleHolders: roleHolders)
            if preferredHolder == entry { evidence.append("role:preferred") }
            var discourse: [String] = []
            if let previous, previous.speaker == entry,
                let previousBlock = context.block(of: previous.tokens.lowerBound)
            {
                let distance = block - previousBlock
                discourse.append(
                    "previous-speaker:\(distance == 0 ? "same" : distance == 1 ? "next" : "far")-paragraph")
                if isDirect != previous.isDirect { discourse.append("previous-speaker:other-kind") }
                let previousEnd = context.tokens[previous.tokens.upperBound - 1].span.end
                let between = TextSpan(min(previousEnd, quoteSpan.start), quoteSpan.start)
                if speakerMentions.contains(where: {
                    between.contains(context.mentions[$0].span) && context.mentions[$0].entry != entry
                        && context.mentions[$0].type == .person
                }) {
                    discourse.append("previous-speaker:someone-named-since")
                }
            }
            let mentions = nearby.filter { context.mentions[$0].entry == entry }
            for mention in mentions {
                let mentionSentence = context.sentenceOf[context.mentionFirstToken[mention]]
                let isBefore = context.mentions[mention].span.end <= quoteSpan.start
                if mentionSentence == sentence || mentionSentence == lastSentence {
                    discourse.append(isBefore ? "same-sentence:before" : "same-sentence:after")
                } else if mentionSentence == lastSentence + 1 && !isBefore {
                    discourse.append(nextSentenceRefersBack ? "next-sentence:refers-back" : "next-sentence")
                } else if mentionSentence == sentence - 1 {
                    discourse.append("previous-sentence")
                }
            }
            if let last = mentions.last(where: { context.mentions[$0].span.end <= quoteSpan.start }) {
                let distance = sentence - context.sentenceOf[context.mentionFirstToken[last]]
                discourse.append("distance:\(min(distance, 4))")
                if context.block(of: context.mentionFirstToken[last]) != block { discourse.append("earlier-paragraph") }
            } else if mentions.isEmpty {
                discourse.append("not-nearby")
            }
            if nearestBefore == entry { discourse.append("nearest-before") }
            if firstOfParagraph == entry { discourse.append("first-in-paragraph") }
            discourse.append("mentions:\(min(mentionCounts[entry] ?? 0, 3))")
            evidence += Set(discourse).sorted()
            options.append(Option(entry: entry, described: nil, features: conjoined(evidence, kind)))
        }
        if let phrase, case .role = phrase.phrase {
            var option = describedOption(phrase, kind: kind, entries: entries, register: register)
            if roleHolders.contains(where: \.modifiers) {
                option.features += conjoined(["described:a-person-has-the-role-and-modifiers"], kind)
            } else if !roleHolders.isEmpty {
                option.features += conjoined(["described:a-person-has-the-role"], kind)
            }
            options.append(option)
        } else if let phrase, case .organizationNoun = phrase.phrase {
            options.append(describedOption(phrase, kind: kind, entries: entries, register: register))
        }
        var nobody = ["nobody"]
        if isDirect { nobody.append("nobody:direct") }
        if entries.isEmpty { nobody.append("nobody:no-one-nearby") }
        if context.blocks[block].span.start == quoteSpan.start { nobody.append("nobody:opens-paragraph") }
        options.append(Option(entry: nil, described: nil, features: conjoined(nobody, kind)))
        return options
    }

    /// Features of the quotation's own subject phrase for `entry`.
    private func phraseEvidence(
        _ phrase: FoundSpeaker?, entry register: RegisterEntry, index entry: Int, earlier: [Earlier], nearby: [Int],
        roleHolders: [(entry: Int, role: Bool, modifiers: Bool)]
    ) -> [String] {
        guard let phrase else { return [] }
        switch phrase.phrase {
        case .mention(let index):
            return context.mentions[index].entry == entry ? ["subject"] : ["subject:other"]
        case .pronoun(let pronoun, let token):
            var evidence: [String] = []
            let offset = context.tokens[token].span.start
            if let previous = earlier.last(where: { $0.speaker != nil }), previous.speaker == entry {
                evidence.append("pronoun:previous-speaker")
            }
            let wanted: Set<EntityType> = pronoun == "they" ? [.organization] : [.person]
            let candidates = nearby.filter { wanted.contains(context.mentions[$0].type) }
            if let last = candidates.last(where: { context.mentions[$0].span.end <= offset }),
                context.mentions[last].entry == entry
            {
                evidence.append("pronoun:nearest-before")
            }
            let sentence = context.sentenceOf[token]
            if let first = candidates.first(where: {
                context.sentenceOf[context.mentionFirstToken[$0]] == sentence - 1
            }), context.mentions[first].entry == entry {
                evidence.append("pronoun:subject-of-sentence-before")
            }
            switch (pronoun, gender[entry]) {
            case ("he", .male?), ("she", .female?): evidence.append("pronoun:gender-agrees")
            case ("he", .female?), ("she", .male?): evidence.append("pronoun:gender-clashes")
            default: break
            }
            if pronoun == "they" {
                evidence.append(
                    register.type == .organization || register.isDescription
                        ? "pronoun:they-group" : "pronoun:they-person")
            } else if register.type != .person {
                evidence.append("pronoun:not-a-person")
            }
            return evidence
        case .role(let head, let modifiers, _, _):
            // `the official` after `A ministry official said …`: the description chosen before.
            if register.isDescription {
                return Self.description(register, holds: head)
                    ? ["role:earlier-description"] : ["role:other-description"]
            }
            guard register.type == .person else { return ["role:not-a-person"] }
            var evidence: [String] = []
            let match = roleMatch(entry, register, head: head, modifiers: modifiers)
            if match.role {
                evidence.append("role:matches")
                if match.modifiers { evidence.append("role:modifiers-match") }
                // The one person of the article with the role (and its modifiers): `Turkey’s foreign minister`
                // and `Foreign Minister Mevlut Cavusoglu`.
                let others = roleHolders.filter { $0.entry != entry }
                if !others.contains(where: \.role) { evidence.append("role:unique-match") }
                if match.modifiers && !others.contains(where: \.modifiers) { evidence.append("role:unique-full-match") }
                if earlier.contains(where: { $0.speaker == entry }) { evidence.append("role:matches-earlier-speaker") }
            } else {
                evidence.append("role:no-match")
                if !(roleWords[entry] ?? []).isEmpty { evidence.append("role:other-role") }
            }
            return evidence
        case .organizationNoun(let noun, let token):
            guard register.type == .organization else { return ["noun:not-an-organization"] }
            var evidence = [register.name.lowercased().contains(noun) ? "noun:in-name" : "noun:organization"]
            if (roleWords[entry] ?? []).contains(noun) { evidence.append("noun:introduced-as") }
            let offset = context.tokens[token].span.start
            if let last = nearby.last(where: {
                context.mentions[$0].type == .organization && context.mentions[$0].span.end <= offset
            }), context.mentions[last].entry == entry {
                evidence.append("noun:nearest-organization")
            }
            return evidence
        }
    }

    /// Of the persons with the subject's role, the one the role most likely names: among those with its
    /// modifiers too (if any has them), the one who spoke last, else the one mentioned last before the
    /// quotation, else the first mentioned after it.
    private func preferred(
        _ holders: [(entry: Int, role: Bool, modifiers: Bool)], earlier: [Earlier], before offset: Int
    ) -> Int? {
        let best = holders.contains(where: \.modifiers) ? holders.filter(\.modifiers) : holders
        let entries = Set(best.map(\.entry))
        guard !entries.isEmpty else { return nil }
        if let speaker = earlier.last(where: { $0.speaker.map(entries.contains) ?? false })?.speaker { return speaker }
        let before = context.mentions.last { entries.contains($0.entry) && $0.span.end <= offset }
        let after = context.mentions.first { entries.contains($0.entry) && $0.span.start >= offset }
        return before?.entry ?? after?.entry
    }

    /// Whether the article gives the person `entry` the role `head`, and one of `modifiers` with it.
    private func roleMatch(_ entry: Int, _ register: RegisterEntry, head: String, modifiers: [String]) -> (
        role: Bool, modifiers: Bool
    ) {
        let words = roleWords[entry] ?? []
        let roles = SpeechLexicon.roleNouns[head] ?? [head]
        let titles = register.roles.map { $0.lowercased() }
        guard words.contains(head) || roles.contains(where: { role in titles.contains { $0.contains(role) } }) else {
            return (false, false)
        }
        return (
            true,
            modifiers.contains { modifier in words.contains(modifier) || titles.contains { $0.contains(modifier) } }
        )
    }

    /// Whether a described speaker's description holds the word `head` (`a ministry official`, `official`).
    private static func description(_ entry: RegisterEntry, holds head: String) -> Bool {
        entry.name.lowercased().split(separator: " ").contains(Substring(head))
    }

    /// Whether a role phrase could name the person `entry` (the article gives it that role), or an
    /// organization noun the organization `entry` (its name holds the noun).
    private func answers(_ phrase: FoundSpeaker?, _ entry: Int, _ register: EntityRegister) -> Bool {
        guard let phrase, entry < register.entries.count else { return false }
        let registered = register.entries[entry]
        switch phrase.phrase {
        case .role(let head, _, _, _) where registered.isDescription:
            return Self.description(registered, holds: head)
        case .role(let head, _, _, _):
            return registered.type == .person && roleMatch(entry, registered, head: head, modifiers: []).role
        case .organizationNoun(let noun, _):
            return registered.type == .organization
                && (registered.name.lowercased().contains(noun) || (roleWords[entry] ?? []).contains(noun))
        case .mention, .pronoun:
            return false
        }
    }

    /// A sentence that points back at the quotation before it: `That was the verdict of X`, `So said X`,
    /// `The warning came from X`.
    private func refersBack(_ sentence: Sentence) -> Bool {
        guard let first = sentence.tokens.first(where: { context.tokens[$0].kind == .word }) else { return false }
        if ["that", "this", "so", "such"].contains(context.words[first]) { return true }
        return sentence.tokens.contains {
            context.words[$0] == "came" && $0 + 1 < sentence.tokens.upperBound
                && context.words[$0 + 1] == "from"
        }
    }

    /// The option of a described speaker made from the subject phrase.
    private func describedOption(_ phrase: FoundSpeaker, kind: String, entries: [Int], register: EntityRegister)
        -> Option
    {
        var evidence = ["described"]
        if case .role(let head, _, let definite, _) = phrase.phrase {
            evidence.append(definite ? "described:definite" : "described:indefinite")
            if !entries.contains(where: { roleWords[$0]?.contains(head) == true }) {
                evidence.append("described:no-one-has-the-role")
            }
        }
        if case .organizationNoun(let noun, _) = phrase.phrase,
            !entries.contains(where: {
                register.entries[$0].type == .organization && register.entries[$0].name.lowercased().contains(noun)
            })
        {
            evidence.append("described:no-organization-has-the-noun")
        }
        return Option(entry: nil, described: phrase, features: conjoined(evidence, kind))
    }

    /// Each feature alone, and the discourse features (where the candidate stands, whether it spoke
    /// before) also with the kind of subject phrase the quotation has: their weight depends on it.
    private func conjoined(_ evidence: [String], _ kind: String) -> [String] {
        evidence + evidence.filter(Self.dependsOnPhrase).map { "\($0)|\(kind)" } + ["bias|\(kind)"]
    }

    private static func dependsOnPhrase(_ feature: String) -> Bool {
        !["type:", "mentions:", "role:", "pronoun:", "subject", "noun:"].contains { feature.hasPrefix($0) }
    }

    /// The kind of a subject phrase, for conjunctions.
    private func phraseKind(_ phrase: FoundSpeaker?) -> String {
        guard let phrase else { return "no-phrase" }
        switch phrase.phrase {
        case .mention: return "name"
        case .pronoun(let pronoun, _): return pronoun
        case .role(_, _, let definite, _): return definite ? "role" : "indefinite-role"
        case .organizationNoun: return "organization-noun"
        }
    }
}

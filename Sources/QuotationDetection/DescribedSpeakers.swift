import AnnotationModel

/// Speakers an article describes but does not name: a role or organization phrase chosen as a
/// quotation's speaker (`the report’s authors`, `the ministry`, `a senior Treasury official`) becomes
/// an entry of its own, one per distinct description (`the owner` said twice is one speaker).
struct DescribedSpeakers {
    private(set) var register: EntityRegister
    private var entryForDescription: [String: Int] = [:]

    init(register: EntityRegister) {
        self.register = register
    }

    /// Whether `they` may refer to the entry: an organization, or a described plural (`the report’s authors`).
    static func isGroup(_ entry: RegisterEntry) -> Bool {
        if entry.type == .organization { return true }
        guard entry.isDescription, let last = entry.name.split(separator: " ").last?.lowercased() else { return false }
        return last.hasSuffix("s") && SpeechLexicon.describingNouns.contains(last)
    }

    /// The entry of a description, added on first use; nil for names and pronouns.
    mutating func entry(for found: FoundSpeaker, _ context: SpeechContext) -> Int? {
        let type: EntityType
        switch found.phrase {
        case .role: type = .person
        case .organizationNoun: type = .organization
        case .mention, .pronoun: return nil
        }
        let text = description(of: found, context)
        let key = text.lowercased()
        if let known = entryForDescription[key] { return known }
        register.entries.append(RegisterEntry(type: type, name: text, isDescription: true))
        entryForDescription[key] = register.entries.count - 1
        return register.entries.count - 1
    }

    /// The words of a description, from its first token to its head noun.
    func description(of found: FoundSpeaker, _ context: SpeechContext) -> String {
        var end: Int
        switch found.phrase {
        case .role(_, _, _, let token), .organizationNoun(_, let token), .pronoun(_, let token): end = token
        case .mention(let index): end = context.mentionLastToken[index]
        }
        if let last = found.end { end = max(end, last) }
        return String(context.text[TextSpan(context.tokens[found.start].span.start, context.tokens[end].span.end)])
    }
}

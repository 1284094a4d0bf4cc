import AnnotationModel

/// Speakers an article describes but does not name: a definite role or organization phrase that no
/// register entry answers to (`the report’s authors`, `the ministry`) becomes an entry of its own,
/// one per distinct description (`the owner` said twice is one speaker).
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

    /// The entry of a definite description, added on first use; nil for other phrases.
    mutating func entry(for found: FoundSpeaker, _ context: SpeechContext) -> Int? {
        let type: EntityType
        let end: Int
        switch found.phrase {
        case .role(_, _, let definite, let token):
            guard definite else { return nil }
            type = .person
            end = token
        case .organizationNoun(_, let token):
            type = .organization
            end = token
        case .mention, .pronoun:
            return nil
        }
        let text = String(context.text[TextSpan(context.tokens[found.start].span.start, context.tokens[end].span.end)])
        let key = text.lowercased()
        if let known = entryForDescription[key] { return known }
        register.entries.append(RegisterEntry(type: type, name: text, isDescription: true))
        entryForDescription[key] = register.entries.count - 1
        return register.entries.count - 1
    }
}

/// The kinds of named entity the annotator marks.
public enum EntityType: String, Hashable, Sendable, CaseIterable, Comparable {
    case person = "PER"
    case place = "LOC"
    case organization = "ORG"

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One mention of a named entity in the text, pointing at its register entry.
public struct EntityMention: Hashable, Sendable {
    /// The name itself: no title, role, article or possessive ending.
    public var span: TextSpan
    public var type: EntityType
    /// Index into ``EntityRegister/entries``.
    public var entry: Int
    /// The annotator's confidence that span and type are right, from 0 to 1.
    public var confidence: Double

    public init(span: TextSpan, type: EntityType, entry: Int, confidence: Double) {
        self.span = span
        self.type = type
        self.entry = entry
        self.confidence = confidence
    }
}

/// One real-world entity of an article, however many forms it is mentioned in.
public struct RegisterEntry: Hashable, Sendable {
    public var type: EntityType
    /// The fullest form used in the article ("Khalifa Haftar").
    public var name: String
    /// The other forms used ("Haftar"), in order of first use.
    public var variants: [String]
    /// Titles and roles the article gives a person ("Foreign Minister", "President").
    public var roles: [String]
    /// Authority URIs (e.g. a GeoNames URI for a place).
    public var authorityURIs: [String]
    /// The entry stands for someone the article describes but does not name (`the report’s authors`,
    /// `the ministry`), known only as the speaker of quotations: ``name`` holds the description, and
    /// no mention points to it.
    public var isDescription: Bool
    /// A pointer to the same entity in a wider register (the corpus-wide register of a corpus build),
    /// written as `@sameAs`.
    public var sameAs: String?

    public init(
        type: EntityType, name: String, variants: [String] = [], roles: [String] = [], authorityURIs: [String] = [],
        isDescription: Bool = false, sameAs: String? = nil
    ) {
        self.type = type
        self.name = name
        self.variants = variants
        self.roles = roles
        self.authorityURIs = authorityURIs
        self.isDescription = isDescription
        self.sameAs = sameAs
    }
}

/// The entities of one article: one entry per real-world entity, in order of first mention.
public struct EntityRegister: Hashable, Sendable {
    public var entries: [RegisterEntry]

    public init(entries: [RegisterEntry] = []) {
        self.entries = entries
    }

    /// A stable per-type key for each entry: `per1`, `per2`, `pla1`, `org1`, … in order of first mention.
    public var keys: [String] {
        var counters: [EntityType: Int] = [:]
        return entries.map { entry in
            let next = counters[entry.type, default: 0] + 1
            counters[entry.type] = next
            return entry.type.keyPrefix + String(next)
        }
    }
}

extension EntityType {
    /// The prefix of register keys for this type.
    public var keyPrefix: String {
        switch self {
        case .person: "per"
        case .place: "pla"
        case .organization: "org"
        }
    }
}

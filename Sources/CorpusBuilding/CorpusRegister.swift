/// The corpus-wide register: one entry per real-world entity of the whole corpus, merged from the
/// register entries of its articles by ``CorpusRegisterKey``.
///
/// A person known in some articles only by a surname (`per.erdogan`) is linked to the one person
/// whose full name ends with it (`per.recep-tayyip-erdogan`) when there is exactly one such person
/// in the corpus; when several share it (two Trumps), the short form stays an entry of its own.
public struct CorpusRegister: Sendable {
    /// One merged entity.
    public struct Entry: Sendable, Hashable {
        public var type: String
        public var key: String
        /// Every form articles used as the main name, with how many articles used it.
        var names: [String: Int] = [:]
        var variants: [String: Int] = [:]
        var roles: [String: Int] = [:]
        public var uris: Set<String> = []
        public var articles = 0
        public var mentions = 0
        public var quotations = 0
        /// The key of the entry this one is another name of.
        public internal(set) var sameAs: String?

        /// The main name: the one most articles used (ties broken alphabetically).
        public var name: String { Self.ranked(names).first ?? key }
        /// The other forms, most used first (at most 12).
        public var otherNames: [String] {
            let main = name
            var counts = variants
            for (form, count) in names where form != main { counts[form, default: 0] += count }
            return Array(Self.ranked(counts).filter { $0 != main }.prefix(12))
        }
        /// Titles and roles, most used first (at most 8).
        public var rankedRoles: [String] { Array(Self.ranked(roles).prefix(8)) }

        static func ranked(_ counts: [String: Int]) -> [String] {
            counts.sorted {
                $0.value != $1.value ? $0.value > $1.value : $0.key.utf8.lexicographicallyPrecedes($1.key.utf8)
            }
            .map(\.key)
        }
    }

    public private(set) var entries: [String: Entry] = [:]

    public init() {}

    /// Adds one article's entries.
    public mutating func add(_ summaries: [EntitySummary]) {
        for summary in summaries {
            var entry = entries[summary.key] ?? Entry(type: summary.type, key: summary.key)
            entry.names[summary.name, default: 0] += 1
            for variant in summary.variants { entry.variants[variant, default: 0] += 1 }
            for role in summary.roles { entry.roles[role, default: 0] += 1 }
            entry.uris.formUnion(summary.uris)
            entry.articles += 1
            entry.mentions += summary.mentions
            entry.quotations += summary.quotations
            entries[summary.key] = entry
        }
    }

    /// Links short person names to the one full name they end with (see the type's description).
    public mutating func linkShortNames() {
        let persons = entries.keys.filter { $0.hasPrefix("per.") }
        var byLastWord: [Substring: [String]] = [:]
        for key in persons {
            let words = CorpusRegisterKey.words(of: key)
            if words.count > 1, let last = words.last { byLastWord[last, default: []].append(key) }
        }
        for key in persons {
            let words = CorpusRegisterKey.words(of: key)
            guard let last = words.last, let candidates = byLastWord[last] else { continue }
            let longer = candidates.filter {
                let other = CorpusRegisterKey.words(of: $0)
                return other.count > words.count && Array(other.suffix(words.count)) == words
            }
            // The longest forms that are not themselves the end of another candidate.
            let maximal = longer.filter { candidate in
                let candidateWords = CorpusRegisterKey.words(of: candidate)
                return !longer.contains { other in
                    let otherWords = CorpusRegisterKey.words(of: other)
                    return otherWords.count > candidateWords.count
                        && Array(otherWords.suffix(candidateWords.count)) == candidateWords
                }
            }
            if maximal.count == 1 { entries[key]?.sameAs = maximal[0] }
        }
    }

    /// The entries in output order: by type (persons, places, organizations), then key.
    public var sortedEntries: [Entry] {
        let order = ["PER": 0, "LOC": 1, "ORG": 2]
        return entries.values.sorted {
            let (left, right) = (order[$0.type, default: 3], order[$1.type, default: 3])
            return left != right ? left < right : $0.key.utf8.lexicographicallyPrecedes($1.key.utf8)
        }
    }

    /// The entry a key finally stands for, following ``Entry/sameAs``.
    public func canonicalKey(_ key: String) -> String {
        entries[key]?.sameAs ?? key
    }
}

/// What the manifest of a corpus build records about one input (a file, or one line of a JSON Lines
/// file): its content fingerprint, the annotator configuration, the article id and file, whether it
/// was annotated, and what the article holds (for the corpus register and statistics).
public struct ManifestRecord: Codable, Sendable, Hashable {
    /// The input file (an absolute path).
    public var input: String
    /// The line of a JSON Lines file (1-based); nil for a whole file.
    public var line: Int?
    /// ``ContentHash/fingerprint(_:)`` of the input's bytes.
    public var hash: String
    /// The annotator configuration the article was made with (see ``CorpusConfiguration``).
    public var configuration: String
    public var id: String
    /// The article file, relative to the corpus directory (`articles/ID.xml`); nil when it failed.
    public var file: String?
    public var status: Status
    /// Why the input could not be annotated.
    public var error: String?
    /// Words of the article text (runs of non-blank characters).
    public var words: Int
    public var quotations: Int
    public var entities: [EntitySummary]

    public enum Status: String, Codable, Sendable {
        case annotated
        case failed
    }

    public var key: CorpusItemKey { CorpusItemKey(path: input, line: line ?? 0) }

    public init(
        input: String, line: Int?, hash: String, configuration: String, id: String, file: String?, status: Status,
        error: String? = nil, words: Int = 0, quotations: Int = 0, entities: [EntitySummary] = []
    ) {
        self.input = input
        self.line = line
        self.hash = hash
        self.configuration = configuration
        self.id = id
        self.file = file
        self.status = status
        self.error = error
        self.words = words
        self.quotations = quotations
        self.entities = entities
    }
}

/// One register entry of an article, as the corpus register needs it.
public struct EntitySummary: Codable, Sendable, Hashable {
    /// `PER`, `LOC` or `ORG`.
    public var type: String
    /// The corpus register key (see ``CorpusRegisterKey``).
    public var key: String
    public var name: String
    public var variants: [String]
    public var roles: [String]
    public var uris: [String]
    /// How often the article mentions the entity.
    public var mentions: Int
    /// How many of the article's quotations the entity said.
    public var quotations: Int

    public init(
        type: String, key: String, name: String, variants: [String], roles: [String], uris: [String], mentions: Int,
        quotations: Int
    ) {
        self.type = type
        self.key = key
        self.name = name
        self.variants = variants
        self.roles = roles
        self.uris = uris
        self.mentions = mentions
        self.quotations = quotations
    }
}

/// Where an article comes from: a file, or a line of a JSON Lines file (line 0 for a whole file).
/// Corpus order is key order: by path, then line.
public struct CorpusItemKey: Hashable, Comparable, Sendable {
    public var path: String
    public var line: Int

    public init(path: String, line: Int) {
        self.path = path
        self.line = line
    }

    public static func < (lhs: CorpusItemKey, rhs: CorpusItemKey) -> Bool {
        lhs.path != rhs.path ? lhs.path.utf8.lexicographicallyPrecedes(rhs.path.utf8) : lhs.line < rhs.line
    }

    /// `path` or `path:line`, for messages.
    public var label: String { line == 0 ? path : "\(path):\(line)" }
}

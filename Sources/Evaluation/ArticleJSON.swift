import Foundation

/// The JSON form of an annotated article, close to spaCy's `Doc.to_json()`: `text`, `ents` with
/// `start`, `end`, `label` (and `kb_id`, the register id), `sents` and `tokens` (`tag` = XPOS,
/// `pos` = UPOS, `morph`, `lemma`), plus `quotes` with their speaker's register id and the
/// `register` itself. Offsets are Unicode code points, as Python indexes strings.
public struct ArticleJSON: Codable, Sendable, Equatable {
    public struct Entity: Codable, Sendable, Equatable {
        public var start: Int
        public var end: Int
        /// `PER`, `LOC` or `ORG`.
        public var label: String
        /// The register id, when the name is linked to an entry (spaCy's `kb_id`).
        public var kbID: String?
        public var text: String?

        enum CodingKeys: String, CodingKey {
            case start, end, label, text
            case kbID = "kb_id"
        }

        public init(start: Int, end: Int, label: String, kbID: String?, text: String?) {
            self.start = start
            self.end = end
            self.label = label
            self.kbID = kbID
            self.text = text
        }
    }

    public struct Quote: Codable, Sendable, Equatable {
        public var id: String?
        public var start: Int
        public var end: Int
        /// False for reported speech.
        public var direct: Bool
        /// The register id of the speaker, when known.
        public var speaker: String?
        /// The pieces, `[start, end]`, when the quotation runs over several paragraphs.
        public var parts: [[Int]]?
        /// The article text from `start` to `end`, what lies between the parts included.
        public var text: String?

        public init(
            id: String?, start: Int, end: Int, direct: Bool, speaker: String?, parts: [[Int]]?, text: String?
        ) {
            self.id = id
            self.start = start
            self.end = end
            self.direct = direct
            self.speaker = speaker
            self.parts = parts
            self.text = text
        }
    }

    public struct RegisterEntry: Codable, Sendable, Equatable {
        public var id: String
        public var label: String
        public var name: String
        public var variants: [String]
        public var roles: [String]
        public var uris: [String]

        public init(id: String, label: String, name: String, variants: [String], roles: [String], uris: [String]) {
            self.id = id
            self.label = label
            self.name = name
            self.variants = variants
            self.roles = roles
            self.uris = uris
        }
    }

    public struct Span: Codable, Sendable, Equatable {
        public var start: Int
        public var end: Int

        public init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }
    }

    public struct Token: Codable, Sendable, Equatable {
        public var id: Int
        public var start: Int
        public var end: Int
        public var tag: String
        public var pos: String
        public var morph: String
        public var lemma: String

        public init(id: Int, start: Int, end: Int, tag: String, pos: String, morph: String, lemma: String) {
            self.id = id
            self.start = start
            self.end = end
            self.tag = tag
            self.pos = pos
            self.morph = morph
            self.lemma = lemma
        }
    }

    public struct Meta: Codable, Sendable, Equatable {
        public var title: String?
        public var publisher: String?
        public var date: String?

        public init(title: String?, publisher: String?, date: String?) {
            self.title = title
            self.publisher = publisher
            self.date = date
        }
    }

    public var id: String
    public var meta: Meta?
    public var text: String
    public var ents: [Entity]
    public var quotes: [Quote]?
    public var register: [RegisterEntry]?
    public var sents: [Span]?
    public var tokens: [Token]?

    public init(
        id: String, meta: Meta?, text: String, ents: [Entity], quotes: [Quote]?, register: [RegisterEntry]?,
        sents: [Span]?, tokens: [Token]?
    ) {
        self.id = id
        self.meta = meta
        self.text = text
        self.ents = ents
        self.quotes = quotes
        self.register = register
        self.sents = sents
        self.tokens = tokens
    }

    /// Pretty-printed UTF-8 with sorted keys: the same article always gives the same bytes.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding strings, integers and booleans cannot fail.
        return Array((try? encoder.encode(self)) ?? Data()) + [0x0A]
    }

    /// Whether `data` looks like this format (one JSON object with `text` and `ents`) rather than gold JSON Lines.
    public static func recognizes(_ data: Data) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
        return object["text"] is String && object["ents"] is [Any]
    }

    /// Reads one article.
    /// - Throws: ``EvaluationError/malformedGold(file:line:reason:)`` when it is not this format or an
    ///   offset lies outside the text.
    public static func read(_ data: Data, name: String) throws(EvaluationError) -> AnnotationSet {
        let article: ArticleJSON
        do {
            article = try JSONDecoder().decode(ArticleJSON.self, from: data)
        } catch {
            throw .malformedGold(file: name, line: 1, reason: "not an article in the JSON export format: \(error)")
        }
        return try article.annotationSet(name: name)
    }

    /// The names and quotations as an ``AnnotationSet``; speakers' names come from the register.
    public func annotationSet(name: String) throws(EvaluationError) -> AnnotationSet {
        let length = text.unicodeScalars.count
        for span in ents.map({ ($0.start, $0.end) }) + (quotes ?? []).map({ ($0.start, $0.end) })
        where !(0 <= span.0 && span.0 <= span.1 && span.1 <= length) {
            throw .malformedGold(file: name, line: 1, reason: "offsets \(span.0)-\(span.1) out of range")
        }
        let entries = Dictionary((register ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return AnnotationSet(
            id: id, text: text, entities: ents.map { .init(start: $0.start, end: $0.end, type: $0.label) },
            quotes: (quotes ?? []).map { quote in
                let speakerNames = quote.speaker.map { id in entries[id].map { [$0.name] + $0.variants } ?? [id] }
                return .init(
                    start: quote.start, end: quote.end, speakerNames: speakerNames ?? [], isDirect: quote.direct)
            })
    }
}

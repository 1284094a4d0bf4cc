import AnnotationModel

/// Everything a TEI article holds that other tools can use, read back from the XML: the body text,
/// the names and quotations in it as standoff spans, the register of entities, the linguistic layer
/// (sentences and tokens) when there is one, and the source's title, publisher and date.
///
/// Spans are UTF-8 offsets into ``text``, like every span of the pipeline; ``annotationSet`` gives
/// the code point offsets evaluation and other tools use. See ``TEIArticleReader`` for how the XML is read.
public struct TEIArticle: Sendable {
    /// A `persName`, `placeName`, `orgName` or `name type="PER|LOC|ORG"` of the body.
    public struct Name: Sendable, Hashable {
        public var span: TextSpan
        /// `PER`, `LOC` or `ORG`.
        public var type: String
        /// The `xml:id` of the register entry `@ref` points at, when it points into the document.
        public var entryID: String?

        public init(span: TextSpan, type: String, entryID: String? = nil) {
            self.span = span
            self.type = type
            self.entryID = entryID
        }
    }

    /// A `said` element, or several chained with `@next`/`@prev` (one part per paragraph it runs over).
    public struct Quote: Sendable, Hashable {
        /// The first part's `xml:id`, when it has one.
        public var id: String?
        /// The parts in document order; one for a quotation inside one paragraph.
        public var parts: [TextSpan]
        /// The `xml:id` of the entry `@who` points at, when it points into the document.
        public var speakerID: String?
        /// The speaker's name forms, fullest first (the pointer itself when it leads out of the document).
        public var speakerNames: [String]
        /// False for `direct="false"` (reported speech).
        public var isDirect: Bool

        /// From the start of the first part to the end of the last.
        public var span: TextSpan { TextSpan(parts.first?.start ?? 0, parts.last?.end ?? 0) }

        public init(id: String?, parts: [TextSpan], speakerID: String?, speakerNames: [String], isDirect: Bool) {
            self.id = id
            self.parts = parts
            self.speakerID = speakerID
            self.speakerNames = speakerNames
            self.isDirect = isDirect
        }
    }

    /// A `person`, `personGrp`, `place` or `org` with an `xml:id`, wherever the document lists it.
    public struct Entry: Sendable, Hashable {
        public var id: String
        /// `PER`, `LOC` or `ORG`.
        public var type: String
        /// The first name child that is not a variant.
        public var name: String
        /// The other name forms (`type="variant"`), in document order.
        public var variants: [String]
        /// `occupation` and `roleName` children.
        public var roles: [String]
        /// `idno type="URI"` children.
        public var uris: [String]
        /// The entry describes rather than names (a `note type="description"` instead of names): a speaker
        /// such as `the report's authors`, not a named entity.
        public var isDescription: Bool

        public init(
            id: String, type: String, name: String, variants: [String], roles: [String], uris: [String],
            isDescription: Bool = false
        ) {
            self.id = id
            self.type = type
            self.name = name
            self.variants = variants
            self.roles = roles
            self.uris = uris
            self.isDescription = isDescription
        }
    }

    /// A `w` or `pc` token of the linguistic layer.
    public struct Token: Sendable, Hashable {
        public var span: TextSpan
        /// True for `pc`.
        public var isPunctuation: Bool
        public var lemma: String?
        /// `@pos`: the language-specific tag (XPOS).
        public var xpos: String?
        /// `@msd`'s `UPosTag` value.
        public var upos: String?
        /// `@msd` without `UPosTag`: Universal Dependencies features, nil when none.
        public var features: String?

        public init(
            span: TextSpan, isPunctuation: Bool, lemma: String?, xpos: String?, upos: String?, features: String?
        ) {
            self.span = span
            self.isPunctuation = isPunctuation
            self.lemma = lemma
            self.xpos = xpos
            self.upos = upos
            self.features = features
        }
    }

    /// A run of tokens: an `s` element, or the tokens of a block outside any `s`.
    public struct TokenSentence: Sendable, Hashable {
        public var id: String?
        /// Indices into ``TEIArticle/tokens``.
        public var tokens: Range<Int>
        /// Index into ``TEIArticle/blocks``.
        public var block: Int

        public init(id: String?, tokens: Range<Int>, block: Int) {
            self.id = id
            self.tokens = tokens
            self.block = block
        }
    }

    /// What the header says about the source.
    public struct Source: Sendable, Hashable {
        public var title: String?
        public var publisher: String?
        public var date: String?

        public init(title: String? = nil, publisher: String? = nil, date: String? = nil) {
            self.title = title
            self.publisher = publisher
            self.date = date
        }
    }

    /// The root's `xml:id`, or the name the document was read under.
    public var id: String
    /// The text of the body's `head` and `p` elements in document order, joined by a blank line.
    public var text: String
    /// One block per `head` (``TextBlock/Kind/headline``) and `p` (``TextBlock/Kind/paragraph``).
    public var blocks: [TextBlock]
    /// Names in document order (an enclosing name before the names inside it).
    public var names: [Name]
    /// Quotations in document order.
    public var quotes: [Quote]
    /// Register entries in document order.
    public var register: [Entry]
    /// Tokens of the linguistic layer in text order; empty when the TEI has none.
    public var tokens: [Token]
    public var sentences: [TokenSentence]
    public var source: Source

    public init(
        id: String, text: String, blocks: [TextBlock], names: [Name] = [], quotes: [Quote] = [],
        register: [Entry] = [], tokens: [Token] = [], sentences: [TokenSentence] = [], source: Source = Source()
    ) {
        self.id = id
        self.text = text
        self.blocks = blocks
        self.names = names
        self.quotes = quotes
        self.register = register
        self.tokens = tokens
        self.sentences = sentences
        self.source = source
    }

    /// The register entry with an id, if the document has it.
    public func entry(_ id: String?) -> Entry? {
        guard let id else { return nil }
        return register.first { $0.id == id }
    }
}

extension TEIArticle {
    /// The names and quotations with code point offsets, for evaluation.
    public var annotationSet: AnnotationSet {
        let offsets = CodePointOffsets(text)
        return AnnotationSet(
            id: id, text: text,
            entities: names.map {
                AnnotationSet.Entity(
                    start: offsets.codePoint(atUTF8: $0.span.start), end: offsets.codePoint(atUTF8: $0.span.end),
                    type: $0.type)
            },
            quotes: quotes.map {
                AnnotationSet.Quote(
                    start: offsets.codePoint(atUTF8: $0.span.start), end: offsets.codePoint(atUTF8: $0.span.end),
                    speakerNames: $0.speakerNames, isDirect: $0.isDirect)
            })
    }
}

import AnnotationModel

/// Annotations of one document in a form every source can be turned into: spans as Unicode code
/// point offsets into the document's text (as in the gold JSONL and in Python), labels as strings.
public struct AnnotationSet: Sendable, Equatable {
    /// A typed name: `PER`, `LOC` or `ORG`.
    public struct Entity: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var type: String

        public init(start: Int, end: Int, type: String) {
            self.start = start
            self.end = end
            self.type = type
        }
    }

    /// A quotation and the name of its speaker, when known.
    public struct Quote: Sendable, Hashable {
        public var start: Int
        public var end: Int
        /// The speaker's name forms (fullest first); empty when no speaker is given.
        public var speakerNames: [String]
        /// True for direct (verbatim) speech, false for reported speech.
        public var isDirect: Bool

        public init(start: Int, end: Int, speakerNames: [String], isDirect: Bool = true) {
            self.start = start
            self.end = end
            self.speakerNames = speakerNames
            self.isDirect = isDirect
        }
    }

    public var id: String
    public var text: String
    public var entities: [Entity]
    public var quotes: [Quote]
    /// Whether reported speech is annotated at all (gold data may mark only direct quotations).
    public var marksReportedSpeech: Bool
    /// The licence of the text, when the source states it.
    public var licence: String?

    public init(
        id: String, text: String, entities: [Entity], quotes: [Quote], marksReportedSpeech: Bool = true,
        licence: String? = nil
    ) {
        self.id = id
        self.text = text
        self.entities = entities
        self.quotes = quotes
        self.marksReportedSpeech = marksReportedSpeech
        self.licence = licence
    }
}

extension AnnotationSet {
    /// The annotations the pipeline made, with offsets converted from UTF-8 to code points.
    public init(_ annotated: AnnotatedArticle) {
        let offsets = CodePointOffsets(annotated.article.text)
        let register = annotated.register.entries
        self.init(
            id: annotated.article.id, text: annotated.article.text,
            entities: annotated.mentions.map {
                Entity(
                    start: offsets.codePoint(atUTF8: $0.span.start), end: offsets.codePoint(atUTF8: $0.span.end),
                    type: $0.type.rawValue)
            },
            quotes: annotated.quotations.map { quotation in
                Quote(
                    start: offsets.codePoint(atUTF8: quotation.span.start),
                    end: offsets.codePoint(atUTF8: quotation.span.end),
                    speakerNames: quotation.speakers.flatMap { [register[$0].name] + register[$0].variants },
                    isDirect: quotation.isDirect)
            })
    }
}

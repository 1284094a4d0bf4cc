/// A stretch of reported speech and, when the text says, who said it.
public struct Quotation: Hashable, Sendable {
    /// The quoted words; for direct speech the quotation marks are inside the span.
    public var span: TextSpan
    /// True for verbatim (direct) speech, false for reported (indirect) speech.
    public var isDirect: Bool
    /// Index into ``EntityRegister/entries`` of the speaker, when the text names one.
    public var speaker: Int?
    /// Those who speak with ``speaker`` (`X and Y both said`), also register entries.
    public var otherSpeakers: [Int] = []

    /// ``speaker`` and ``otherSpeakers``.
    public var speakers: [Int] { (speaker.map { [$0] } ?? []) + otherSpeakers }
    /// Confidence that this is a quotation with this extent, from 0 to 1.
    public var confidence: Double
    /// Confidence in the speaker attribution, from 0 to 1 (meaningful only with a speaker).
    public var speakerConfidence: Double

    public init(span: TextSpan, isDirect: Bool, speaker: Int?, confidence: Double, speakerConfidence: Double) {
        self.span = span
        self.isDirect = isDirect
        self.speaker = speaker
        self.confidence = confidence
        self.speakerConfidence = speakerConfidence
    }
}

/// An article with every annotation the pipeline produced, still as standoff spans.
public struct AnnotatedArticle: Sendable {
    public var article: Article
    public var segmentation: Segmentation
    /// One analysis per token of ``segmentation``.
    public var analyses: [WordAnalysis]
    public var register: EntityRegister
    /// Entity mentions in text order.
    public var mentions: [EntityMention]
    /// Quotations in text order.
    public var quotations: [Quotation]

    public init(
        article: Article, segmentation: Segmentation, analyses: [WordAnalysis] = [], register: EntityRegister,
        mentions: [EntityMention], quotations: [Quotation]
    ) {
        self.article = article
        self.segmentation = segmentation
        self.analyses = analyses
        self.register = register
        self.mentions = mentions
        self.quotations = quotations
    }
}

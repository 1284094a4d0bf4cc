import AnnotationModel

/// Finds the quotations of an article — direct speech in quotation marks and reported speech — and
/// who said each, when the text says.
///
/// Direct quotations come from ``QuoteMarkScanner`` (marks included). Their speaker is the subject
/// of a speech verb after them in the same sentence (`“…,” X said`, `“…,” said X`, `“…” of the
/// country, he said`) or before them (`X said: “…”`, `X told Sky News any process “…”`), or the
/// subject of a clause that introduces them with a colon (`X defended the record: “…”`); a
/// quotation that opens a paragraph with no speaker of its own continues the previous speaker's
/// (news style for several quoted paragraphs). A short quotation (four words or fewer) with no
/// speech verb in its sentence is a scare quote or a title, not speech. Reported speech comes from
/// ``ReportedSpeechFinder``. Speakers are resolved by ``SpeakerResolver``; a definite description
/// that names nobody of the register (`the report’s authors said`, `the ministry said`) becomes a
/// described speaker, a register entry of its own; when the text does not say who, a quotation has
/// no speaker.
public struct QuotationDetector: Sendable {
    public init() {}

    /// The quotations of an article, and its register with the described speakers added.
    public struct Result: Sendable {
        public var quotations: [Quotation]
        /// The register given, then one ``RegisterEntry/isDescription`` entry per described speaker.
        public var register: EntityRegister
    }

    /// - Parameter analyses: the tokens' parts of speech (one per token), which tell clauses from
    ///   phrases in reported speech.
    public func detect(
        in article: Article, segmentation: Segmentation, analyses: [WordAnalysis], mentions: [EntityMention],
        register: EntityRegister
    ) -> Result {
        let context = SpeechContext(
            article: article, segmentation: segmentation, analyses: analyses, mentions: mentions, register: register)
        let finder = SpeakerFinder(context: context)
        let resolver = SpeakerResolver(context: context)
        var quoted = [Bool](repeating: false, count: segmentation.tokens.count)
        // Tokens inside short quotations (a few words: `an “update” from Braverman`), which a search for
        // the speaker may pass through.
        var inShortQuote = quoted
        let direct = QuoteMarkScanner.scan(article, segmentation)
        for quote in direct {
            let short = quote.tokens.filter { segmentation.tokens[$0].kind == .word }.count <= 3
            for token in quote.tokens {
                quoted[token] = true
                inShortQuote[token] = short
            }
        }

        // Candidate quotations with their speaker phrases, in text order.
        var candidates: [(quotation: Quotation, tokens: Range<Int>, phrase: FoundSpeaker?, continues: Bool)] = []
        // A quotation inside another is part of that speech, not a quotation of its own.
        let outer = direct.filter { quote in !direct.contains { $0 != quote && $0.span.contains(quote.span) } }
        for quote in outer {
            let phrase = speakerOfDirect(quote, context, finder, quoted, inShortQuote)
            let words = quote.tokens.filter { segmentation.tokens[$0].kind == .word }.count
            let inHeadline =
                context.block(of: quote.tokens.lowerBound).map { article.blocks[$0].kind == .headline } ?? false
            if phrase == nil && (inHeadline || (words <= 4 && !hasSpeechVerb(around: quote, context, quoted))) {
                continue
            }
            let opensBlock =
                context.block(of: quote.tokens.lowerBound).map {
                    segmentation.tokens(in: article.blocks[$0].span).lowerBound == quote.tokens.lowerBound
                } ?? false
            candidates.append(
                (
                    Quotation(
                        span: quote.span, isDirect: true, speaker: nil, confidence: quote.isClosed ? 0.9 : 0.6,
                        speakerConfidence: 0), quote.tokens, phrase, phrase == nil && opensBlock
                ))
        }
        let reporter = ReportedSpeechFinder(context: context, finder: finder)
        for sentence in segmentation.sentences {
            for report in reporter.reports(in: sentence, quoted: quoted) {
                let span = TextSpan(
                    segmentation.tokens[report.content.lowerBound].span.start,
                    segmentation.tokens[report.content.upperBound - 1].span.end)
                candidates.append(
                    (
                        Quotation(span: span, isDirect: false, speaker: nil, confidence: 0.7, speakerConfidence: 0),
                        report.content, report.speaker, false
                    ))
            }
        }
        candidates.sort { $0.quotation.span < $1.quotation.span }

        // Resolve speakers in text order, so pronouns can refer to the speaker before.
        var speakers: [SpeakerResolver.PriorSpeaker] = []
        var quotations: [Quotation] = []
        var described = DescribedSpeakers(register: register)
        for candidate in candidates {
            var quotation = candidate.quotation
            let lastSpeaker = speakers.last
            if let phrase = candidate.phrase, let speaker = resolver.resolve(phrase.phrase, speakers: speakers) {
                quotation.speaker = speaker.entry
                quotation.speakerConfidence = speaker.confidence
            } else if let phrase = candidate.phrase, let entry = described.entry(for: phrase, context) {
                quotation.speaker = entry
                quotation.speakerConfidence = 0.6
            } else if candidate.continues, quotation.isDirect, let last = lastSpeaker,
                let previous = quotations.last, previous.isDirect, previous.speaker == last.entry,
                let block = context.block(of: candidate.tokens.lowerBound),
                let lastBlock = context.block(of: last.token),
                block - lastBlock <= 1
            {
                quotation.speaker = last.entry
                quotation.speakerConfidence = 0.5
            }
            if let speaker = quotation.speaker {
                speakers.append(
                    .init(
                        entry: speaker, token: candidate.tokens.lowerBound,
                        isGroup: DescribedSpeakers.isGroup(described.register.entries[speaker])))
            }
            quotations.append(quotation)
        }
        return Result(quotations: quotations, register: described.register)
    }

    /// The speaker phrase of a direct quotation: after it, else before it, in its sentence.
    private func speakerOfDirect(
        _ quote: QuotedSpan, _ context: SpeechContext, _ finder: SpeakerFinder, _ quoted: [Bool],
        _ inShortQuote: [Bool]
    ) -> FoundSpeaker? {
        let last = quote.tokens.upperBound - 1
        // After: up to the end of the sentence the quotation ends in, or another quotation.
        var index = quote.tokens.upperBound
        let sentence = context.sentenceOf[last]
        while index < context.tokens.count && index < quote.tokens.upperBound + 25
            && context.sentenceOf[index] == sentence && !quoted[index]
        {
            if context.isSpeechVerb(index) && !SpeechLexicon.participles.contains(context.words[index]) {
                if let subject = finder.subject(before: index, floor: quote.tokens.upperBound) { return subject }
                if SpeechLexicon.invertingVerbs.contains(context.words[index]),
                    let inverted = finder.invertedSubject(after: index, limit: min(context.tokens.count, index + 8))
                {
                    return inverted
                }
                break
            }
            if context.isSentenceFinal(index) { break }
            index += 1
        }
        // Before: back to the start of the sentence (or of the previous block, when it ends with a colon).
        let first = quote.tokens.lowerBound
        var floor =
            context.sentenceOf[first] >= 0 ? context.sentences[context.sentenceOf[first]].tokens.lowerBound : first
        if floor == first, first > 0, context.words[first - 1] == ":", context.sentenceOf[first - 1] >= 0 {
            floor = context.sentences[context.sentenceOf[first - 1]].tokens.lowerBound
        }
        index = first - 1
        while index >= floor && index >= first - 16 && (!quoted[index] || inShortQuote[index]) {
            if context.isSpeechVerb(index) {
                return finder.subject(before: index, floor: floor)
            }
            index -= 1
        }
        // `Sunak defended the record: “…”`: a clause ending in a colon introduces its subject's words.
        if first > floor, context.words[first - 1] == ":" {
            return finder.clauseSubject(in: floor..<(first - 1), quoted: quoted)
        }
        return nil
    }

    /// Whether the quotation's sentence has a speech verb outside quotation marks.
    private func hasSpeechVerb(around quote: QuotedSpan, _ context: SpeechContext, _ quoted: [Bool]) -> Bool {
        let sentence = context.sentenceOf[quote.tokens.lowerBound]
        guard sentence >= 0 else { return false }
        return context.sentences[sentence].tokens.contains { !quoted[$0] && context.isSpeechVerb($0) }
    }
}

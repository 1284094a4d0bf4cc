import AnnotationModel
import EntityRecognition
import Foundation

/// Finds the quotations of an article — direct speech in quotation marks and reported speech — and
/// who said each, when the text says.
///
/// Direct quotations come from ``QuoteMarkScanner`` (marks included); their speaker phrase is the
/// subject of a speech verb after them in the same sentence (`“…,” X said`, `“…,” said X`) or before
/// them (`X said: “…”`), or the subject of a clause that introduces them with a colon. Words in marks
/// that are no clause (no finite verb), with no speaker phrase, are a scare quote or a title, not
/// speech, when they are four words or fewer with no speech verb in their sentence, or stand in a
/// headline. Reported speech comes from ``ReportedSpeechFinder``. Then, in text order, each
/// quotation's speaker is chosen by ``SpeakerModel`` among ``SpeakerCandidates``: the persons and
/// organizations around it, the earlier speakers, a described speaker made from its subject phrase
/// (`the report’s authors`, `a ministry official`: a register entry of its own), and nobody; those
/// coordinated with a named subject speak too (`X and Y both said`).
public struct QuotationDetector: Sendable {
    let gazetteers: Gazetteers
    let model: SpeakerModel

    public init(gazetteers: Gazetteers, model: SpeakerModel) {
        self.gazetteers = gazetteers
        self.model = model
    }

    /// The quotations of an article, and its register with the described speakers added.
    public struct Result: Sendable {
        public var quotations: [Quotation]
        /// The register given, then one ``RegisterEntry/isDescription`` entry per described speaker.
        public var register: EntityRegister
    }

    /// One quotation's choice of speaker: the quotation and its options, each with the names it goes by
    /// (a register entry's name and variants, a description's words, none for nobody) and the features
    /// ``SpeakerModel`` scores.
    public struct SpeakerDecision: Sendable {
        public struct Option: Sendable {
            public var names: [String]
            public var features: [String]
        }

        public var span: TextSpan
        public var isDirect: Bool
        public var options: [Option]
    }

    /// - Parameter analyses: the tokens' parts of speech (one per token), which tell clauses from
    ///   phrases in reported speech.
    public func detect(
        in article: Article, segmentation: Segmentation, analyses: [WordAnalysis], mentions: [EntityMention],
        register: EntityRegister
    ) -> Result {
        detect(
            in: article, segmentation: segmentation, analyses: analyses, mentions: mentions, register: register
        ) { model.best($0.options.map(\.features)) }
    }

    /// The quotations, with each speaker the option `choose` picks (in text order, so later choices
    /// see the speakers chosen before): the model's best, or during training whatever the trainer wants.
    public func detect(
        in article: Article, segmentation: Segmentation, analyses: [WordAnalysis], mentions: [EntityMention],
        register: EntityRegister, choose: (SpeakerDecision) -> Int
    ) -> Result {
        let context = SpeechContext(
            article: article, segmentation: segmentation, analyses: analyses, mentions: mentions, register: register)
        let finder = SpeakerFinder(context: context)
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
        var candidates: [(quotation: Quotation, tokens: Range<Int>, phrase: FoundSpeaker?)] = []
        // A quotation inside another is part of that speech, not a quotation of its own.
        let outer = direct.filter { quote in !direct.contains { $0 != quote && $0.span.contains(quote.span) } }
        for quote in outer {
            let phrase = speakerOfDirect(quote, context, finder, quoted, inShortQuote)
            let words = quote.tokens.filter { segmentation.tokens[$0].kind == .word }.count
            let inHeadline =
                context.block(of: quote.tokens.lowerBound).map { article.blocks[$0].kind == .headline } ?? false
            // Without a speaker phrase, words in marks that are no clause are a scare quote or a title
            // when they are few (`the so-called “peace plan”`) or stand in a headline.
            let isClause = context.hasFiniteVerb(quote.tokens)
            if phrase == nil && !isClause
                && (inHeadline || (words <= 4 && !hasSpeechVerb(around: quote, context, quoted)))
            {
                continue
            }
            candidates.append(
                (
                    Quotation(
                        span: quote.span, isDirect: true, speaker: nil, confidence: quote.isClosed ? 0.9 : 0.6,
                        speakerConfidence: 0), quote.tokens, phrase
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
                        report.content, report.speaker
                    ))
            }
        }
        candidates.sort { $0.quotation.span < $1.quotation.span }

        // Choose speakers in text order, so that each choice sees the speakers before.
        let speakers = SpeakerCandidates(context: context, gazetteers: gazetteers)
        var earlier: [SpeakerCandidates.Earlier] = []
        var quotations: [Quotation] = []
        var described = DescribedSpeakers(register: register)
        for candidate in candidates {
            var quotation = candidate.quotation
            let options = speakers.options(
                tokens: candidate.tokens, isDirect: quotation.isDirect, phrase: candidate.phrase, earlier: earlier,
                register: described.register)
            let decision = SpeakerDecision(
                span: quotation.span, isDirect: quotation.isDirect,
                options: options.map { option in
                    let names: [String]
                    if let entry = option.entry {
                        names = ([entry] + coSpeakers(of: candidate.phrase, entry, context)).flatMap {
                            [described.register.entries[$0].name] + described.register.entries[$0].variants
                        }
                    } else if let phrase = option.described {
                        names = [described.description(of: phrase, context)]
                    } else {
                        names = []
                    }
                    return .init(names: names, features: option.features)
                })
            let chosen = options[min(max(0, choose(decision)), options.count - 1)]
            if let entry = chosen.entry {
                quotation.speaker = entry
                // `X and Y both said`: Y was chosen, X speaks too.
                quotation.otherSpeakers = coSpeakers(of: candidate.phrase, entry, context)
            } else if let phrase = chosen.described {
                quotation.speaker = described.entry(for: phrase, context)
            }
            if quotation.speaker != nil { quotation.speakerConfidence = confidence(of: chosen, among: options) }
            earlier.append(.init(speaker: quotation.speaker, tokens: candidate.tokens, isDirect: quotation.isDirect))
            quotations.append(quotation)
        }
        return Result(quotations: quotations, register: described.register)
    }

    /// Those coordinated with the subject (`X and Y both said`) when `entry` is the subject's.
    private func coSpeakers(of phrase: FoundSpeaker?, _ entry: Int, _ context: SpeechContext) -> [Int] {
        guard let phrase, case .mention(let subject) = phrase.phrase, context.mentions[subject].entry == entry else {
            return []
        }
        var result: [Int] = []
        for conjunct in phrase.conjuncts where context.mentions[conjunct].entry != entry {
            if !result.contains(context.mentions[conjunct].entry) { result.append(context.mentions[conjunct].entry) }
        }
        return result
    }

    /// How much the chosen option's score stands above the next best, as a 0…1 confidence.
    private func confidence(of chosen: SpeakerCandidates.Option, among options: [SpeakerCandidates.Option]) -> Double {
        let scores = options.map { model.score($0.features) }.sorted(by: >)
        let margin = scores.count > 1 ? scores[0] - scores[1] : scores.first ?? 0
        let value = 1 / (1 + exp(-margin / 2))
        return (value * 100).rounded() / 100
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

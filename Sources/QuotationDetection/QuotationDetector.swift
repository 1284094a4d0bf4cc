import AnnotationModel

/// Finds direct quotations and, for the plain patterns, their speakers.
///
/// Quotations are spans in quotation marks (see ``QuoteMarkScanner``), marks included. A short
/// quotation (three words or fewer) with no speaker is taken for a scare quote or a title and is
/// not counted as speech. Reported speech is not detected yet.
public struct QuotationDetector: Sendable {
    public init() {}

    public func detect(
        in article: Article, segmentation: Segmentation, mentions: [EntityMention], register: EntityRegister
    ) -> [Quotation] {
        let attributor = SpeakerAttributor(
            text: article.text, tokens: segmentation.tokens, mentions: mentions, register: register)
        var quotations: [Quotation] = []
        for quoted in QuoteMarkScanner.scan(article, segmentation) {
            let block = article.blocks.firstIndex { $0.span.contains(TextSpan(quoted.span.start, quoted.span.start)) }
            let blockTokens = block.map { segmentation.tokens(in: article.blocks[$0].span) } ?? quoted.tokens
            // The speaker is named around the quotation's last part.
            let lastBlock =
                article.blocks.last { $0.span.start <= quoted.span.end - 1 }.map {
                    segmentation.tokens(in: $0.span)
                } ?? blockTokens
            let speaker =
                attributor.speaker(of: quoted.tokens, block: lastBlock.lowerBound..<lastBlock.upperBound)
                ?? attributor.speaker(of: quoted.tokens, block: blockTokens)
            let words = quoted.tokens.filter { segmentation.tokens[$0].kind == .word }.count
            if speaker == nil && words <= 3 { continue }
            quotations.append(
                Quotation(
                    span: quoted.span, isDirect: true, speaker: speaker?.entry,
                    confidence: quoted.isClosed ? 0.9 : 0.6, speakerConfidence: speaker?.confidence ?? 0))
        }
        return quotations
    }
}

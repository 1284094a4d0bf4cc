import AnnotationModel
import TestSupport

/// A small annotated article built by hand: two paragraphs, a quotation over both, names inside and
/// outside quotations, removed noise, and characters that need escaping.
enum WriterFixture {
    static let marked = MarkedText(
        """
        [HEAD Harbour board & council back [LOC Northport] plan]

        [P [PER Maria Lopez] of the [ORG Northport Harbour Board] said: [Q “We <really> waited ten years for [LOC Northport].]]

        [P [Q “Now we build,”] she said.]
        """)

    static var annotated: AnnotatedArticle {
        let text = "ADVERTISEMENT\n\n" + marked.text + "\n\n©2024 Example Gazette"
        let shift = "ADVERTISEMENT\n\n".utf8.count
        func spans(_ label: String) -> [TextSpan] {
            marked.spans(labelled: label).map { TextSpan($0.start + shift, $0.end + shift) }
        }
        let blocks =
            spans("HEAD").map { TextBlock(kind: .headline, span: $0) }
            + spans("P").map { TextBlock(kind: .paragraph, span: $0) }
        let quotes = spans("Q")
        let article = Article(
            id: "gazette-2024-11-03-0001", text: text, blocks: blocks,
            removed: [
                RemovedSpan(span: TextSpan(0, 13), reason: .advertisement),
                RemovedSpan(
                    span: TextSpan(text.utf8.count - "©2024 Example Gazette".utf8.count, text.utf8.count),
                    reason: .copyright),
            ],
            metadata: ArticleMetadata(
                title: "Harbour board & council back Northport plan", publisher: "The Example Gazette",
                authors: ["Jane Doe"], date: PartialDate(year: 2024, month: 11, day: 3),
                copyright: "©2024 Example Gazette",
                sourceName: "gazette <1>.txt"))
        let register = EntityRegister(entries: [
            RegisterEntry(type: .place, name: "Northport", authorityURIs: ["https://www.geonames.org/1"]),
            RegisterEntry(type: .person, name: "Maria Lopez", roles: ["Harbour Master"]),
            RegisterEntry(type: .organization, name: "Northport Harbour Board", variants: ["the Board"]),
        ])
        let places = spans("LOC")
        let mentions = [
            EntityMention(span: places[0], type: .place, entry: 0, confidence: 0.95),
            EntityMention(span: spans("PER")[0], type: .person, entry: 1, confidence: 0.987),
            EntityMention(span: spans("ORG")[0], type: .organization, entry: 2, confidence: 0.9),
            EntityMention(span: places[1], type: .place, entry: 0, confidence: 0.5),
        ]
        // The first quotation runs from its opening mark in paragraph 1 to the end of the second quotation.
        let quotations = [
            Quotation(
                span: TextSpan(quotes[0].start, quotes[1].end), isDirect: true, speaker: 1, confidence: 0.9,
                speakerConfidence: 0.8)
        ]
        return AnnotatedArticle(
            article: article, segmentation: Segmentation(tokens: [], sentences: []), register: register,
            mentions: mentions, quotations: quotations)
    }
}

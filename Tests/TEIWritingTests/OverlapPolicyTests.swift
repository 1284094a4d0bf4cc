import AnnotationModel
import Testing

@Suite("Overlap policy")
struct OverlapPolicyTests {
    private func annotated(
        _ text: String, blocks: [TextSpan], mentions: [TextSpan], quotations: [TextSpan]
    ) -> AnnotatedArticle {
        AnnotatedArticle(
            article: Article(id: "a", text: text, blocks: blocks.map { TextBlock(kind: .paragraph, span: $0) }),
            segmentation: Segmentation(tokens: [], sentences: []),
            register: EntityRegister(entries: [RegisterEntry(type: .person, name: "X")]),
            mentions: mentions.map { EntityMention(span: $0, type: .person, entry: 0, confidence: 1) },
            quotations: quotations.map {
                Quotation(span: $0, isDirect: true, speaker: nil, confidence: 1, speakerConfidence: 0)
            })
    }

    @Test("a name crossing a quotation's edge is dropped; the quotation stays")
    func crossingName() {
        let layout = OverlapPolicy.layout(
            annotated(
                String(repeating: "x", count: 40), blocks: [TextSpan(0, 40)], mentions: [TextSpan(5, 15)],
                quotations: [TextSpan(10, 30)]))
        #expect(layout.spansByBlock[0].map(\.annotation) == [.quotation(0, part: 0)])
        #expect(layout.dropped.map(\.reason) == [.crossesLongerSpan])
    }

    @Test("names nest inside quotations and are written after them")
    func nesting() {
        let layout = OverlapPolicy.layout(
            annotated(
                String(repeating: "x", count: 40), blocks: [TextSpan(0, 40)],
                mentions: [TextSpan(12, 15), TextSpan(10, 30)],
                quotations: [TextSpan(10, 30)]))
        #expect(layout.spansByBlock[0].map(\.annotation) == [.quotation(0, part: 0), .mention(1), .mention(0)])
    }

    @Test("of two crossing quotations the longer stays; a name containing a quotation is dropped")
    func crossingQuotations() {
        let layout = OverlapPolicy.layout(
            annotated(
                String(repeating: "x", count: 40), blocks: [TextSpan(0, 40)], mentions: [TextSpan(0, 20)],
                quotations: [TextSpan(2, 10), TextSpan(5, 30)]))
        #expect(layout.spansByBlock[0].map(\.annotation) == [.quotation(1, part: 0)])
        #expect(Set(layout.dropped.map(\.reason)) == [.crossesLongerSpan])
    }

    @Test("among many blocks each name and quotation part lands in its own block; names between blocks are dropped")
    func manyBlocks() {
        // 500 blocks of 8 bytes with 2-byte gaps: block k is [10k, 10k + 8).
        let blocks = (0..<500).map { TextSpan($0 * 10, $0 * 10 + 8) }
        let layout = OverlapPolicy.layout(
            annotated(
                String(repeating: "x", count: 5_000), blocks: blocks,
                mentions: [TextSpan(2, 5), TextSpan(4_991, 4_998), TextSpan(2_508, 2_509), TextSpan(1_234, 1_236)],
                quotations: [TextSpan(3_005, 3_025)]))
        #expect(layout.spansByBlock[0].map(\.annotation) == [.mention(0)])
        #expect(layout.spansByBlock[499].map(\.annotation) == [.mention(1)])
        #expect(layout.spansByBlock[123].map(\.annotation) == [.mention(3)])
        #expect(layout.dropped.map(\.reason) == [.outsideBlocks])
        #expect(layout.quotationPartCounts[0] == 3)
        #expect(
            (300...302).map { layout.spansByBlock[$0].map(\.span) } == [
                [TextSpan(3_005, 3_008)], [TextSpan(3_010, 3_018)], [TextSpan(3_020, 3_025)],
            ])
    }

    @Test("a quotation over three blocks is split in three parts; a name across blocks is dropped")
    func blocks() {
        let layout = OverlapPolicy.layout(
            annotated(
                String(repeating: "x", count: 40), blocks: [TextSpan(0, 10), TextSpan(12, 20), TextSpan(22, 40)],
                mentions: [TextSpan(8, 14)], quotations: [TextSpan(5, 30)]))
        #expect(layout.quotationPartCounts[0] == 3)
        #expect(
            layout.spansByBlock.map { $0.map(\.span) } == [[TextSpan(5, 10)], [TextSpan(12, 20)], [TextSpan(22, 30)]])
        #expect(layout.spansByBlock[2].map(\.annotation) == [.quotation(0, part: 2)])
        #expect(layout.dropped.map(\.reason) == [.crossesBlockBoundary])
    }

    @Test("with the linguistic layer, sentences are boundaries too and tokens are leaves")
    func sentences() {
        let text = "Ann said: “We won. We are happy.” Then she left."
        let tokens = [
            TextSpan(0, 3), TextSpan(4, 8), TextSpan(8, 9), TextSpan(10, 13), TextSpan(13, 15), TextSpan(16, 20),
            TextSpan(20, 21), TextSpan(22, 24), TextSpan(25, 28), TextSpan(29, 34), TextSpan(34, 35),
            TextSpan(35, 38),
        ].map { Token(span: $0, kind: .word, spaceAfter: true) }
        let sentences = [
            Sentence(span: TextSpan(0, 21), tokens: 0..<7, block: 0),
            Sentence(span: TextSpan(22, 38), tokens: 7..<12, block: 0),
        ]
        let annotated = AnnotatedArticle(
            article: Article(id: "a", text: text, blocks: [TextBlock(kind: .paragraph, span: TextSpan(0, 38))]),
            segmentation: Segmentation(tokens: tokens, sentences: sentences),
            register: EntityRegister(entries: [RegisterEntry(type: .person, name: "Ann")]),
            mentions: [EntityMention(span: TextSpan(0, 3), type: .person, entry: 0, confidence: 1)],
            quotations: [
                Quotation(span: TextSpan(10, 38), isDirect: true, speaker: 0, confidence: 1, speakerConfidence: 1)
            ])
        let layout = OverlapPolicy.layout(annotated, linguistic: true)
        #expect(layout.quotationPartCounts[0] == 2)
        let kinds = layout.spansByBlock[0].prefix(4).map(\.annotation)
        #expect(kinds == [.sentence(0), .mention(0), .token(0), .token(1)])
        #expect(layout.spansByBlock[0].filter { if case .token = $0.annotation { true } else { false } }.count == 12)
        #expect(layout.dropped.isEmpty)
    }
}

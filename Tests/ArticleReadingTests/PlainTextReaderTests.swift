import AnnotationModel
import Foundation
import ArticleReading
import Testing

@Suite("Reading pasted web text")
struct PlainTextReaderTests {
    static let pasted = """
        ADVERTISEMENT

        Turkey Urges U.S. to Step Up in Libya

        Turkey Urges U.S. to Step Up in Libya

        (Bloomberg) --

        The U.S. and NATO should play a more active role in Libya, Turkey’s foreign minister said.

        Share this article

        Turkey is supporting the government in Tripoli.

        ©2020 Bloomberg L.P.
        """

    private func read(_ text: String) throws -> Article {
        try PlainTextReader().read(bytes: Array(text.utf8), id: "a1")
    }

    private func texts(_ article: Article) -> [String] {
        article.blocks.map { String(article.text(of: $0)) }
    }

    @Test("noise lines are recognised whatever their case and blanks, in ASCII or beyond it")
    func noiseWithOddBlanksAndCase() throws {
        let paragraph = "The minister said the plan to share the costs would work, and most members agreed with her."
        let noise = [
            "  SHARE\tTHIS   Article ", "Share\u{00A0}this\u{2003}article", "READ MORE: The plan, explained",
            "Photo: Jane Doe/REUTERS", "12 Comments", "Comments (12)", "By Jane Doe | June 8, 2020",
            "By Jane Doe · June 8, 2020", "Sign up for our Morning newsletter", "©2020 Example News. All Rights Reserved.",
        ]
        for line in noise {
            let article = try read("Plan agreed\n\n\(line)\n\n\(paragraph)\n\n\(paragraph) Twice.")
            #expect(!texts(article).contains(line.trimmingCharacters(in: .whitespaces)), "\(line)")
            #expect(texts(article).contains(paragraph), "\(line)")
        }
    }

    @Test("page noise is removed with its reason; the headline is kept once as head")
    func noiseRemoved() throws {
        let article = try read(Self.pasted)
        #expect(article.blocks.map(\.kind) == [.headline, .paragraph, .paragraph])
        #expect(
            texts(article) == [
                "Turkey Urges U.S. to Step Up in Libya",
                "The U.S. and NATO should play a more active role in Libya, Turkey’s foreign minister said.",
                "Turkey is supporting the government in Tripoli.",
            ])
        #expect(
            article.removed.map(\.reason) == [.advertisement, .repeatedHeadline, .byline, .shareWidget, .copyright])
        #expect(
            article.removed.map { String(article.text[$0.span]) } == [
                "ADVERTISEMENT", "Turkey Urges U.S. to Step Up in Libya", "(Bloomberg) --", "Share this article",
                "©2020 Bloomberg L.P.",
            ])
    }

    @Test("what the noise tells becomes metadata")
    func metadata() throws {
        let metadata = try read(Self.pasted).metadata
        #expect(metadata.title == "Turkey Urges U.S. to Step Up in Libya")
        #expect(metadata.publisher == "Bloomberg")
        #expect(metadata.date?.description == "2020")
        #expect(metadata.copyright == "©2020 Bloomberg L.P.")
    }

    @Test("blocks and removed spans are raw offsets: every non-blank byte is in exactly one of them")
    func rebuildRawInput() throws {
        let article = try read(Self.pasted)
        let covered = (article.blocks.map(\.span) + article.removed.map(\.span)).sorted()
        for (first, second) in zip(covered, covered.dropFirst()) { #expect(first.end <= second.start) }
        var rebuilt = Array(repeating: UInt8(ascii: " "), count: article.text.utf8.count)
        let raw = Array(article.text.utf8)
        for span in covered { rebuilt.replaceSubrange(span.start..<span.end, with: raw[span.start..<span.end]) }
        let blanks = raw.enumerated().map { $0.element == UInt8(ascii: "\n") ? UInt8(ascii: " ") : $0.element }
        #expect(rebuilt == blanks)
    }

    @Test("a wire dateline opening the first paragraph is removed and read")
    func datelinePrefix() throws {
        let article = try read("Senate passes budget\n\nWASHINGTON (Reuters) - The Senate passed the bill on Friday.\n")
        #expect(texts(article) == ["Senate passes budget", "The Senate passed the bill on Friday."])
        #expect(article.metadata.publisher == "Reuters")
        #expect(article.metadata.datelinePlace == "WASHINGTON")
        #expect(article.removed.map(\.reason) == [.byline])
    }

    @Test("bylines give authors; date-only lines give the date")
    func bylineAndDate() throws {
        let article = try read(
            "Storm hits coast\n\nBy Jane Doe and John Roe, Staff Writers\n\nFriday, July 21, 2017\n\nThe storm hit.")
        #expect(article.metadata.authors == ["Jane Doe", "John Roe"])
        #expect(article.metadata.date?.description == "2017-07-21")
        #expect(texts(article) == ["Storm hits coast", "The storm hit."])
        #expect(article.removed.map(\.reason) == [.byline, .dateline])
    }

    @Test("sentences that merely start like noise are kept")
    func noFalseNoise() throws {
        let body =
            "By the end of the week, officials had shared the data with reporters, who said the numbers did not add up at all."
        let article = try read(
            "Headline here\n\n\(body)\n\nShare prices fell sharply on Monday after the announcement was made.")
        #expect(texts(article).count == 3)
        #expect(article.removed.isEmpty)
    }

    @Test("without blank lines each line is a paragraph; CRLF and a byte-order mark are handled")
    func lineParagraphs() throws {
        let article = try read("\u{FEFF}Title of the story\r\nFirst paragraph here.\r\nSecond paragraph here.\r\n")
        #expect(texts(article) == ["Title of the story", "First paragraph here.", "Second paragraph here."])
        #expect(article.removed.first?.reason == .byteOrderMark)
    }

    @Test("an article of one line is a paragraph, even one that reads as a headline")
    func oneLine() throws {
        let article = try read("Minister speaks to NTV television\n")
        #expect(article.blocks.map(\.kind) == [.paragraph])
        #expect(texts(article) == ["Minister speaks to NTV television"])
        #expect(article.metadata.title == nil)
        let repeated = try read("Breaking news\n\nBreaking news\n")
        #expect(repeated.blocks.map(\.kind) == [.paragraph])
        #expect(repeated.removed.map(\.reason) == [.repeatedHeadline])
    }

    @Test("hand-wrapped lines of one paragraph are joined")
    func wrappedLines() throws {
        let article = try read("A headline\n\nThe first line of a paragraph\nthat goes on here.\n\nAnother one.")
        #expect(texts(article) == ["A headline", "The first line of a paragraph\nthat goes on here.", "Another one."])
    }

    @Test("bytes that are not UTF-8 are read as Windows-1252 with a warning; binary data is refused")
    func notUTF8() throws {
        let article = try PlainTextReader().read(bytes: [0x61, 0x62, 0x63, 0x93, 0x64, 0x94, 0x20, 0x65], id: "a")
        #expect(article.text == "abc“d” e")
        #expect(article.source.encoding == .windows1252)
        #expect(article.source.warnings == ["not UTF-8 (first bad byte at offset 3); read as Windows-1252"])
        #expect(throws: ArticleReadingError.notText(byteOffset: 1)) {
            try PlainTextReader().read(bytes: [0x61, 0x00, 0x62], id: "a")
        }
    }

    @Test("input with nothing but noise or blanks has no article text")
    func noText() {
        #expect(throws: ArticleReadingError.noArticleText) { try read("") }
        #expect(throws: ArticleReadingError.noArticleText) { try read("\n\n  \n") }
        #expect(throws: ArticleReadingError.noArticleText) { try read("ADVERTISEMENT\n\nShare this article\n") }
    }
}

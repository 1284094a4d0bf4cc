import AnnotationModel
import ArticleReading
import Testing

@Suite("Plain text from many newsrooms")
struct NewsroomStyleTests {
    private func read(_ text: String) throws -> Article {
        try PlainTextReader().read(bytes: Array(text.utf8), id: "a1")
    }

    private func body(_ article: Article) -> [String] {
        article.blocks.filter { $0.kind == .paragraph }.map { String(article.text(of: $0)) }
    }

    @Test(
        "wire and paper datelines opening the story are removed and read",
        arguments: [
            ("WASHINGTON (Reuters) - The Senate voted.", "Reuters", "WASHINGTON"),
            ("NEW YORK (AP) — The Senate voted.", "AP", "NEW YORK"),
            ("PARIS (AFP) - The Senate voted.", "AFP", "PARIS"),
            ("LONDON, June 8 (Reuters) - The Senate voted.", "Reuters", "LONDON"),
            ("KYIV, Ukraine (AP) — The Senate voted.", "AP", "KYIV, Ukraine"),
            ("WASHINGTON/LONDON (Reuters) - The Senate voted.", "Reuters", "WASHINGTON/LONDON"),
            ("BERLIN (dpa) - The Senate voted.", "dpa", "BERLIN"),
            ("BEIJING, June 8 (Xinhua) -- The Senate voted.", "Xinhua", "BEIJING"),
            ("MOSCOW, June 8. /TASS/. The Senate voted.", "TASS", "MOSCOW"),
            ("(CNN)The Senate voted.", "CNN", nil),
            ("(Bloomberg) -- The Senate voted.", "Bloomberg", nil),
            ("WASHINGTON — The Senate voted.", nil, "WASHINGTON"),
            ("NEW DELHI: The Senate voted.", nil, "NEW DELHI"),
        ] as [(String, String?, String?)])
    func datelines(line: String, agency: String?, place: String?) throws {
        let article = try read("Senate votes on the budget\n\n\(line)\n\nA second paragraph follows here.")
        #expect(body(article) == ["The Senate voted.", "A second paragraph follows here."])
        #expect(article.metadata.publisher == agency)
        #expect(article.metadata.datelinePlace == place)
        #expect(article.removed.map(\.reason) == [.byline])
    }

    @Test(
        "bylines in the newsrooms' styles give the authors",
        arguments: [
            ("By Jane Doe, Staff Writer", ["Jane Doe"]),
            ("By Jane Doe and John Roe, Reuters", ["Jane Doe", "John Roe"]),
            ("By JANE DOE Associated Press", ["Jane Doe"]),
            ("By Jane Doe (CNN)", ["Jane Doe"]),
            ("By Jane Doe | The Washington Post", ["Jane Doe"]),
            ("Jane Doe, Political Editor", ["Jane Doe"]),
            ("Jane Doe @janedoe", ["Jane Doe"]),
            ("Written by Jane Doe", ["Jane Doe"]),
        ])
    func bylines(line: String, authors: [String]) throws {
        let article = try read("Storm hits the coast\n\n\(line)\n\nThe storm hit the coast on Monday.")
        #expect(article.metadata.authors == authors)
        #expect(body(article) == ["The storm hit the coast on Monday."])
        #expect(article.removed.map(\.reason) == [.byline])
    }

    @Test(
        "date and time lines in the newsrooms' styles give <date when>",
        arguments: [
            ("Updated 3:04 PM ET, Mon June 8, 2020", "2020-06-08"),
            ("Mon 8 Jun 2020 15.04 BST", "2020-06-08"),
            ("First published on Mon 8 Jun 2020 15.04 BST", "2020-06-08"),
            ("Published: 10:32, 8 June 2020 | Updated: 11:02, 9 June 2020", "2020-06-08"),
            ("June 8, 2020 / 3:04 PM / Updated 2 hours ago", "2020-06-08"),
            ("Posted: Jun 8, 2020 3:04 PM ET | Last Updated: June 9, 2020", "2020-06-08"),
            ("2020-06-08T15:04:00Z", "2020-06-08"),
            ("Friday, July 21, 2017", "2017-07-21"),
            ("Last Modified: Monday, 8 June 2020, 3:04 PM IST", "2020-06-08"),
            ("25/12/2019", "2019-12-25"),
            ("06/08/2020", "2020"),
        ])
    func dates(line: String, when: String) throws {
        let article = try read("Storm hits the coast\n\n\(line)\n\nThe storm hit the coast on Monday.")
        #expect(article.metadata.date?.description == when)
        #expect(article.removed.map(\.reason) == [.dateline])
    }

    @Test("a byline and dates on one line (Daily Mail style)")
    func combinedByline() throws {
        let article = try read(
            "Storm hits the coast\n\nBy Jane Doe | Published: 10:32, 8 June 2020 | Updated: 11:02, 8 June 2020\n\n"
                + "The storm hit the coast on Monday.")
        #expect(article.metadata.authors == ["Jane Doe"])
        #expect(article.metadata.date?.description == "2020-06-08")
    }

    @Test("timestamps without a date, captions, credits, prompts, notices and comments are removed with their reason")
    func furniture() throws {
        let text = """
            Storm hits the coast

            8 hours ago

            We use cookies to improve your experience on our site.

            Accept all cookies

            FILE PHOTO: Waves break over the sea wall in Porthcawl, Wales, February 9, 2020. REUTERS/Rebecca Naden/File Photo

            The storm hit the coast on Monday, bringing down trees and power lines across the region.

            Photo: Jane Doe/AP

            Image caption, Rangers counted the fallen trees

            Read more: Floods close roads across the county

            Sign up for our morning newsletter

            Forecasters expect the wind to drop by Tuesday evening, the Met Office said in a statement.

            Share this article

            Reporting by Jane Doe; Editing by John Roe

            The Associated Press contributed to this report.

            12 comments

            JohnSmith: This happens every winter and nothing is done about it.

            Reply

            © 2020 Example News
            """
        let article = try read(text)
        #expect(
            body(article) == [
                "The storm hit the coast on Monday, bringing down trees and power lines across the region.",
                "Forecasters expect the wind to drop by Tuesday evening, the Met Office said in a statement.",
            ])
        #expect(
            article.removed.map(\.reason) == [
                .dateline, .cookieNotice, .cookieNotice, .caption, .caption, .caption, .related, .newsletter,
                .shareWidget, .credit, .credit, .comments, .comments, .comments, .copyright,
            ])
    }

    @Test(
        "the raw input is rebuilt byte for byte, in every encoding, from the blocks, the removed spans and the blanks between"
    )
    func rebuildRawInput() throws {
        let text =
            "\u{FEFF}ADVERTISEMENT\r\n\r\nTurkey\u{00A0}urges talks\r\n\r\nWASHINGTON (Reuters) - The U.S.\u{200B} and NATO said so.\r\n\r\n©2020 Reuters"
        let encodings: [(TextEncoding, [UInt8])] = [
            (.utf8, Array(text.utf8)),
            (.utf16LittleEndian, TextDecoding.encode(text, as: .utf16LittleEndian)!),
            (.utf16BigEndian, TextDecoding.encode(text, as: .utf16BigEndian)!),
            (
                .windows1252,
                TextDecoding.encode(
                    text.replacingOccurrences(of: "\u{FEFF}", with: "").replacingOccurrences(of: "\u{200B}", with: ""),
                    as: .windows1252)!
            ),
        ]
        for (encoding, raw) in encodings {
            let article = try PlainTextReader().read(bytes: raw, id: "a")
            #expect(article.source.encoding == encoding)
            #expect(encoding != .windows1252 || !article.source.warnings.isEmpty)
            // Blocks and removed spans do not overlap; what lies between them is blank.
            let pieces = (article.blocks.map(\.span) + article.removed.map(\.span)).sorted()
            var rebuilt = ""
            var cursor = 0
            for piece in pieces {
                #expect(piece.start >= cursor)
                let gap = article.text[TextSpan(cursor, piece.start)]
                #expect(
                    gap.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{200B}" || $0 == "\u{FEFF}" }
                )
                rebuilt += gap + article.text[piece]
                cursor = piece.end
            }
            rebuilt += article.text[TextSpan(cursor, article.text.utf8.count)]
            #expect(TextDecoding.encode(rebuilt, as: article.source.encoding) == raw)
            // Offsets are characters of the original: the TEI's @n of the copyright line.
            let copyright = article.removed.first { $0.reason == .copyright }!
            let range = article.source.map.sourceRange(of: copyright.span, in: article.text)
            let characters = Array(article.text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(characters[range])) == "©2020 Reuters")
        }
    }
}

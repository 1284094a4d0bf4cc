/// An article as read from its input: the text every annotation indexes, its blocks, what was
/// removed as page noise, and what the noise told about the article.
public struct Article: Sendable {
    /// The article's id, an XML NCName; prefixes every `xml:id` written for it.
    public var id: String
    /// The text all spans index. For plain-text input it is the raw input as decoded, character for
    /// character; for HTML and TEI input, the text taken out of the markup (``source`` maps it back).
    public var text: String
    /// Headline and paragraphs in reading order; spans over ``text``.
    public var blocks: [TextBlock]
    /// Everything the reader left out of ``blocks`` for a reason other than blank space.
    public var removed: [RemovedSpan]
    public var metadata: ArticleMetadata
    /// The input's kind and encoding, and the map from ``text`` back to the raw input's characters.
    public var source: ArticleSource

    public init(
        id: String, text: String, blocks: [TextBlock], removed: [RemovedSpan] = [],
        metadata: ArticleMetadata = ArticleMetadata(), source: ArticleSource = .plainText
    ) {
        self.id = id
        self.text = text
        self.blocks = blocks
        self.removed = removed
        self.metadata = metadata
        self.source = source
    }

    /// The text of one block.
    public func text(of block: TextBlock) -> Substring { text[block.span] }
}

/// A headline or paragraph of the running text.
public struct TextBlock: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case headline
        case paragraph
    }

    public var kind: Kind
    public var span: TextSpan

    public init(kind: Kind, span: TextSpan) {
        self.kind = kind
        self.span = span
    }
}

/// A piece of the input that is not article text, kept so the input can be rebuilt.
public struct RemovedSpan: Hashable, Sendable {
    /// Why a span was removed.
    public enum Reason: String, Hashable, Sendable, CaseIterable {
        case advertisement
        case repeatedHeadline = "repeated-headline"
        case byline
        case dateline
        case copyright
        case shareWidget = "share-widget"
        case navigation
        case byteOrderMark = "byte-order-mark"
        /// A photo or video caption.
        case caption
        /// A photo credit or a reporting/editing credit (`Photo: Jane Doe/Reuters`, `Reporting by …`).
        case credit
        /// `Read more`, related stories and other links away from the article.
        case related
        /// A newsletter or subscription prompt.
        case newsletter
        /// A cookie or consent notice.
        case cookieNotice = "cookie-notice"
        /// Reader comments and the comment section's furniture.
        case comments
        /// Markup or page furniture of an HTML page that is neither article text nor a kind above
        /// (scripts, forms, the page header and footer).
        case markup
    }

    public var span: TextSpan
    public var reason: Reason

    public init(span: TextSpan, reason: Reason) {
        self.span = span
        self.reason = reason
    }
}

/// What is known about an article besides its text.
public struct ArticleMetadata: Hashable, Sendable {
    /// The headline.
    public var title: String?
    /// The newsroom or wire that published it ("Bloomberg", "Reuters").
    public var publisher: String?
    /// Authors named in a byline.
    public var authors: [String]
    /// The publication date, as precise as the input tells.
    public var date: PartialDate?
    /// The copyright statement, as written.
    public var copyright: String?
    /// The place named in a dateline ("WASHINGTON").
    public var datelinePlace: String?
    /// Where the input came from (a file name), if anywhere.
    public var sourceName: String?
    /// The language of the text, as a BCP 47 tag.
    public var language: String
    /// The article's address on the web, when the input gives it.
    public var url: String? = nil
    /// Fields the input gave that the model has no place for (a JSON Lines record's unknown keys),
    /// each value as JSON text, kept so they can be passed on.
    public var additional: [String: String] = [:]

    public init(
        title: String? = nil, publisher: String? = nil, authors: [String] = [], date: PartialDate? = nil,
        copyright: String? = nil, datelinePlace: String? = nil, sourceName: String? = nil, language: String = "en"
    ) {
        self.title = title
        self.publisher = publisher
        self.authors = authors
        self.date = date
        self.copyright = copyright
        self.datelinePlace = datelinePlace
        self.sourceName = sourceName
        self.language = language
    }
}

extension ArticleMetadata {
    /// `tag` as a language tag XML accepts (`xsd:language`: `en`, `en-GB`, `zh-Hant-TW`), spaces trimmed
    /// and `_` read as `-` (`en_US`, as pages write it); nil when it is not one (`lang="ntent="`).
    public static func languageTag(_ tag: String) -> String? {
        var trimmed = Substring(tag)
        while trimmed.first == " " { trimmed.removeFirst() }
        while trimmed.last == " " { trimmed.removeLast() }
        let subtags = trimmed.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "_" }
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        guard let first = subtags.first, (1...8).contains(first.utf8.count), first.utf8.allSatisfy(isLetter),
            subtags.dropFirst().allSatisfy({
                (1...8).contains($0.utf8.count) && $0.utf8.allSatisfy { isLetter($0) || isDigit($0) }
            })
        else { return nil }
        return subtags.joined(separator: "-")
    }
}

/// A calendar date known to the year, the month or the day.
public struct PartialDate: Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    /// Creates a date; nil when the parts do not form a real date (day without month, 31 April, …).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard day >= 1, day <= PartialDate.daysIn(month: month, year: year) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601 form: `2020`, `2020-06`, `2020-06-08`.
    public var description: String {
        var result = zeroPadded(year, width: 4)
        if let month { result += "-" + zeroPadded(month, width: 2) }
        if let day { result += "-" + zeroPadded(day, width: 2) }
        return result
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// `value` as decimal digits, left-padded with zeros to `width`.
private func zeroPadded(_ value: Int, width: Int) -> String {
    let digits = "\(value)"
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

import AnnotationModel
import Foundation

/// What a short line of pasted web text is, when it is not article text.
enum NoiseLine: Equatable {
    /// Page furniture removed for `reason`, telling nothing about the article.
    case furniture(RemovedSpan.Reason)
    /// `©2020 Bloomberg L.P.`, `Copyright 2019 Reuters. All rights reserved.`
    case copyright(year: Int?, holder: String?)
    /// `By Jane Doe and John Roe, Staff Writers`.
    case byline(authors: [String])
    /// A wire tag alone on its line: `(Bloomberg) --`.
    case wireTag(agency: String)
    /// A date-only line: `Friday, July 21, 2017`, `Updated 3:04 PM ET, Mon June 8, 2020`.
    case dateline(PartialDate?)
}

/// Rules that recognise page noise in pasted web text, line by line.
///
/// They look only at lines short enough to be page furniture (paragraphs of news are longer), so a
/// sentence that happens to start with "Share" or "By" is never taken for noise.
enum NoiseRules {
    /// Lines longer than this are article text, whatever they start with.
    static let maximumNoiseLength = 200

    private static let advertisementLines: Set<String> = [
        "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content",
        "paid content", "paid post", "promoted", "promoted content", "story continues below",
        "story continues below advertisement", "article continues below", "article continues below advertisement",
        "continue reading", "continue reading below", "continue reading the main story",
        "scroll to continue with content", "advertisement - scroll to continue", "skip advertisement",
        "ad feedback", "report this ad", "remove ads",
    ]
    private static let widgetLines: Set<String> = [
        "share", "shares", "share this", "share this article", "share this story", "share this page",
        "share on facebook", "share on twitter", "share on linkedin", "share on whatsapp", "share via email",
        "share by email", "tweet", "email", "e-mail", "print", "print this page", "copy link",
        "copy link to clipboard", "link copied", "facebook", "twitter", "x", "linkedin", "whatsapp", "reddit",
        "pinterest", "flipboard", "messenger", "telegram", "comments", "comment", "view comments", "show comments",
        "save", "save article", "saved", "gift this article", "gift article", "listen to this article",
        "listen", "read more", "more", "subscribe", "subscribe now", "sign up", "sign in", "log in", "login",
        "register", "follow", "follow us", "newsletter", "get the newsletter", "most read", "most popular",
        "trending", "recommended", "related", "related articles", "related stories", "related content",
        "you may also like", "more from", "top stories", "latest news", "back to top", "menu", "close", "search",
        "home", "skip to content", "skip to main content", "image", "photo", "video", "watch", "play video",
        "toggle navigation", "cookie settings", "accept cookies", "accept all cookies", "got it",
    ]
    private static let widgetPrefixes: [String] = [
        "sign up for ", "sign up to ", "subscribe to ", "subscribe for ", "follow us on ", "follow us at ",
        "read more:", "read more about", "related:", "see also:", "also read:", "also see:", "click here ",
        "get the latest ", "get our ", "download our app", "share this ", "this article was amended",
        "we use cookies", "this site uses cookies", "by continuing to use",
    ]
    private static let navigationPrefixes: [String] = ["home >", "home /", "home »", "you are here:"]

    /// Classifies a trimmed line; nil when it is (or may be) article text.
    static func classify(_ line: Substring) -> NoiseLine? {
        guard line.utf8.count <= maximumNoiseLength else { return nil }
        let folded = fold(line)
        if advertisementLines.contains(folded) { return .furniture(.advertisement) }
        if widgetLines.contains(folded) || widgetPrefixes.contains(where: folded.hasPrefix) {
            return .furniture(.shareWidget)
        }
        if navigationPrefixes.contains(where: folded.hasPrefix) { return .furniture(.navigation) }
        if let copyright = copyright(line, folded: folded) { return copyright }
        if let agency = wireTagLine(line) { return .wireTag(agency: agency) }
        if let authors = byline(line) { return .byline(authors: authors) }
        if let match = DateLineParser.match(line) { return .dateline(match.date) }
        return nil
    }

    /// Lower-cased, with outer punctuation and inner runs of blanks folded, for set look-ups.
    static func fold(_ line: Substring) -> String {
        let words = line.lowercased().split(whereSeparator: \.isWhitespace)
        var folded = words.joined(separator: " ")
        while let last = folded.last, ":|»›>•·.!".contains(last) { folded.removeLast() }
        while let first = folded.first, "|»›•·".contains(first) { folded.removeFirst() }
        return folded.trimmingCharacters(in: .whitespaces)
    }

    private static func copyright(_ line: Substring, folded: String) -> NoiseLine? {
        let isCopyright =
            line.hasPrefix("©") || folded.hasPrefix("(c)") || folded.hasPrefix("copyright") || folded.hasPrefix("copr.")
            || folded.contains("all rights reserved")
        guard isCopyright else { return nil }
        var rest = Substring(line)
        for prefix in ["©", "(c)", "(C)", "Copyright", "COPYRIGHT", "copyright", "Copr."] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        rest = rest.drop { $0 == " " || $0 == "©" }
        var year: Int?
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        if digits.count == 4, let value = Int(digits) {
            year = value
            rest = rest.dropFirst(4)
            // A range such as 2019-2020 keeps the later year.
            if rest.first == "-" || rest.first == "–" {
                let next = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
                if next.count == 4, let later = Int(next) {
                    year = later
                    rest = rest.dropFirst(5)
                }
            }
        }
        var holder = String(rest)
        if let range = holder.range(of: "all rights reserved", options: .caseInsensitive) {
            holder = String(holder[..<range.lowerBound])
        }
        holder = trimmingFinalPunctuation(holder.trimmingCharacters(in: .whitespaces))
        return .copyright(year: year, holder: holder.isEmpty ? nil : holder)
    }

    /// Drops outer punctuation but keeps the period of a final abbreviation ("Bloomberg L.P.").
    private static func trimmingFinalPunctuation(_ text: String) -> String {
        var result = Substring(text).drop { " ,;:-–—".contains($0) }
        while let last = result.last, " ,;:-–—".contains(last) { result.removeLast() }
        if result.hasSuffix("."), let lastWord = result.split(separator: " ").last, !lastWord.dropLast().contains(".") {
            result.removeLast()
        }
        return String(result)
    }

    /// `(Bloomberg) --`, `(Reuters) -`, `(AP) —` alone on a line: the agency's name.
    private static func wireTagLine(_ line: Substring) -> String? {
        guard let tag = WirePrefix.match(line), tag.length == line.utf8.count, tag.place == nil else { return nil }
        return tag.agency
    }

    /// `By Jane Doe`, `By Jane Doe and John Roe, Reuters`: the authors' names.
    private static func byline(_ line: Substring) -> [String]? {
        guard line.hasPrefix("By ") || line.hasPrefix("BY "), line.utf8.count <= 120 else { return nil }
        let rest = line.dropFirst(3)
        let parts = rest.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " & ", with: ",")
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let first = parts.first, looksLikeName(first) else { return nil }
        return parts.filter(looksLikeName).filter { !bylineRoles.contains($0.lowercased()) }
    }

    private static let bylineRoles: Set<String> = [
        "staff writer", "staff writers", "staff reporter", "correspondent", "senior correspondent",
        "contributing writer", "editor", "associated press", "reuters", "bloomberg", "the associated press",
    ]

    /// Two to five words, each capitalised (or a particle such as "de", "al-", "van").
    static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count) else { return false }
        let particles: Set<String> = ["de", "da", "del", "der", "van", "von", "al", "el", "bin", "la", "le", "du"]
        return words.allSatisfy { word in
            particles.contains(String(word)) || word.first.map { $0.isUppercase } == true
        }
    }
}

/// A wire or dateline prefix at the start of a paragraph: `(Bloomberg) -- `, `WASHINGTON (Reuters) - `,
/// `NEW YORK, June 8 (AP) — `.
struct WirePrefix: Equatable {
    /// UTF-8 length of the prefix, including the dash and the blanks after it.
    var length: Int
    var agency: String
    /// The dateline's place, in the case written ("WASHINGTON").
    var place: String?
    /// The dateline's month and day, when given.
    var monthDay: (month: Int, day: Int)?

    static func == (lhs: WirePrefix, rhs: WirePrefix) -> Bool {
        lhs.length == rhs.length && lhs.agency == rhs.agency && lhs.place == rhs.place
            && lhs.monthDay?.month == rhs.monthDay?.month && lhs.monthDay?.day == rhs.monthDay?.day
    }

    private static let dashes: [String] = ["---", "--", "—", "–", "-"]

    static func match(_ line: Substring) -> WirePrefix? {
        guard let open = line.prefix(80).firstIndex(of: "("), let close = line[open...].firstIndex(of: ")") else {
            return nil
        }
        let agency = line[line.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        guard !agency.isEmpty, agency.count <= 40, agency.first?.isUppercase == true,
            agency.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." || $0 == "&" || $0 == "-" || $0 == "'" })
        else { return nil }
        // Before the tag: nothing, or an upper-case place, optionally followed by ", Month Day".
        let before = line[..<open].trimmingCharacters(in: .whitespaces)
        var place: String?
        var monthDay: (Int, Int)?
        if !before.isEmpty {
            var placePart = Substring(before)
            if let comma = before.lastIndex(of: ",") {
                let datePart = before[before.index(after: comma)...].split(separator: " ")
                if datePart.count == 2, let month = DateLineParser.months[datePart[0].lowercased().trimmingSuffix(".")],
                    let day = Int(datePart[1]), (1...31).contains(day)
                {
                    monthDay = (month, day)
                    placePart = before[..<comma]
                }
            }
            let letters = placePart.filter(\.isLetter)
            guard !letters.isEmpty, letters.allSatisfy(\.isUppercase),
                placePart.allSatisfy({ $0.isLetter || $0 == " " || $0 == "," || $0 == "." || $0 == "-" || $0 == "'" })
            else { return nil }
            place = placePart.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        }
        var rest = line[line.index(after: close)...].drop { $0 == " " }
        guard let dash = dashes.first(where: { rest.hasPrefix($0) }) else { return nil }
        rest = rest.dropFirst(dash.count)
        let afterBlanks = rest.drop { $0 == " " || $0 == "\u{00A0}" }
        // The tag must end the line or be followed by a blank before the text.
        guard afterBlanks.isEmpty || afterBlanks.startIndex != rest.startIndex else { return nil }
        let length = line.utf8.distance(from: line.startIndex, to: afterBlanks.startIndex)
        return WirePrefix(length: length, agency: agency, place: place, monthDay: monthDay)
    }
}

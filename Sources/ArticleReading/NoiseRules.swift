import AnnotationModel
import Foundation

/// What a short line of pasted web text is, when it is not article text.
enum NoiseLine: Equatable {
    /// Page furniture removed for `reason`, telling nothing about the article.
    case furniture(RemovedSpan.Reason)
    /// `©2020 Bloomberg L.P.`, `Copyright 2019 Reuters. All rights reserved.`
    case copyright(year: Int?, holder: String?)
    /// `By Jane Doe and John Roe, Staff Writers`; a date when the line also gives one.
    case byline(authors: [String], date: PartialDate?)
    /// `12 comments`, `Join the conversation`: reader comments start here and run to the end.
    case commentSection
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
    /// Photo captions run longer than other furniture: up to this many bytes.
    static let maximumCaptionLength = 400

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
        "listen", "more", "sign in", "log in", "login", "register", "follow", "follow us", "menu", "close", "search",
        "home", "skip to content", "skip to main content", "image", "photo", "video", "watch", "play video",
        "toggle navigation", "back to top", "font size", "text size", "bookmark", "add to reading list",
    ]
    private static let relatedLines: Set<String> = [
        "read more", "most read", "most popular", "trending", "recommended", "related", "related articles",
        "related stories", "related content", "related topics", "related coverage", "you may also like",
        "more from", "top stories", "latest news", "more stories", "more on this story", "what to read next",
        "read next", "up next", "editor's picks", "don't miss", "in other news", "more like this", "see more",
    ]
    private static let relatedPrefixes: [String] = [
        "read more:", "read more about", "read more here", "related:", "see also:", "also read:", "also see:",
        "read also:", "more:", "more on this:", "watch:", "listen:", "recommended:", "click here ", "read the full",
        "related coverage:", "more coverage:", "explore more on", "more on this story", "topics:",
    ]
    private static let newsletterLines: Set<String> = [
        "subscribe", "subscribe now", "sign up", "sign up now", "newsletter", "get the newsletter",
        "enter your email", "enter your email address", "email address", "your email address", "sign me up",
        "already a subscriber? log in", "already a subscriber? sign in", "already have an account? log in",
        "subscribe to continue reading", "this article is for subscribers only", "support our journalism",
    ]
    private static let newsletterPrefixes: [String] = [
        "sign up for ", "sign up to ", "subscribe to ", "subscribe for ", "get the latest ", "get our ",
        "download our app", "get the best of", "delivered to your inbox", "never miss a story", "don't miss out",
        "want more stories like this", "like this story? ", "you have read ", "you've read ", "to continue reading",
        "become a member", "support independent journalism", "unlock unlimited", "start your free trial",
    ]
    private static let newsletterFragments: [String] = [
        "newsletter", "in your inbox", "to your inbox", "subscribe now", "free trial",
    ]
    private static let cookieLines: Set<String> = [
        "cookie settings", "accept cookies", "accept all cookies", "accept all", "reject all", "got it",
        "manage preferences", "manage cookies", "cookie preferences", "cookie policy", "i agree", "i accept",
        "agree", "ok, i agree", "privacy settings", "do not sell my personal information", "your privacy choices",
    ]
    private static let cookiePrefixes: [String] = [
        "we use cookies", "this site uses cookies", "this website uses cookies", "by continuing to use",
        "by using this site", "by clicking", "we and our partners", "we value your privacy", "cookies help us",
        "our site uses cookies",
    ]
    private static let creditPrefixes: [String] = [
        "reporting by ", "additional reporting by ", "writing by ", "editing by ", "compiled by ",
        "(reporting by ", "(additional reporting by ", "(writing by ", "(editing by ", "contact the author",
        "contact the reporter", "our standards:", "fact check:", "produced by ", "edited by ", "graphics by ",
    ]
    private static let captionPrefixes: [String] = [
        "photo:", "photos:", "photograph:", "photographs:", "picture:", "pictures:", "image:", "images:", "credit:",
        "photo credit:", "image credit:", "image copyright", "image caption", "image source", "media caption",
        "file photo:", "(photo:", "(photo by", "(photos by", "(ap photo", "(afp photo", "(reuters photo",
        "ap photo/", "afp photo", "reuters/", "caption:", "video:", "illustration:", "graphic:", "map:",
    ]
    /// How photo credits end: `… REUTERS/Leah Millis`, `(AP Photo/Jane Doe)`, `Jane Doe/Getty Images`.
    private static let creditSuffixes: [String] = [
        "/reuters", "/ap", "/afp", "/getty images", "via getty images", "/shutterstock", "/epa", "/efe", "/pa",
        "/alamy", "/bloomberg", "/the new york times", "/file photo", "/file", "/pool", "/ansa", "/dpa",
        "/xinhua", "/anadolu agency", "/sipa", "/zuma press", "/ap photo", "getty images", "afp via getty images",
    ]
    private static let commentSectionLines: Set<String> = [
        "reader comments", "join the conversation", "join the discussion", "leave a comment", "leave a reply",
        "add a comment", "add your comment", "post a comment", "comments are closed", "show all comments",
        "load more comments", "view all comments", "most liked comments", "what do you think?",
        "have your say", "discussion",
    ]
    private static let commentLines: Set<String> = [
        "reply", "replies", "like", "likes", "report", "flag", "upvote", "downvote", "report abuse", "recommend",
        "load more", "show more replies", "view replies", "sort by", "newest", "oldest", "best", "top comments",
    ]
    private static let navigationPrefixes: [String] = ["home >", "home /", "home »", "home ›", "you are here:"]

    /// Classifies a trimmed line; nil when it is (or may be) article text.
    static func classify(_ line: Substring) -> NoiseLine? {
        // The line is folded once, for the caption rules and the others.
        guard line.utf8.count <= maximumCaptionLength else { return nil }
        let folded = fold(line)
        if let caption = caption(line, folded: folded) { return caption }
        guard line.utf8.count <= maximumNoiseLength else { return nil }
        if advertisementLines.contains(folded) { return .furniture(.advertisement) }
        if relatedLines.contains(folded) || relatedPrefixes.contains(where: folded.hasBytePrefix) {
            return .furniture(.related)
        }
        if widgetLines.contains(folded) || folded.hasPrefix("share this ") || folded.hasPrefix("follow us on ")
            || folded.hasPrefix("follow us at ") || folded.hasPrefix("this article was amended")
        {
            return .furniture(.shareWidget)
        }
        if cookieLines.contains(folded) || cookiePrefixes.contains(where: folded.hasBytePrefix) {
            return .furniture(.cookieNotice)
        }
        if newsletterLines.contains(folded) || newsletterPrefixes.contains(where: folded.hasBytePrefix)
            || (folded.utf8.count <= 120 && newsletterFragments.contains(where: folded.containsBytes))
        {
            return .furniture(.newsletter)
        }
        if isCommentSectionStart(folded) { return .commentSection }
        if commentLines.contains(folded) { return .furniture(.comments) }
        if creditPrefixes.contains(where: folded.hasBytePrefix) || isContributionNote(folded) {
            return .furniture(.credit)
        }
        if navigationPrefixes.contains(where: folded.hasBytePrefix) { return .furniture(.navigation) }
        if let copyright = copyright(line, folded: folded) { return copyright }
        if let agency = wireTagLine(line) { return .wireTag(agency: agency) }
        if let combined = combinedBylineAndDate(line) { return combined }
        if let authors = byline(line) { return .byline(authors: authors, date: nil) }
        if let match = DateLineParser.match(line) { return .dateline(match.date) }
        return nil
    }

    /// A photo caption or credit: a line opening with `Photo:`, `Image caption`, `FILE PHOTO:` …, or
    /// ending with a photographer and agency (`… REUTERS/Leah Millis`, `(AP Photo/Jane Doe)`).
    /// Captions run longer than other furniture, up to ``maximumCaptionLength`` (`classify` checks it).
    private static func caption(_ line: Substring, folded: String) -> NoiseLine? {
        if captionPrefixes.contains(where: folded.hasBytePrefix) { return .furniture(.caption) }
        var ending = Substring(folded)
        while let last = ending.last, ")]. ".contains(last) { ending.removeLast() }
        if creditSuffixes.contains(where: ending.hasByteSuffix) {
            // A bare credit (`Getty Images`) or a caption ending in one.
            return .furniture(line.utf8.count <= 60 && !line.contains(".") ? .credit : .caption)
        }
        return nil
    }

    /// What follows the count in a blog's comments heading: `34 responses to “Title”`, `6 thoughts on “Title”`
    /// (ASCII, so a heading's length in characters is its length in bytes).
    private static let countedCommentHeadings: [String] = [
        " responses to ", " response to ", " thoughts on ", " thought on ", " comments on ", " comments to ",
        " comment on ", " replies to ", " reply to ",
    ]

    /// `12 comments`, `Comments (12)`, `Join the conversation`, `34 responses to “Title”`: the start of the
    /// reader comments.
    private static func isCommentSectionStart(_ folded: String) -> Bool {
        if commentSectionLines.contains(folded) { return true }
        let digits = folded.utf8.prefix { (0x30...0x39).contains($0) }.count
        if digits > 0 {
            // The digits are ASCII, one character each.
            // The post's title follows in quotes, unlike a sentence (`34 responses to the survey came in`).
            let rest = folded.dropFirst(digits)
            for heading in countedCommentHeadings where rest.hasBytePrefix(heading) {
                let title = rest.dropFirst(heading.count)
                return ["“", "\"", "‘", "'", "«", "„"].contains(where: title.hasBytePrefix)
            }
        }
        // The rules below are for two words (folded text has single spaces between words).
        guard folded.utf8.lazy.filter({ $0 == 0x20 }).count == 1 else { return false }
        let words = folded.split(separator: " ")
        if words.count == 2, Int(words[0].filter { $0 != "," }) != nil, words[1] == "comments" || words[1] == "comment"
        {
            return true
        }
        if words.first == "comments" || words.first == "comment", words.count == 2,
            words[1].hasPrefix("("), words[1].dropFirst().dropLast().allSatisfy(\.isNumber)
        {
            return true
        }
        return false
    }

    /// `The Associated Press contributed to this report.`, `Jane Doe contributed reporting.`
    private static func isContributionNote(_ folded: String) -> Bool {
        folded.utf8.count <= 160
            && (folded.hasSuffix("contributed to this report") || folded.hasSuffix("contributed reporting")
                || folded.hasSuffix("contributed to this story") || folded.hasSuffix("contributed to this article"))
    }

    /// `By Jane Doe | Published: 10:32, 8 June 2020 | Updated: 11:02, 8 June 2020` (Daily Mail),
    /// `By Jane Doe · June 8, 2020`: parts that are each a byline or a date line.
    private static func combinedBylineAndDate(_ line: Substring) -> NoiseLine? {
        guard line.utf8.count <= maximumNoiseLength,
            line.utf8.contains(UInt8(ascii: "|")) || line.containsBytes("·") || line.containsBytes("•")
        else { return nil }
        let parts = line.split(whereSeparator: { "|·•".contains($0) }).map {
            Substring($0.trimmingCharacters(in: .whitespaces))
        }.filter { !$0.isEmpty }
        guard parts.count >= 2 else { return nil }
        var authors: [String] = []
        var date: PartialDate?
        var sawByline = false
        for part in parts {
            if let names = byline(part) {
                authors += names
                sawByline = true
            } else if let match = DateLineParser.match(part) {
                if date == nil { date = match.date }
            } else if !bylineRoles.contains(part.lowercased()) && !knownOutlets.contains(part.lowercased()) {
                return nil
            }
        }
        return sawByline ? .byline(authors: authors, date: date) : .dateline(date)
    }

    /// Lower-cased, with outer punctuation and inner runs of blanks folded, for set look-ups.
    static func fold(_ line: Substring) -> String {
        var folded = foldedWords(line)
        while let last = folded.last, ":|»›>•·.!".contains(last) { folded.removeLast() }
        while let first = folded.first, "|»›•·".contains(first) { folded.removeFirst() }
        // The words were joined with single spaces, the only blanks left to trim.
        var trimmed = Substring(folded)
        while trimmed.first == " " { trimmed.removeFirst() }
        while trimmed.last == " " { trimmed.removeLast() }
        return String(trimmed)
    }

    /// The line's words, lower-cased, joined by single spaces; byte by byte for an ASCII line (where
    /// `Character.isWhitespace` is exactly tab to carriage return, and space).
    private static func foldedWords(_ line: Substring) -> String {
        guard line.utf8.allSatisfy({ $0 < 0x80 }) else {
            return line.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.utf8.count)
        var pendingSpace = false
        for byte in line.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            bytes.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func copyright(_ line: Substring, folded: String) -> NoiseLine? {
        let isCopyright =
            line.hasPrefix("©") || folded.hasPrefix("(c)") || folded.hasPrefix("copyright") || folded.hasPrefix("copr.")
            || folded.containsBytes("all rights reserved")
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

    /// The authors' names of a byline: `By Jane Doe`, `By Jane Doe and John Roe, Reuters`,
    /// `By JANE DOE Associated Press` (AP), `By Jane Doe (CNN)`, `By Jane Doe | The Washington Post`,
    /// `Jane Doe, Political Editor` (no `By`, but a newsroom title), `Jane Doe @janedoe`.
    static func byline(_ line: Substring) -> [String]? {
        guard line.utf8.count <= 140 else { return nil }
        var rest: Substring
        if line.hasPrefix("By ") || line.hasPrefix("BY ") || line.hasPrefix("by ") {
            rest = line.dropFirst(3)
        } else if line.hasPrefix("Written by ") || line.hasPrefix("Words by ") || line.hasPrefix("Story by ") {
            rest = line.drop { $0 != " " }.dropFirst().drop { $0 != " " }.dropFirst()
        } else if let names = titledByline(line) {
            return names
        } else if let handle = line.byteRange(of: " @"),
            line[handle.upperBound...].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
            looksLikeName(String(line[..<handle.lowerBound]))
        {
            return [String(line[..<handle.lowerBound])]
        } else {
            return nil
        }
        // `(CNN)`, `| The Washington Post`, a trailing outlet name after the names.
        if let open = rest.firstIndex(of: "(") { rest = rest[..<open] }
        if let bar = rest.firstIndex(where: { "|·•".contains($0) }) { rest = rest[..<bar] }
        var text = rest.trimmingCharacters(in: .whitespaces)
        for outlet in knownOutlets.sorted(by: { $0.count > $1.count }) {
            if text.lowercased().hasSuffix(" " + outlet) {
                text = String(text.dropLast(outlet.count)).trimmingCharacters(in: .whitespaces)
            }
        }
        let parts = text.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " AND ", with: ",")
            .replacingOccurrences(of: " & ", with: ",").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let first = parts.first, looksLikeName(first) else { return nil }
        return parts.filter(looksLikeName).filter { !bylineRoles.contains($0.lowercased()) }.map(titleCasedIfShouting)
    }

    /// `Jane Doe, Political Editor` or `Jane Doe, Staff Writer`: a name then a newsroom title.
    private static func titledByline(_ line: Substring) -> [String]? {
        guard let comma = line.firstIndex(of: ","), line.utf8.count <= 80 else { return nil }
        let name = line[..<comma].trimmingCharacters(in: .whitespaces)
        let title = line[line.index(after: comma)...].trimmingCharacters(in: .whitespaces).lowercased()
        let titleWords = title.split(separator: " ")
        guard looksLikeName(name), !titleWords.isEmpty, titleWords.count <= 4,
            titleWords.contains(where: { newsroomTitles.contains(String($0)) }) || bylineRoles.contains(title)
        else { return nil }
        return [titledCasedIfShoutingName(name)]
    }

    private static func titledCasedIfShoutingName(_ name: String) -> String { titleCasedIfShouting(name) }

    /// `JANE DOE` → `Jane Doe`; other names as written.
    private static func titleCasedIfShouting(_ name: String) -> String {
        guard name.contains(where: \.isLetter), !name.contains(where: \.isLowercase) else { return name }
        return name.split(separator: " ").map { word in
            word.prefix(1) + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    static let bylineRoles: Set<String> = [
        "staff writer", "staff writers", "staff reporter", "correspondent", "senior correspondent",
        "contributing writer", "editor", "associated press", "reuters", "bloomberg", "the associated press",
        "ap", "afp", "cnn", "bbc news", "staff", "for the associated press", "special to the post",
    ]
    private static let newsroomTitles: Set<String> = [
        "editor", "correspondent", "reporter", "writer", "columnist", "staff", "contributor", "analyst", "critic",
        "producer", "journalist", "chief", "bureau",
    ]
    /// Outlet names that follow the authors in bylines.
    static let knownOutlets: Set<String> = [
        "associated press", "the associated press", "reuters", "afp", "bloomberg", "bloomberg news", "cnn",
        "the washington post", "the new york times", "usa today", "the guardian", "bbc news", "ap",
        "npr", "al jazeera", "the hill", "politico", "axios",
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

/// A wire or dateline prefix at the start of a paragraph, in the styles of the wires and papers:
/// `(Bloomberg) -- `, `WASHINGTON (Reuters) - `, `NEW YORK, June 8 (AP) — `, `PARIS (AFP) - `,
/// `KYIV, Ukraine (AP) — `, `WASHINGTON/LONDON (Reuters) - `, `BERLIN (dpa) - `, `(CNN)The …`,
/// `MOSCOW, June 8. /TASS/. `, and the papers' own datelines without an agency: `WASHINGTON — `,
/// `NEW DELHI: `.
struct WirePrefix: Equatable {
    /// UTF-8 length of the prefix, including the dash and the blanks after it.
    var length: Int
    /// The agency named in the tag; nil for a paper's own dateline (`WASHINGTON — `).
    var agency: String?
    /// The dateline's place, in the case written ("WASHINGTON").
    var place: String?
    /// The dateline's month and day, when given.
    var monthDay: (month: Int, day: Int)?

    static func == (lhs: WirePrefix, rhs: WirePrefix) -> Bool {
        lhs.length == rhs.length && lhs.agency == rhs.agency && lhs.place == rhs.place
            && lhs.monthDay?.month == rhs.monthDay?.month && lhs.monthDay?.day == rhs.monthDay?.day
    }

    private static let dashes: [String] = ["---", "--", "—", "–", "-"]
    /// Agencies whose tag is written in lower case.
    private static let lowerCaseAgencies: Set<String> = ["dpa", "dpa-AFX", "efe", "ots", "sda", "apa"]
    /// Agencies that glue their tag to the text (`(CNN)The …`).
    private static let gluedAgencies: Set<String> = ["CNN", "CNN Business", "Reuters", "AP", "AFP"]
    /// All-caps words that open a paragraph without being a place.
    private static let notPlaces: Set<String> = [
        "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "ANALYSIS", "OPINION", "EDITORIAL",
        "CORRECTION", "NOTE", "EDITOR'S NOTE", "FILE", "FILE PHOTO", "PHOTO", "VIDEO", "WARNING", "ALERT", "URGENT",
        "FLASH", "NEW", "OK", "US", "UK", "EU", "UN", "NATO", "FBI", "CIA", "TV", "COVID",
    ]

    static func match(_ line: Substring) -> WirePrefix? {
        if let tass = tassStyle(line) { return tass }
        guard let open = line.prefix(80).firstIndex(of: "("), let close = line[open...].firstIndex(of: ")") else {
            return ownDateline(line)
        }
        let agency = line[line.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        guard !agency.isEmpty, agency.count <= 40,
            agency.first?.isUppercase == true || lowerCaseAgencies.contains(agency),
            agency.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." || $0 == "&" || $0 == "-" || $0 == "'" })
        else { return ownDateline(line) }
        let before = line[..<open].trimmingCharacters(in: .whitespaces)
        guard let (place, monthDay) = placeAndDate(before) else { return ownDateline(line) }
        var rest = line[line.index(after: close)...].drop { $0 == " " }
        if let dash = dashes.first(where: { rest.hasPrefix($0) }) {
            rest = rest.dropFirst(dash.count)
            let afterBlanks = rest.drop { $0 == " " || $0 == "\u{00A0}" }
            // The tag must end the line or be followed by a blank before the text.
            guard afterBlanks.isEmpty || afterBlanks.startIndex != rest.startIndex else { return nil }
            let length = line.utf8.distance(from: line.startIndex, to: afterBlanks.startIndex)
            return WirePrefix(length: length, agency: agency, place: place, monthDay: monthDay)
        }
        // `(CNN)The …`: a known agency's tag glued to the first word, with no dash.
        let glued = line[line.index(after: close)...]
        if gluedAgencies.contains(agency), before.isEmpty || place != nil,
            glued.first.map({ $0.isUppercase || $0 == "\"" || $0 == "“" }) == true
        {
            let length = line.utf8.distance(from: line.startIndex, to: glued.startIndex)
            return WirePrefix(length: length, agency: agency, place: place, monthDay: monthDay)
        }
        return nil
    }

    /// The place (upper case up to the first comma, then capitalized words such as a state or
    /// country: `KYIV, Ukraine`, `NEW YORK, N.Y.`) and an optional `, Month Day` before a tag.
    private static func placeAndDate(_ before: String) -> (String?, (Int, Int)?)? {
        guard !before.isEmpty else { return (nil, nil) }
        var placePart = Substring(before)
        var monthDay: (Int, Int)?
        if let comma = before.lastIndex(of: ",") {
            let datePart = before[before.index(after: comma)...].split(separator: " ")
            if datePart.count == 2, let month = DateLineParser.months[datePart[0].lowercased().trimmingSuffix(".")],
                let day = Int(datePart[1].filter(\.isNumber)), (1...31).contains(day)
            {
                monthDay = (month, day)
                placePart = before[..<comma]
            }
        } else {
            // `June 8 (Reuters) -`: a date without a place.
            let words = before.split(separator: " ")
            if words.count == 2, let month = DateLineParser.months[words[0].lowercased().trimmingSuffix(".")],
                let day = Int(words[1]), (1...31).contains(day)
            {
                return (nil, (month, day))
            }
        }
        let head = placePart.split(separator: ",", maxSplits: 1).first ?? placePart
        let letters = head.filter(\.isLetter)
        guard !letters.isEmpty, letters.allSatisfy(\.isUppercase),
            placePart.allSatisfy({
                $0.isLetter || $0 == " " || $0 == "," || $0 == "." || $0 == "-" || $0 == "'" || $0 == "/"
            })
        else { return nil }
        // After the first comma: capitalized words only (`Ukraine`, `N.Y.`, `Calif.`).
        let tail = placePart.dropFirst(head.count).split(separator: " ").map { $0.filter { $0 != "," } }
        guard tail.allSatisfy({ $0.isEmpty || $0.first!.isUppercase }) else { return nil }
        return (placePart.trimmingCharacters(in: CharacterSet(charactersIn: " ,")), monthDay)
    }

    /// `MOSCOW, June 8. /TASS/. `: TASS's style.
    private static func tassStyle(_ line: Substring) -> WirePrefix? {
        guard let tag = line.prefix(80).byteRange(of: "/TASS/.") else { return nil }
        var before = line[..<tag.lowerBound].trimmingCharacters(in: .whitespaces)
        if before.hasSuffix(".") { before.removeLast() }
        guard let (place, monthDay) = placeAndDate(before), place != nil || monthDay != nil else { return nil }
        let rest = line[tag.upperBound...].drop { $0 == " " }
        return WirePrefix(
            length: line.utf8.distance(from: line.startIndex, to: rest.startIndex), agency: "TASS", place: place,
            monthDay: monthDay)
    }

    /// A paper's own dateline: an upper-case place, then a dash or a colon (`WASHINGTON — `,
    /// `NEW DELHI: `, `SAN FRANCISCO, Calif. — `).
    private static func ownDateline(_ line: Substring) -> WirePrefix? {
        let window = line.prefix(60)
        var separator: Range<Substring.Index>?
        for mark in [" — ", " – ", " -- ", ": "] {
            if let found = window.byteRange(of: mark), separator.map({ found.lowerBound < $0.lowerBound }) ?? true {
                separator = found
            }
        }
        guard let separator else { return nil }
        let before = line[..<separator.lowerBound].trimmingCharacters(in: .whitespaces)
        let head = before.split(separator: ",").first.map(String.init) ?? before
        guard head.filter(\.isLetter).count >= 3, !notPlaces.contains(head),
            !before.contains(where: \.isNumber), let (place, monthDay) = placeAndDate(before), let place
        else { return nil }
        let rest = line[separator.upperBound...]
        guard rest.first.map({ $0.isUppercase || $0 == "\"" || $0 == "“" || $0.isNumber }) == true else {
            return nil
        }
        return WirePrefix(
            length: line.utf8.distance(from: line.startIndex, to: rest.startIndex), agency: nil, place: place,
            monthDay: monthDay)
    }
}

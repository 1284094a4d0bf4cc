import AnnotationModel

/// Recognises lines that only give a publication date or time, in the styles newsrooms print them,
/// and reads the date from them:
///
/// - `Friday, July 21, 2017` · `Updated 3:04 PM ET, Mon June 8, 2020` (CNN) · `2020-06-08`
/// - `Mon 8 Jun 2020 15.04 BST` · `First published on Mon 8 Jun 2020 15.04 BST` (The Guardian)
/// - `Published: 10:32, 8 June 2020 | Updated: 11:02, 8 June 2020` (Daily Mail; the first date wins)
/// - `June 8, 2020 / 3:04 PM / Updated 2 hours ago` (Reuters) · `Posted: Jun 8, 2020 3:04 PM ET | Last Updated: June 8`
/// - `2020-06-08T15:04:00Z` · `8 hours ago` · `Just now` (a timestamp without a date)
/// - `06/08/2020` (month and day ambiguous: only the year is kept unless one part exceeds 12)
enum DateLineParser {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    private static let weekdays: Set<String> = [
        "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
        "friday", "fri", "saturday", "sat", "sunday", "sun",
    ]
    /// Words allowed around a date on a date-only line.
    private static let fillers: Set<String> = [
        "updated", "update", "published", "posted", "last", "first", "modified", "on", "at", "am", "pm", "a.m",
        "p.m", "the", "of", "date", "time", "created", "originally", "issued", "and",
    ]
    private static let timeZones: Set<String> = [
        "et", "edt", "est", "ct", "cdt", "cst", "mt", "mdt", "mst", "pt", "pdt", "pst", "akst", "akdt", "hst", "ast",
        "adt", "gmt", "utc", "z", "bst", "cet", "cest", "eet", "eest", "wet", "west", "msk", "ist", "pkt", "jst",
        "kst", "hkt", "sgt", "pht", "wib", "aest", "aedt", "acst", "awst", "nzst", "nzdt", "sast", "cat", "eat",
        "wat", "brt", "art",
    ]
    private static let relativeUnits: Set<String> = [
        "ago", "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "just", "now", "yesterday", "today",
        "h", "m", "d",
    ]

    /// A line that holds nothing but a date, a time and the usual words around them.
    struct Match {
        /// The date, when the line gives at least its year.
        var date: PartialDate?
    }

    /// Matches a date-only line; nil for any other line.
    static func match(_ line: Substring) -> Match? {
        guard line.utf8.count <= 120 else { return nil }
        let words = line.split { !($0.isLetter || $0.isNumber || $0 == ":" || $0 == "." || $0 == "-" || $0 == "/") }
            .map { $0.lowercased().trimmingSuffix(":").trimmingSuffix(".") }
            .filter { !$0.isEmpty && $0 != "/" && $0 != "-" }
        guard !words.isEmpty else { return nil }
        var year: Int?
        var month: Int?
        var day: Int?
        /// Once a full date was read, later dates ("| Updated: …") are only checked, not used.
        var complete: Bool { year != nil && month != nil && day != nil }
        var sawDatePart = false
        var sawRelative = false
        for (position, word) in words.enumerated() {
            // Dates, clock times and numbers need a digit (or a numeral beyond ASCII).
            let mayHoldNumber = word.utf8.contains { $0 >= 0x80 || (0x30...0x39).contains($0) }
            let nextIsUnit = position + 1 < words.count && relativeUnits.contains(words[position + 1])
            if let number = Int(word) {
                if nextIsUnit || (number <= 59 && sawRelative) {
                    sawRelative = true
                    continue
                }
                if number >= 1000 && number <= 9999 {
                    if year == nil { year = number }
                } else if number >= 1 && number <= 31 {
                    if day == nil && !complete { day = number } else if !complete { return nil }
                } else {
                    return nil
                }
                sawDatePart = true
            } else if let value = months[word] {
                if month == nil { month = value } else if !complete { return nil }
                sawDatePart = true
            } else if mayHoldNumber, let iso = isoDate(word) ?? slashDate(word) {
                if !complete && year == nil && month == nil && day == nil { (year, month, day) = iso }
                sawDatePart = true
            } else if weekdays.contains(word) || fillers.contains(word) || timeZones.contains(word)
                || (mayHoldNumber && isClockTime(word))
            {
                continue
            } else if relativeUnits.contains(word) {
                sawRelative = true
            } else {
                return nil
            }
        }
        if !sawDatePart { return sawRelative ? Match(date: nil) : nil }
        // A month alone ("May") is a word, not a date line.
        guard year != nil || (month != nil && day != nil) else { return nil }
        guard let year else { return Match(date: nil) }
        return Match(date: PartialDate(year: year, month: month, day: month == nil ? nil : day))
    }

    /// `2020-06-08`, `2020-06`, `2020-06-08T15:04:00Z`.
    private static func isoDate(_ word: String) -> (Int?, Int?, Int?)? {
        let datePart = word.split(separator: "t", maxSplits: 1).first.map(String.init) ?? word
        let parts = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4, let year = Int(parts[0]),
            let month = Int(parts[1]), parts[1].count == 2
        else { return nil }
        if parts.count == 3 {
            guard parts[2].count == 2, let day = Int(parts[2]) else { return nil }
            return (year, month, day)
        }
        return (year, month, nil)
    }

    /// `06/08/2020`: the year, and month and day only when one of them exceeds 12 (otherwise the
    /// order — American or European — is unknown).
    private static func slashDate(_ word: String) -> (Int?, Int?, Int?)? {
        let parts = word.split(separator: "/")
        guard parts.count == 3, parts[2].count == 4, let year = Int(parts[2]), let first = Int(parts[0]),
            let second = Int(parts[1]), parts[0].count <= 2, parts[1].count <= 2
        else { return nil }
        if first > 12 && second <= 12 { return (year, second, first) }
        if second > 12 && first <= 12 { return (year, first, second) }
        return (year, nil, nil)
    }

    /// `3:04`, `15:04:00`, `15.04` (The Guardian), `3:04pm`, `6am`.
    private static func isClockTime(_ word: String) -> Bool {
        var word = Substring(word)
        for suffix in ["a.m", "p.m", "am", "pm", "h"] where word.hasSuffix(suffix) && word.count > suffix.count {
            word = word.dropLast(suffix.count)
            if word.allSatisfy(\.isNumber) && word.count <= 2 { return true }
            break
        }
        let separator: Character = word.contains(":") ? ":" : "."
        let parts = word.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return false }
        guard (1...2).contains(parts[0].count), parts.dropFirst().allSatisfy({ $0.count == 2 }) else { return false }
        return parts.allSatisfy { part in part.allSatisfy(\.isASCII) && Int(part) != nil }
            && Int(parts[0])! <= 24 && Int(parts[1])! <= 59
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) && count > suffix.count ? String(dropLast(suffix.count)) : self
    }
}

extension PartialDate {
    /// A date read from text as newsrooms and feeds write it (`2020-06-08`, `2020-06-08T15:04:00Z`,
    /// `June 8, 2020`, `Mon 8 Jun 2020 15.04 BST`); nil when the text is not a date.
    public static func parse(_ text: String) -> PartialDate? {
        DateLineParser.match(Substring(text))?.date
    }
}

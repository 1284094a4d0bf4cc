import AnnotationModel

/// Recognises lines that only give a publication date or time ("Friday, July 21, 2017",
/// "Updated 3:04 PM ET, Mon June 8, 2020", "2020-06-08") and reads the date from them.
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
        "updated", "published", "posted", "last", "first", "modified", "on", "at", "am", "pm", "a.m", "p.m", "et",
        "edt", "est", "ct", "cdt", "cst", "pt", "pdt", "pst", "gmt", "utc", "bst", "cet", "cest", "z", "the", "of",
    ]

    /// A line that holds nothing but a date, a time and the usual words around them.
    struct Match {
        /// The date, when the line gives at least its year.
        var date: PartialDate?
    }

    /// Matches a date-only line; nil for any other line.
    static func match(_ line: Substring) -> Match? {
        guard line.utf8.count <= 100 else { return nil }
        let words = line.split { !($0.isLetter || $0.isNumber || $0 == ":" || $0 == "." || $0 == "-") }
        guard !words.isEmpty else { return nil }
        var year: Int?
        var month: Int?
        var day: Int?
        var sawDatePart = false
        for rawWord in words {
            let word = rawWord.lowercased().trimmingSuffix(".")
            if let number = Int(word) {
                if number >= 1000 && number <= 9999 && year == nil {
                    year = number
                } else if number >= 1 && number <= 31 && day == nil {
                    day = number
                } else {
                    return nil
                }
                sawDatePart = true
            } else if let value = months[word] {
                guard month == nil else { return nil }
                month = value
                sawDatePart = true
            } else if let iso = isoDate(word) {
                (year, month, day) = (iso.year, iso.month, iso.day)
                sawDatePart = true
            } else if weekdays.contains(word) || fillers.contains(word) || isClockTime(word) {
                continue
            } else {
                return nil
            }
        }
        guard sawDatePart, year != nil || month != nil else { return nil }
        // A month alone ("May") is a word, not a date line.
        guard year != nil || day != nil else { return nil }
        guard let year else { return Match(date: nil) }
        return Match(date: PartialDate(year: year, month: month, day: month == nil ? nil : day))
    }

    private static func isoDate(_ word: String) -> (year: Int, month: Int, day: Int?)? {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4, let year = Int(parts[0]),
            let month = Int(parts[1]), parts[1].count == 2
        else { return nil }
        if parts.count == 3 {
            guard parts[2].count == 2, let day = Int(parts[2]) else { return nil }
            return (year, month, day)
        }
        return (year, month, nil)
    }

    private static func isClockTime(_ word: String) -> Bool {
        let parts = word.split(separator: ":")
        guard parts.count == 2 || parts.count == 3 else { return false }
        return parts.allSatisfy { part in
            part.count <= 2 && part.allSatisfy(\.isASCII) && Int(part) != nil
        }
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) && count > suffix.count ? String(dropLast(suffix.count)) : self
    }
}

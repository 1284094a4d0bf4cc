import AnnotationModel

/// Abbreviations whose final period belongs to the word, and which of them never end a sentence.
public enum Abbreviations {
    /// Abbreviations that precede what they belong to (a name, a number, a date): never sentence-final.
    static let leading: Set<String> = [
        "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "lt",
        "col", "capt", "cpt", "sgt", "maj", "adm", "cmdr", "cdr", "brig", "pvt", "cpl", "rev", "fr", "hon", "pres",
        "supt", "insp", "det", "st", "mt", "ft", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "no", "nos", "vs", "v", "fig", "figs", "vol", "vols", "ch", "p", "pp", "art", "sec",
    ]
    /// Abbreviations that may also end a sentence ("… deal with the U.S. The President …").
    static let trailing: Set<String> = [
        "inc", "corp", "co", "ltd", "llc", "plc", "bros", "jr", "sr", "esq", "phd", "etc", "al", "approx", "dept",
        "univ", "assn", "ave", "blvd", "rd", "hwy", "ca",
    ]

    /// Whether the period after the word at `word` belongs to it: after inner periods (`U.S`), single
    /// letters (initials) and known abbreviations. `No.` only counts before a number.
    static func keepsPeriod(
        _ bytes: UnsafeBufferPointer<UInt8>, _ word: TextSpan, hasInnerPeriod: Bool, lastIsLetter: Bool,
        followedBy next: UInt8?, afterThat: UInt8?
    ) -> Bool {
        // "U.S.", "e.g.", but not "3.5." at the end of a sentence.
        if hasInnerPeriod { return lastIsLetter }
        if word.length == 1 { return isUppercaseLetter(bytes[word.start]) }
        guard word.length <= 7, let lowered = lowercasedASCII(bytes, word) else { return false }
        if lowered == "no" || lowered == "nos" {
            // "No. 5" but not "said no."
            let digit = next == UInt8(ascii: " ") ? afterThat : next
            return digit.map { $0 >= 0x30 && $0 <= 0x39 } ?? false
        }
        return leading.contains(lowered) || trailing.contains(lowered)
    }

    /// True when the token at `span` (period included) is an abbreviation that never ends a sentence.
    static func isLeading(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> Bool {
        guard span.length >= 2 else { return false }
        let stem = TextSpan(span.start, span.end - 1)
        if stem.length == 1 { return isUppercaseLetter(bytes[stem.start]) }
        guard let lowered = lowercasedASCII(bytes, stem) else { return false }
        return leading.contains(lowered)
    }

    static func lowercasedASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> String? {
        var result = ""
        result.reserveCapacity(span.length)
        for index in span.start..<span.end {
            let byte = bytes[index]
            guard byte < 0x80 else { return nil }
            result.unicodeScalars.append(Unicode.Scalar(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte))
        }
        return result
    }

    static func isUppercaseLetter(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
}

/// Endings split off words as tokens of their own, as English treebanks do.
enum Clitics {
    /// Where the clitic starts in `word`, or nil: `’s`, `'s`, `n't`, `'re`, `'ve`, `'ll`, `'d`, `'m`
    /// (straight or curly apostrophe), only after a stem of at least one letter.
    static func start(in bytes: UnsafeBufferPointer<UInt8>, _ word: TextSpan) -> Int? {
        // Apostrophe forms: ' is 1 byte, ’ (E2 80 99) is 3.
        func apostrophe(endingAt position: Int) -> Int? {
            if position - 1 >= word.start, bytes[position - 1] == UInt8(ascii: "'") { return position - 1 }
            if position - 3 >= word.start, bytes[position - 3] == 0xE2, bytes[position - 2] == 0x80,
                bytes[position - 1] == 0x99
            {
                return position - 3
            }
            return nil
        }
        func lowered(_ index: Int) -> UInt8 { bytes[index] | 0x20 }
        let end = word.end
        // Two-letter endings: 're 've 'll
        if end - word.start >= 4 {
            let pair = (lowered(end - 2), lowered(end - 1))
            if pair == (UInt8(ascii: "r"), UInt8(ascii: "e")) || pair == (UInt8(ascii: "v"), UInt8(ascii: "e"))
                || pair == (UInt8(ascii: "l"), UInt8(ascii: "l")), let mark = apostrophe(endingAt: end - 2),
                mark > word.start
            {
                return mark
            }
        }
        // One-letter endings: 's 'd 'm
        if end - word.start >= 3 {
            let letter = lowered(end - 1)
            if letter == UInt8(ascii: "s") || letter == UInt8(ascii: "d") || letter == UInt8(ascii: "m"),
                let mark = apostrophe(endingAt: end - 1), mark > word.start
            {
                return mark
            }
        }
        // n't
        if end - word.start >= 4, lowered(end - 1) == UInt8(ascii: "t"), let mark = apostrophe(endingAt: end - 1),
            mark - 1 > word.start, lowered(mark - 1) == UInt8(ascii: "n")
        {
            return mark - 1
        }
        return nil
    }
}

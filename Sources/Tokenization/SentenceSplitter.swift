import AnnotationModel

/// Decides where sentences end inside one block.
///
/// A sentence ends after `.`, `!`, `?` or `…` (with any closing quotation marks and brackets after
/// it) when what follows starts a sentence: a capital letter, a digit, an opening quotation mark or
/// bracket, or the end of the block. Abbreviations that precede a name or number (`Mr.`, `Gen.`,
/// `Jan.`, `No.`) and initials never end a sentence; other abbreviations (`U.S.`, `Inc.`, `L.P.`) end
/// one only when the next word is a typical sentence opener ("The", "He", "But", …).
enum SentenceSplitter {
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my",
        "this", "that", "these", "those", "there", "here", "but", "and", "or", "so", "yet", "if", "when", "while",
        "after", "before", "as", "at", "in", "on", "by", "for", "from", "with", "without", "since", "although",
        "though", "because", "however", "meanwhile", "also", "still", "some", "many", "most", "several", "no",
        "not", "what", "who", "why", "how", "where", "which", "then", "now", "today", "yesterday", "later",
        "earlier", "according", "despite", "during", "under", "over", "among", "both", "each", "every", "all",
        "one", "two", "three", "last", "next", "officials", "critics", "analysts", "police",
    ]

    static func split(
        _ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], range: Range<Int>, block: Int,
        into sentences: inout [Sentence]
    ) {
        guard !range.isEmpty else { return }
        var sentenceStart = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            var last = index
            if endsSentence(bytes, tokens, index, range) {
                // Closing quotation marks and brackets stay with the sentence they close.
                while last + 1 < range.upperBound, isClosing(bytes, tokens, last + 1) { last += 1 }
                if last + 1 < range.upperBound && !startsSentence(bytes, tokens, last + 1, afterAbbreviation: false)
                    && !isAbbreviation(bytes, tokens[index])
                {
                    index += 1
                    continue
                }
                append(tokens, sentenceStart...last, block: block, into: &sentences)
                sentenceStart = last + 1
            }
            index = last + 1
        }
        if sentenceStart < range.upperBound {
            append(tokens, sentenceStart...(range.upperBound - 1), block: block, into: &sentences)
        }
    }

    private static func append(
        _ tokens: [Token], _ range: ClosedRange<Int>, block: Int, into sentences: inout [Sentence]
    ) {
        sentences.append(
            Sentence(
                span: TextSpan(tokens[range.lowerBound].span.start, tokens[range.upperBound].span.end),
                tokens: range.lowerBound..<(range.upperBound + 1), block: block))
    }

    /// Whether the token at `index` can end a sentence here.
    private static func endsSentence(
        _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ index: Int, _ range: Range<Int>
    ) -> Bool {
        let token = tokens[index]
        let first = bytes[token.span.start]
        if token.kind == .punctuation {
            // . ! ? … and runs of them
            let isFinal =
                first == UInt8(ascii: ".") || first == UInt8(ascii: "!") || first == UInt8(ascii: "?")
                || (first == 0xE2 && token.span.length == 3 && bytes[token.span.start + 2] == 0xA6)
            return isFinal
        }
        guard isAbbreviation(bytes, token) else { return false }
        if Abbreviations.isLeading(bytes, token.span) { return false }
        // A trailing abbreviation ends the sentence only before a typical opener.
        var next = index + 1
        while next < range.upperBound, isClosing(bytes, tokens, next) { next += 1 }
        guard next < range.upperBound else { return true }
        return startsSentence(bytes, tokens, next, afterAbbreviation: true)
    }

    private static func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        token.kind == .word && token.span.length >= 2 && bytes[token.span.end - 1] == UInt8(ascii: ".")
    }

    /// After a plain period any capitalised word, digit or opening mark starts a sentence; after an
    /// abbreviation only a sentence opener or an opening quotation mark does.
    private static func startsSentence(
        _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ index: Int, afterAbbreviation: Bool
    ) -> Bool {
        let token = tokens[index]
        let first = bytes[token.span.start]
        switch token.kind {
        case .word:
            guard first >= 0x80 || Abbreviations.isUppercaseLetter(first) else { return false }
            guard afterAbbreviation else { return true }
            guard let lowered = Abbreviations.lowercasedASCII(bytes, token.span) else { return false }
            return sentenceOpeners.contains(lowered)
        case .number:
            return !afterAbbreviation
        case .punctuation, .symbol:
            let scalar = ScalarClassifier.classify(bytes, at: token.span.start)
            let opens =
                scalar.scalarClass == .openingQuote || first == UInt8(ascii: "(") || first == UInt8(ascii: "[")
                || first == UInt8(ascii: "-") || (first == 0xE2 && bytes[token.span.start + 1] == 0x80)  // dashes
            return opens && (afterAbbreviation ? scalar.scalarClass == .openingQuote : true)
        }
    }

    /// Closing quotation marks and brackets (a straight `"` closes when glued to the preceding token).
    private static func isClosing(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .punctuation else { return false }
        let scalar = ScalarClassifier.classify(bytes, at: token.span.start)
        switch scalar.value {
        case 0x29, 0x5D, 0x201D, 0x2019, 0xBB: return true  // ) ] ” ’ »
        case 0x22, 0x27:
            return index > 0 && tokens[index - 1].span.end == token.span.start && !tokens[index - 1].spaceAfter
        default: return false
        }
    }
}

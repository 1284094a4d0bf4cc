import AnnotationModel

/// Splits an article's blocks into tokens and sentences, with offsets into the article text.
///
/// Tokens follow the conventions of English treebanks (and of the gold data): punctuation, quotation
/// marks and hyphens between words are tokens of their own; possessive and contracted endings
/// (`’s`, `n't`, `'re`, …) are split off; abbreviations (`U.S.`, `L.P.`, `Mr.`, `Jan.`), initials and
/// decimal or grouped numbers (`3.5`, `1,000`, `3:04`) stay whole. See ``SentenceSplitter`` for where
/// sentences end. It works on UTF-8 bytes and allocates only its output.
public struct Tokenizer: Sendable {
    public init() {}

    /// Tokens and sentences of every block of `article`.
    public func segment(_ article: Article) -> Segmentation {
        var tokens: [Token] = []
        tokens.reserveCapacity(article.text.utf8.count / 5)
        var sentences: [Sentence] = []
        var text = article.text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { bytes in
            for (blockIndex, block) in article.blocks.enumerated() {
                let first = tokens.count
                tokenize(bytes, block.span, into: &tokens)
                SentenceSplitter.split(
                    bytes, tokens: tokens, range: first..<tokens.count, block: blockIndex, into: &sentences)
            }
        }
        return Segmentation(tokens: tokens, sentences: sentences)
    }

    /// Appends the tokens of `span` to `tokens`.
    func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TextSpan, into tokens: inout [Token]) {
        var index = span.start
        let end = span.end
        while index < end {
            let scalar = ScalarClassifier.classify(bytes, at: index)
            if scalar.scalarClass == .space {
                if let last = tokens.indices.last, tokens[last].span.end == index { tokens[last].spaceAfter = true }
                index += scalar.length
                continue
            }
            let next: Int
            switch scalar.scalarClass {
            case .letter, .digit:
                next = scanWord(bytes, from: index, end: end, into: &tokens)
            case .period, .hyphen, .sentenceFinal, .ellipsis:
                // Runs of the same mark ("...", "--", "?!") are one token.
                var stop = index + scalar.length
                while stop < end {
                    let following = ScalarClassifier.classify(bytes, at: stop)
                    let sameRun =
                        following.scalarClass == scalar.scalarClass
                        || (scalar.scalarClass == .sentenceFinal && following.scalarClass == .sentenceFinal)
                    guard sameRun else { break }
                    stop += following.length
                }
                tokens.append(Token(span: TextSpan(index, stop), kind: .punctuation, spaceAfter: false))
                next = stop
            case .symbol:
                tokens.append(Token(span: TextSpan(index, index + scalar.length), kind: .symbol, spaceAfter: false))
                next = index + scalar.length
            default:
                tokens.append(
                    Token(span: TextSpan(index, index + scalar.length), kind: .punctuation, spaceAfter: false))
                next = index + scalar.length
            }
            index = next
        }
        if let last = tokens.indices.last, tokens[last].span.end <= end { tokens[last].spaceAfter = true }
    }

    /// Scans a word or number starting at `start`, appends it (split into stem and clitic when it has one)
    /// and returns where scanning continues.
    private func scanWord(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, into tokens: inout [Token]
    ) -> Int {
        if let urlEnd = scanURL(bytes, from: start, end: end) {
            tokens.append(Token(span: TextSpan(start, urlEnd), kind: .symbol, spaceAfter: false))
            return urlEnd
        }
        var index = start
        var previous = ScalarClass.space
        var previousValue: UInt32 = 0
        var hasLetter = false
        var hasInnerPeriod = false
        while index < end {
            let scalar = ScalarClassifier.classify(bytes, at: index)
            var include = false
            switch scalar.scalarClass {
            case .letter:
                include = true
                hasLetter = true
            case .digit:
                include = true
            case .apostrophe, .period, .ampersand, .punctuation:
                // Inner marks: O'Brien, U.S, 3.5, AT&T, 1,000, 3:04.
                let after = index + scalar.length
                guard after < end else { break }
                let following = ScalarClassifier.classify(bytes, at: after)
                switch scalar.scalarClass {
                case .apostrophe:
                    include = previous == .letter && following.scalarClass == .letter
                case .period:
                    include =
                        (previous == .letter || previous == .digit)
                        && (following.scalarClass == .letter || following.scalarClass == .digit)
                        && !(previous == .digit && following.scalarClass == .letter)
                    if include { hasInnerPeriod = true }
                case .ampersand:
                    include =
                        previous == .letter && isUppercaseASCII(previousValue) && following.scalarClass == .letter
                        && isUppercaseASCII(following.value)
                default:
                    let mark = scalar.value
                    include =
                        (mark == 0x2C || mark == 0x3A) && previous == .digit && following.scalarClass == .digit
                }
            default:
                break
            }
            guard include else { break }
            previous = scalar.scalarClass
            previousValue = scalar.value
            index += scalar.length
        }
        var wordEnd = index
        // A final period belongs to abbreviations and initials.
        if wordEnd < end, bytes[wordEnd] == UInt8(ascii: "."),
            Abbreviations.keepsPeriod(
                bytes, TextSpan(start, wordEnd), hasInnerPeriod: hasInnerPeriod, lastIsLetter: previous == .letter,
                followedBy: wordEnd + 1 < end ? bytes[wordEnd + 1] : nil,
                afterThat: wordEnd + 2 < end ? bytes[wordEnd + 2] : nil)
        {
            wordEnd += 1
        }
        let kind: Token.Kind = hasLetter ? .word : .number
        if kind == .word, let cliticStart = Clitics.start(in: bytes, TextSpan(start, wordEnd)) {
            tokens.append(Token(span: TextSpan(start, cliticStart), kind: .word, spaceAfter: false))
            tokens.append(Token(span: TextSpan(cliticStart, wordEnd), kind: .word, spaceAfter: false))
        } else {
            tokens.append(Token(span: TextSpan(start, wordEnd), kind: kind, spaceAfter: false))
        }
        return wordEnd
    }

    /// The end of a URL (`http://…`, `https://…`, `www.…`) starting at `start`, or nil.
    private func scanURL(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
        func hasPrefix(_ prefix: StaticString) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard start + count <= end else { return false }
            return (0..<count).allSatisfy { offset in
                let byte = bytes[start + offset]
                let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                return lowered == prefix.utf8Start[offset]
            }
        }
        guard hasPrefix("http://") || hasPrefix("https://") || hasPrefix("www.") else { return nil }
        var index = start
        while index < end, bytes[index] > 0x20, bytes[index] != UInt8(ascii: "\""), bytes[index] < 0x80 {
            index += 1
        }
        // Trailing sentence punctuation is not part of the URL.
        while index > start, let last = Optional(bytes[index - 1]), ".,;:!?)'".utf8.contains(last) { index -= 1 }
        return index
    }

    @inline(__always)
    private func isUppercaseASCII(_ value: UInt32) -> Bool { value >= 0x41 && value <= 0x5A }
}

import AnnotationModel

/// A typed name found by a tagger, before the register merges mentions into entities.
public struct NameSpan: Hashable, Sendable {
    public var span: TextSpan
    public var type: EntityType
    public var confidence: Double

    public init(span: TextSpan, type: EntityType, confidence: Double) {
        self.span = span
        self.type = type
        self.confidence = confidence
    }
}

/// The tokens of an article with the helpers taggers share.
struct TokenView {
    let text: String
    let tokens: [Token]

    func string(_ index: Int) -> Substring { text[tokens[index].span] }

    /// The surface form of tokens `range`, blanks between them folded to one space.
    func surface(_ range: Range<Int>) -> String {
        var result = ""
        for index in range {
            result += string(index)
            if index + 1 < range.upperBound && tokens[index].spaceAfter { result += " " }
        }
        return result
    }

    func isCapitalized(_ index: Int) -> Bool {
        guard tokens[index].kind == .word, tokens[index].span.length > 0 else { return false }
        // An ASCII first character is upper case when it is A-Z (Unicode agrees); others ask Unicode.
        let utf8 = text.utf8
        let byte = utf8[utf8.index(utf8.startIndex, offsetBy: tokens[index].span.start)]
        if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
        guard let first = string(index).unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// For each token, whether one of `spans` overlaps it: the tokens a name already holds.
    func covered(by spans: [TextSpan], _ segmentation: Segmentation) -> [Bool] {
        var covered = [Bool](repeating: false, count: tokens.count)
        for span in spans {
            var index = segmentation.firstToken(endingAfter: span.start)
            while index < tokens.count && tokens[index].span.start < span.end {
                covered[index] = true
                index += 1
            }
        }
        return covered
    }

    func isPossessive(_ index: Int) -> Bool {
        let word = string(index)
        return word == "’s" || word == "'s" || word == "’" || word == "'"
    }

    func isHyphen(_ index: Int) -> Bool {
        let word = string(index)
        return word == "-" || word == "‐"
    }

    /// The index of the token that starts at `offset`, if one does (binary search).
    func tokenIndex(startingAt offset: Int) -> Int? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].span.start < offset { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count && tokens[low].span.start == offset ? low : nil
    }

    /// Calls `match` at each capitalized token, sentence by sentence in text order, that `covered` leaves
    /// free; `match` returns how many tokens the name it found there takes (0 for none), and the walk
    /// goes on after them. The scan that name propagation and the gazetteer backfill share.
    func forEachFreeCapitalized(
        _ segmentation: Segmentation, covered: [Bool], _ match: (_ index: Int, _ sentence: Sentence) -> Int
    ) {
        for sentence in segmentation.sentences {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                guard !covered[index], isCapitalized(index) else {
                    index += 1
                    continue
                }
                index += max(match(index, sentence), 1)
            }
        }
    }

    /// The tokens of a name: from the one that starts at `span.start` to the last one that starts before
    /// `span.end`; nil when no token starts at `span.start`.
    func tokens(of span: TextSpan) -> ClosedRange<Int>? {
        guard let first = tokenIndex(startingAt: span.start) else { return nil }
        var last = first
        while last + 1 < tokens.count && tokens[last + 1].span.start < span.end { last += 1 }
        return first...last
    }

    /// True when tokens `index` and `index + 1` touch (no blank between them).
    func glued(_ index: Int) -> Bool { !tokens[index].spaceAfter }
}

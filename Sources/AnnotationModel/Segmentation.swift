/// A token: a word, number, punctuation mark or symbol, as a span over the article text.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Hashable, Sendable {
        case word
        case number
        case punctuation
        case symbol
    }

    public var span: TextSpan
    public var kind: Kind
    /// True when the token is directly followed by a space or line break (false: the next token is glued on).
    public var spaceAfter: Bool

    public init(span: TextSpan, kind: Kind, spaceAfter: Bool) {
        self.span = span
        self.kind = kind
        self.spaceAfter = spaceAfter
    }
}

/// A sentence: a run of tokens inside one block.
public struct Sentence: Hashable, Sendable {
    /// From the first token's start to the last token's end.
    public var span: TextSpan
    /// Indices into ``Segmentation/tokens``.
    public var tokens: Range<Int>
    /// Index into ``Article/blocks``.
    public var block: Int

    public init(span: TextSpan, tokens: Range<Int>, block: Int) {
        self.span = span
        self.tokens = tokens
        self.block = block
    }
}

/// The tokens and sentences of an article, in text order; sentences never cross blocks.
public struct Segmentation: Sendable {
    public var tokens: [Token]
    public var sentences: [Sentence]

    public init(tokens: [Token], sentences: [Sentence]) {
        self.tokens = tokens
        self.sentences = sentences
    }

    /// The index of the first token that ends after `offset` (binary search).
    public func firstToken(endingAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].span.end <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// For each token, the index of its sentence in `sentences` (-1 for a token outside every sentence).
    public func sentenceOfTokens() -> [Int] {
        var sentenceOf = [Int](repeating: -1, count: tokens.count)
        for (index, sentence) in sentences.enumerated() {
            for token in sentence.tokens { sentenceOf[token] = index }
        }
        return sentenceOf
    }

    /// Indices of the tokens lying entirely inside `span`.
    public func tokens(in span: TextSpan) -> Range<Int> {
        var first = firstToken(endingAfter: span.start)
        while first < tokens.count && tokens[first].span.start < span.start { first += 1 }
        var last = first
        while last < tokens.count && tokens[last].span.end <= span.end { last += 1 }
        return first..<last
    }
}

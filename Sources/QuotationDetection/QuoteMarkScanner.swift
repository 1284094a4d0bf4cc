import AnnotationModel

/// A stretch of text between quotation marks, marks included.
struct QuotedSpan: Equatable {
    var span: TextSpan
    /// Token indices covered by the span.
    var tokens: Range<Int>
    /// False when the closing mark was missing and the span was cut at the end of its block.
    var isClosed: Bool
    /// True for ‘single’ quotation marks.
    var isSingle: Bool
}

/// Finds quotations in quotation marks, block by block, from the tokens.
///
/// Pairs curly double marks (“ ”), straight double marks (`"`, opening or closing by the blanks
/// around them), and single marks (‘ ’ and `'`) where they are not apostrophes (the tokenizer
/// already keeps `don't` and `Haftar’s` apart from quotation marks). Follows the news rule for
/// quotations over several paragraphs: a paragraph that opens a quotation without closing it
/// continues into the next paragraph when that one opens with a quotation mark again (or, when a
/// writer forgot to reopen it, up to a closing mark that closes nothing in that paragraph). An opening
/// mark that is never closed quotes only to the end of its paragraph, so one stray mark cannot
/// swallow the rest of an article.
enum QuoteMarkScanner {
    private enum Mark {
        case open(single: Bool)
        case close(single: Bool)
    }

    static func scan(_ article: Article, _ segmentation: Segmentation) -> [QuotedSpan] {
        var text = article.text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var result: [QuotedSpan] = []
            var carried: QuotedSpan?  // an unclosed double quotation waiting for the next paragraph
            for block in article.blocks {
                let tokens = segmentation.tokens(in: block.span)
                var (quotes, strayClose) = scanBlock(bytes, segmentation.tokens, tokens)
                if let open = carried {
                    if let first = quotes.first, first.tokens.lowerBound == tokens.lowerBound, !first.isSingle {
                        quotes[0].span = TextSpan(open.span.start, first.span.end)
                        quotes[0].tokens = open.tokens.lowerBound..<first.tokens.upperBound
                    } else if let close = strayClose {
                        // The paragraph does not reopen the quotation but closes it: it continues to that mark.
                        quotes.removeAll { $0.tokens.lowerBound < close }
                        quotes.insert(
                            QuotedSpan(
                                span: TextSpan(open.span.start, segmentation.tokens[close].span.end),
                                tokens: open.tokens.lowerBound..<(close + 1), isClosed: true, isSingle: false), at: 0)
                    } else {
                        result.append(open)
                    }
                    carried = nil
                }
                if let last = quotes.last, !last.isClosed, !last.isSingle {
                    carried = last
                    quotes.removeLast()
                }
                result += quotes
            }
            if let open = carried { result.append(open) }
            return result.sorted { $0.span < $1.span }
        } ?? []
    }

    /// The block's quotations, and the first closing double mark that closes nothing opened in the
    /// block (a quotation continued from the paragraph before).
    private static func scanBlock(
        _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ range: Range<Int>
    ) -> (quotes: [QuotedSpan], strayClose: Int?) {
        var quotes: [QuotedSpan] = []
        var strayClose: Int?
        var openDouble: Int?
        var openSingle: Int?
        for index in range {
            guard let mark = mark(bytes, tokens, index, range) else { continue }
            switch mark {
            case .open(let single):
                if single {
                    if openSingle == nil { openSingle = index }
                } else if openDouble == nil {
                    openDouble = index
                    openSingle = nil
                }
            case .close(let single):
                if single, let start = openSingle {
                    quotes.append(quote(tokens, start...index, closed: true, single: true))
                    openSingle = nil
                } else if !single, let start = openDouble {
                    quotes.append(quote(tokens, start...index, closed: true, single: false))
                    openDouble = nil
                    openSingle = nil
                } else if !single && quotes.isEmpty && strayClose == nil {
                    strayClose = index
                }
            }
        }
        if let start = openDouble, range.upperBound > start {
            quotes.append(quote(tokens, start...(range.upperBound - 1), closed: false, single: false))
        }
        return (quotes.sorted { $0.span < $1.span }, strayClose)
    }

    private static func quote(_ tokens: [Token], _ range: ClosedRange<Int>, closed: Bool, single: Bool) -> QuotedSpan {
        QuotedSpan(
            span: TextSpan(tokens[range.lowerBound].span.start, tokens[range.upperBound].span.end),
            tokens: range.lowerBound..<(range.upperBound + 1), isClosed: closed, isSingle: single)
    }

    /// The quotation mark a token is, if any.
    private static func mark(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ index: Int, _ range: Range<Int>)
        -> Mark?
    {
        let token = tokens[index]
        guard token.kind == .punctuation else { return nil }
        let gluedBefore = index > range.lowerBound && !tokens[index - 1].spaceAfter
        let gluedAfter = index + 1 < range.upperBound && !token.spaceAfter
        // After an opening bracket or dash, a mark opens even when glued to it.
        let opensAfterGlue = gluedBefore && isOpener(bytes, tokens[index - 1])
        let first = bytes[token.span.start]
        if token.span.length == 1 {
            switch first {
            case UInt8(ascii: "\""):
                return !gluedBefore || opensAfterGlue ? .open(single: false) : .close(single: false)
            case UInt8(ascii: "'"):
                if (!gluedBefore || opensAfterGlue) && gluedAfter { return .open(single: true) }
                if gluedBefore && !gluedAfter { return .close(single: true) }
                return nil
            default:
                return nil
            }
        }
        guard token.span.length == 3, first == 0xE2, bytes[token.span.start + 1] == 0x80 else { return nil }
        switch bytes[token.span.start + 2] {
        case 0x9C, 0x9E: return .open(single: false)  // “ „
        case 0x9D: return .close(single: false)  // ”
        case 0x98: return .open(single: true)  // ‘
        case 0x99: return gluedBefore && !opensAfterGlue ? .close(single: true) : nil  // ’
        default: return nil
        }
    }

    private static func isOpener(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        let first = bytes[token.span.start]
        if first == UInt8(ascii: "(") || first == UInt8(ascii: "[") || first == UInt8(ascii: "-") { return true }
        // — and –
        return token.span.length == 3 && first == 0xE2 && bytes[token.span.start + 1] == 0x80
            && (bytes[token.span.start + 2] == 0x94 || bytes[token.span.start + 2] == 0x93)
    }
}

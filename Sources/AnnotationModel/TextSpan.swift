/// A half-open range of UTF-8 byte offsets into an article's text.
///
/// Every annotation in the pipeline is a span over the same text until the TEI writer nests them.
/// For plain-text input the text is the raw input byte for byte, so spans are raw-input offsets.
public struct TextSpan: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    /// Creates the span `start..<end`; `end` must not precede `start`.
    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "span end \(end) precedes start \(start)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    /// True when `other` lies entirely inside this span.
    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

    /// True when the spans share at least one byte.
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    /// True when the spans overlap without either containing the other.
    public func crosses(_ other: TextSpan) -> Bool { overlaps(other) && !contains(other) && !other.contains(self) }

    /// Orders by start, then longer first, so that enclosing spans precede what they enclose.
    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end > rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}

extension String {
    /// The text of `span`, which must lie on character boundaries of this string's UTF-8 form.
    public subscript(span: TextSpan) -> Substring {
        let utf8 = self.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: span.start)
        let upper = utf8.index(lower, offsetBy: span.length)
        return self[lower..<upper]
    }
}

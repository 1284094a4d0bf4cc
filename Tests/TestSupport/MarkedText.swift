import AnnotationModel

/// Text with spans marked inline, for unit tests: `[PER Khalifa Haftar] met [LOC Cairo] officials`.
///
/// A span opens with `[LABEL ` (label: letters, digits, `-`) and closes with `]`; spans may nest.
/// Write `\[` and `\]` for literal brackets.
public struct MarkedText: Sendable {
    /// A marked span, with UTF-8 offsets into ``text``.
    public struct Span: Hashable, Sendable, CustomStringConvertible {
        public var label: String
        public var span: TextSpan
        public var description: String { "\(label) \(span)" }

        public init(label: String, span: TextSpan) {
            self.label = label
            self.span = span
        }
    }

    /// The text without marks.
    public let text: String
    /// The marked spans, ordered by start (enclosing spans first).
    public let spans: [Span]

    public init(_ marked: String) {
        var text = ""
        var spans: [Span] = []
        var open: [(label: String, start: Int)] = []
        var scalars = Array(marked.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\\":
                if let next = scalars.popFirst() { text.unicodeScalars.append(next) }
            case "[":
                let label = String(String.UnicodeScalarView(scalars.prefix { $0 != " " }))
                scalars = scalars.dropFirst(label.unicodeScalars.count + 1)
                open.append((label, text.utf8.count))
            case "]":
                let (label, start) = open.removeLast()
                spans.append(Span(label: label, span: TextSpan(start, text.utf8.count)))
            default:
                text.unicodeScalars.append(scalar)
            }
        }
        precondition(open.isEmpty, "unclosed mark in \(marked)")
        self.text = text
        self.spans = spans.sorted { $0.span < $1.span }
    }

    /// The spans with a given label.
    public func spans(labelled label: String) -> [TextSpan] {
        spans.filter { $0.label == label }.map(\.span)
    }
}

/// Where an article's text came from: the input's kind, its character encoding, and the map from
/// the article text back to the characters of the raw input.
///
/// Every offset the tool reports about the input (the `@n` of a removed span in the TEI, a JSON
/// record's offsets) is a **character offset in the raw input as decoded**: a Unicode code point
/// index counted from the input's first character (a byte-order mark counts as one character; a
/// CRLF as two). For plain text the article text *is* the decoded input, so the map is the identity;
/// for HTML and TEI input the text is taken out of the markup and ``map`` says where each piece came from.
public struct ArticleSource: Hashable, Sendable {
    /// The kinds of input the readers understand.
    public enum Format: String, Hashable, Sendable, CaseIterable {
        case text
        case html
        case tei
        case jsonl
    }

    public var format: Format
    /// The encoding the raw bytes were decoded from.
    public var encoding: TextEncoding
    /// Article text (UTF-8 offsets) → raw-input characters.
    public var map: SourceMap
    /// What the reader had to guess or repair (an encoding fallback, a page that is tag soup), for the user.
    public var warnings: [String]

    public init(
        format: Format = .text, encoding: TextEncoding = .utf8, map: SourceMap = .identity, warnings: [String] = []
    ) {
        self.format = format
        self.encoding = encoding
        self.map = map
        self.warnings = warnings
    }

    /// Plain UTF-8 text whose article text is the input itself.
    public static let plainText = ArticleSource()
}

/// The character encodings the readers decode. A byte-order mark, when the input has one, stays in
/// the decoded text as U+FEFF (so offsets still count it) and is reported as removed.
public enum TextEncoding: String, Hashable, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    /// The fallback for bytes that are not UTF-8 (also used for ISO-8859-1, as browsers do).
    case windows1252 = "windows-1252"
}

/// Maps UTF-8 offsets in an article's text to character (code point) offsets in the raw input.
///
/// The map is a list of segments in text order. A *verbatim* segment is a stretch of article text
/// that is a character-for-character copy of a stretch of the input (ordinary text between tags).
/// Any other segment is text that *stands for* a stretch of the input written differently: an
/// entity reference (`&amp;` → `&`), a run of white space folded to one space, a `<br>` read as a
/// line break. Text between segments (the blank line the HTML reader puts between two paragraphs)
/// comes from no input character. The identity map, for plain text, has no segments.
public struct SourceMap: Hashable, Sendable {
    public struct Segment: Hashable, Sendable {
        /// UTF-8 offsets in the article text.
        public var text: TextSpan
        /// Character offsets in the raw input, end exclusive.
        public var source: Range<Int>
        /// True when the text copies the source character for character (then both have as many characters).
        public var isVerbatim: Bool

        public init(text: TextSpan, source: Range<Int>, isVerbatim: Bool) {
            self.text = text
            self.source = source
            self.isVerbatim = isVerbatim
        }
    }

    /// True for the identity map: the article text is the raw input as decoded.
    public private(set) var isIdentity: Bool
    /// Segments in text order, not overlapping; empty for the identity map.
    public private(set) var segments: [Segment]

    /// The map of text that is the input itself.
    public static let identity = SourceMap(isIdentity: true, segments: [])

    private init(isIdentity: Bool, segments: [Segment]) {
        self.isIdentity = isIdentity
        self.segments = segments
    }

    /// A map made of `segments`, which must be in text order and must not overlap.
    public init(segments: [Segment]) {
        self.init(isIdentity: false, segments: segments)
    }

    /// The raw-input character range of each span of `text` (UTF-8 offsets); `text` is read only for the identity map.
    ///
    /// A span's start inside a non-verbatim segment maps to the segment's source start, its end to
    /// the segment's source end, so that a span always covers whole input constructs. A start
    /// between segments maps to the next segment's start, an end to the previous segment's end.
    public func sourceRanges(of spans: [TextSpan], in text: String) -> [Range<Int>] {
        if isIdentity {
            let codePoints = CodePointOffsets(text)
            return spans.map { codePoints.codePoint(atUTF8: $0.start)..<codePoints.codePoint(atUTF8: $0.end) }
        }
        return spans.map { span in
            let start = sourceOffset(ofStart: span.start)
            let end = max(start, sourceOffset(ofEnd: span.end))
            return start..<end
        }
    }

    /// The raw-input character range of one span of `text`.
    public func sourceRange(of span: TextSpan, in text: String) -> Range<Int> {
        sourceRanges(of: [span], in: text)[0]
    }

    private func sourceOffset(ofStart offset: Int) -> Int {
        guard !segments.isEmpty else { return 0 }
        let index = firstSegment(endingAfter: offset)
        guard index < segments.count else { return segments[segments.count - 1].source.upperBound }
        let segment = segments[index]
        if offset <= segment.text.start { return segment.source.lowerBound }
        return segment.isVerbatim
            ? segment.source.lowerBound + verbatimDistance(segment, to: offset) : segment.source.lowerBound
    }

    private func sourceOffset(ofEnd offset: Int) -> Int {
        guard !segments.isEmpty else { return 0 }
        // The last segment starting before `offset`.
        var low = 0
        var high = segments.count
        while low < high {
            let middle = (low + high) / 2
            if segments[middle].text.start < offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return segments[0].source.lowerBound }
        let segment = segments[low - 1]
        if offset >= segment.text.end { return segment.source.upperBound }
        return segment.isVerbatim
            ? segment.source.lowerBound + verbatimDistance(segment, to: offset) : segment.source.upperBound
    }

    /// The index of the first segment whose text ends after `offset`.
    private func firstSegment(endingAfter offset: Int) -> Int {
        var low = 0
        var high = segments.count
        while low < high {
            let middle = (low + high) / 2
            if segments[middle].text.end <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Characters from a verbatim segment's start to `offset`. The ``Builder`` makes every verbatim
    /// segment either ASCII (one byte per character) or a single character, so no text is needed.
    private func verbatimDistance(_ segment: Segment, to offset: Int) -> Int {
        if segment.source.count == segment.text.length { return offset - segment.text.start }
        return offset > segment.text.start ? segment.source.count : 0
    }

    /// Builds a map while a reader assembles the article text piece by piece.
    ///
    /// Verbatim pieces are split so that each segment is either pure ASCII or a single character;
    /// the map then needs no copy of the text to count characters.
    public struct Builder: Sendable {
        public private(set) var segments: [Segment] = []
        /// UTF-8 length of the text built so far.
        public private(set) var textLength = 0

        public init() {}

        /// Records `piece`, appended to the article text, as a copy of the input's characters from `sourceStart` on.
        public mutating func appendVerbatim(_ piece: Substring, sourceStart: Int) {
            var source = sourceStart
            var runStart = textLength
            var runSource = source
            for scalar in piece.unicodeScalars {
                let width = UTF8.width(scalar)
                if width == 1 {
                    textLength += 1
                    source += 1
                    continue
                }
                if textLength > runStart {
                    add(Segment(text: TextSpan(runStart, textLength), source: runSource..<source, isVerbatim: true))
                }
                add(
                    Segment(
                        text: TextSpan(textLength, textLength + width), source: source..<(source + 1), isVerbatim: true)
                )
                textLength += width
                source += 1
                runStart = textLength
                runSource = source
            }
            if textLength > runStart {
                add(Segment(text: TextSpan(runStart, textLength), source: runSource..<source, isVerbatim: true))
            }
        }

        /// Records `utf8Length` bytes of article text that stand for the input characters `source`.
        public mutating func appendReplacement(utf8Length: Int, source: Range<Int>) {
            guard utf8Length > 0 else { return }
            add(Segment(text: TextSpan(textLength, textLength + utf8Length), source: source, isVerbatim: false))
            textLength += utf8Length
        }

        /// Records `utf8Length` bytes of article text that come from no input character.
        public mutating func appendUnmapped(utf8Length: Int) {
            textLength += utf8Length
        }

        private mutating func add(_ segment: Segment) {
            // Merge with the previous ASCII verbatim segment when both are contiguous.
            if segment.isVerbatim, segment.source.count == segment.text.length, let last = segments.last,
                last.isVerbatim, last.source.count == last.text.length, last.text.end == segment.text.start,
                last.source.upperBound == segment.source.lowerBound
            {
                segments[segments.count - 1] = Segment(
                    text: TextSpan(last.text.start, segment.text.end),
                    source: last.source.lowerBound..<segment.source.upperBound, isVerbatim: true)
                return
            }
            segments.append(segment)
        }

        public var map: SourceMap { SourceMap(segments: segments) }
    }
}

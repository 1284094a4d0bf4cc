import AnnotationModel
import LibXML

/// Article text assembled from the text nodes of a parsed document, with the map back to the source.
///
/// Text is added node by node; runs of white space fold to one space (mapped to the whole run in
/// the source), white space at a block's edges is dropped, and blocks are separated by a blank line
/// that maps to no source character.
struct TextFlow {
    private(set) var text = ""
    private(set) var builder = SourceMap.Builder()
    /// Whether the text written so far ends with a (folded) space, so the next one is dropped.
    private var pendingSpace: (source: Range<Int>, seen: Bool)?
    private var inBlock = false
    /// Where the current block's text starts; nil until its first character.
    private var blockStart: Int?

    /// Starts a block.
    mutating func beginBlock() {
        inBlock = true
        blockStart = nil
        pendingSpace = nil
    }

    /// Ends the current block; returns its span, nil when it holds no text.
    mutating func endBlock() -> TextSpan? {
        defer {
            inBlock = false
            blockStart = nil
            pendingSpace = nil
        }
        guard let start = blockStart else { return nil }
        return TextSpan(start, text.utf8.count)
    }

    /// Opens the block's text at its first character, after the blank line separating it from the last.
    private mutating func openBlockText() {
        guard blockStart == nil else { return }
        if !text.isEmpty {
            text += "\n\n"
            builder.appendUnmapped(utf8Length: 2)
        }
        blockStart = text.utf8.count
    }

    /// Appends a text node's characters, each with its source range (from ``MarkupAligner``).
    /// - Parameter preservingSpace: keep white space as it is (inside `<pre>`).
    mutating func append(_ content: String, sources: [Range<Int>], preservingSpace: Bool = false) {
        precondition(inBlock, "text outside a block")
        var index = 0
        var verbatimRun = ""
        var verbatimSourceStart = 0
        var lastSourceEnd: Int?
        func flushVerbatim() {
            guard !verbatimRun.isEmpty else { return }
            if blockStart == nil { openBlockText() }
            text += verbatimRun
            builder.appendVerbatim(Substring(verbatimRun), sourceStart: verbatimSourceStart)
            verbatimRun = ""
        }
        for scalar in content.unicodeScalars {
            let source = index < sources.count ? sources[index] : (lastSourceEnd ?? 0)..<(lastSourceEnd ?? 0)
            index += 1
            if !preservingSpace && Self.isFoldable(scalar) {
                flushVerbatim()
                if let pending = pendingSpace {
                    pendingSpace = (pending.source.lowerBound..<max(pending.source.upperBound, source.upperBound), true)
                } else {
                    pendingSpace = (source, true)
                }
                continue
            }
            if let pending = pendingSpace {
                flushVerbatim()
                if blockStart != nil {
                    text += " "
                    builder.appendReplacement(utf8Length: 1, source: pending.source)
                }
                pendingSpace = nil
            }
            if blockStart == nil { openBlockText() }
            // A character whose source is exactly one character is a verbatim copy.
            let isVerbatim = source.count == 1 && (sources.isEmpty == false)
            if isVerbatim && (verbatimRun.isEmpty || lastSourceEnd == source.lowerBound) {
                if verbatimRun.isEmpty { verbatimSourceStart = source.lowerBound }
                verbatimRun.unicodeScalars.append(scalar)
            } else if isVerbatim {
                flushVerbatim()
                verbatimSourceStart = source.lowerBound
                verbatimRun.unicodeScalars.append(scalar)
            } else {
                flushVerbatim()
                let piece = String(scalar)
                text += piece
                builder.appendReplacement(utf8Length: piece.utf8.count, source: source)
            }
            lastSourceEnd = source.upperBound
        }
        flushVerbatim()
    }

    /// UTF-8 length of the current block's text so far.
    var currentBlockLength: Int { blockStart.map { text.utf8.count - $0 } ?? 0 }

    /// True when the text written so far ends with white space (or nothing of the block yet).
    var endsWithSpace: Bool {
        guard blockStart != nil, let last = text.unicodeScalars.last else { return true }
        return Self.isFoldable(last)
    }

    /// A space that stands for no source character (between words on two sides of an `<lb/>`).
    mutating func appendUnmappedSpace() {
        guard blockStart != nil else { return }
        text += " "
        builder.appendUnmapped(utf8Length: 1)
    }

    /// A line break inside a block (`<br>`, `<lb/>`): one space unless the text already ends in one.
    mutating func appendBreak() {
        if pendingSpace == nil { pendingSpace = (0..<0, true) }
    }

    /// White space that folds: ASCII blanks, line breaks, no-break and other Unicode spaces; and
    /// zero-width spaces, which separate nothing a reader sees.
    static func isFoldable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F,
            0x3000, 0xFEFF:
            true
        default: false
        }
    }

    var map: SourceMap { builder.map }
}

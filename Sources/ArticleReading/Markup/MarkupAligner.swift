import LibXML

/// Finds where the text of a parsed HTML or XML document lies in its source.
///
/// libxml2 gives no source offsets for text, so the aligner lexes the source itself: it walks
/// the character data between tags, comments, processing instructions and declarations (with
/// `<script>`/`<style>` content and CDATA sections taken verbatim, and character and entity
/// references as one character each) and then matches the document's text nodes, in document
/// order, against that stream. Each character of a text node gets the range of source characters
/// it came from: one character for plain text, the whole `&amp;` for a reference. Differences the
/// parser makes (line-break normalization, white space it drops or adds while repairing tag soup)
/// are skipped over. Offsets are Unicode code point offsets in the source as decoded.
struct MarkupAligner {
    /// One character of the source's character data.
    private struct DataCharacter {
        /// The character it reads as; nil for an entity reference this lexer does not decode (it
        /// matches any one character).
        var scalar: Unicode.Scalar?
        var sourceStart: Int32
        var sourceEnd: Int32
    }

    private var stream: [DataCharacter] = []
    private var cursor = 0

    /// - Parameter isHTML: `<script>` and `<style>` hold raw text, and tag names are case-insensitive.
    init(source: String, isHTML: Bool) {
        stream = Self.lex(Array(source.unicodeScalars), isHTML: isHTML)
    }

    /// Keeps in step over the text of `node`, which the reader does not show.
    mutating func skipText(of node: XMLNode) {
        for child in node.children {
            if child.kind == .text || child.kind == .cdata {
                _ = align(child.textContent)
            } else if child.kind == .element {
                skipText(of: child)
            }
        }
    }

    /// The source ranges of the characters of `text`, the next text node in document order: one
    /// range per Unicode scalar; an empty range where a character has no source (white space the
    /// parser added).
    mutating func align(_ text: String) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        var result: [Range<Int>] = []
        result.reserveCapacity(scalars.count)
        guard !scalars.isEmpty else { return result }
        if let start = findStart(of: scalars) { cursor = start }
        for scalar in scalars {
            // Skip source white space (a CR the parser folded, blanks it dropped) that the text lacks.
            while cursor < stream.count, let candidate = stream[cursor].scalar, candidate != scalar,
                candidate.properties.isWhitespace
            {
                if scalar == "\n" && candidate == "\r" { break }
                cursor += 1
            }
            guard cursor < stream.count else {
                let end = Int(stream.last?.sourceEnd ?? 0)
                result.append(end..<end)
                continue
            }
            let item = stream[cursor]
            if item.scalar == scalar || item.scalar == nil || (scalar == "\n" && item.scalar == "\r") {
                var end = Int(item.sourceEnd)
                // CRLF read as one line feed.
                if item.scalar == "\r", cursor + 1 < stream.count, stream[cursor + 1].scalar == "\n" {
                    cursor += 1
                    end = Int(stream[cursor].sourceEnd)
                }
                result.append(Int(item.sourceStart)..<end)
                cursor += 1
            } else if scalar.properties.isWhitespace {
                let at = Int(item.sourceStart)
                result.append(at..<at)
            } else {
                // A character the lexer reads differently (an entity it does not know): take one.
                result.append(Int(item.sourceStart)..<Int(item.sourceEnd))
                cursor += 1
            }
        }
        return result
    }

    /// Where the source's character data next matches the start of `scalars`, searching a bounded
    /// window from the cursor; nil when it does not (the cursor then stays).
    private func findStart(of scalars: [Unicode.Scalar]) -> Int? {
        let probe = Array(scalars.prefix(12).drop(while: { $0.properties.isWhitespace }).prefix(8))
        guard !probe.isEmpty else { return nil }
        let limit = min(stream.count, cursor + 200_000)
        var position = cursor
        while position < limit {
            if matches(probe, at: position) { return position }
            position += 1
        }
        return nil
    }

    private func matches(_ probe: [Unicode.Scalar], at position: Int) -> Bool {
        var index = position
        for scalar in probe {
            while index < stream.count, let candidate = stream[index].scalar, candidate != scalar,
                candidate.properties.isWhitespace, scalar.properties.isWhitespace == false
            {
                index += 1
            }
            guard index < stream.count else { return false }
            if let candidate = stream[index].scalar, candidate != scalar {
                if !(scalar.properties.isWhitespace && candidate.properties.isWhitespace) { return false }
            }
            index += 1
        }
        return true
    }

    // MARK: Lexing

    private static let rawTextElements: [String] = ["script", "style"]

    private static func lex(_ source: [Unicode.Scalar], isHTML: Bool) -> [DataCharacter] {
        var result: [DataCharacter] = []
        result.reserveCapacity(source.count / 2)
        var index = 0
        let count = source.count
        func starts(with literal: String, at position: Int, caseInsensitive: Bool = false) -> Bool {
            var offset = position
            for scalar in literal.unicodeScalars {
                guard offset < count else { return false }
                let candidate = source[offset]
                if candidate != scalar {
                    guard caseInsensitive, candidate.properties.lowercaseMapping == String(scalar) else { return false }
                }
                offset += 1
            }
            return true
        }
        func skip(past terminator: String, from position: Int) -> Int {
            let first = terminator.unicodeScalars.first!
            var offset = position
            while offset < count && !(source[offset] == first && starts(with: terminator, at: offset)) { offset += 1 }
            return min(count, offset + terminator.unicodeScalars.count)
        }
        func append(_ scalar: Unicode.Scalar?, _ start: Int, _ end: Int) {
            result.append(DataCharacter(scalar: scalar, sourceStart: Int32(start), sourceEnd: Int32(end)))
        }
        while index < count {
            let scalar = source[index]
            if scalar == "<" && index + 1 < count {
                let next = source[index + 1]
                if starts(with: "<!--", at: index) {
                    index = skip(past: "-->", from: index + 4)
                    continue
                }
                if starts(with: "<![CDATA[", at: index) {
                    let contentStart = index + 9
                    let end = skip(past: "]]>", from: contentStart)
                    let contentEnd = max(contentStart, end - 3)
                    for offset in contentStart..<min(contentEnd, count) { append(source[offset], offset, offset + 1) }
                    index = end
                    continue
                }
                if next == "!" || next == "?" {
                    index = skip(past: ">", from: index + 2)
                    continue
                }
                if next.properties.isAlphabetic || next == "/" {
                    // A tag: to its closing `>`, outside quoted attribute values.
                    var offset = index + 1
                    var quote: Unicode.Scalar?
                    var name = ""
                    var readingName = next != "/"
                    while offset < count {
                        let current = source[offset]
                        if let open = quote {
                            if current == open { quote = nil }
                        } else if current == "\"" || current == "'" {
                            quote = current
                        } else if current == ">" {
                            break
                        }
                        if readingName {
                            if current.properties.isAlphabetic || ("0"..."9").contains(current) || current == "-"
                                || current == ":"
                            {
                                name.unicodeScalars.append(current)
                            } else if offset > index + 1 {
                                readingName = false
                            }
                        }
                        offset += 1
                    }
                    index = min(count, offset + 1)
                    let lowered = name.lowercased()
                    if isHTML, rawTextElements.contains(lowered) {
                        // Raw text up to the matching end tag, verbatim.
                        let contentStart = index
                        let closing = "</" + lowered
                        var end = contentStart
                        while end < count
                            && !(source[end] == "<" && starts(with: closing, at: end, caseInsensitive: true))
                        {
                            end += 1
                        }
                        for offset in contentStart..<end { append(source[offset], offset, offset + 1) }
                        index = end
                    }
                    continue
                }
            }
            if scalar == "&", let (decoded, length) = reference(source, at: index, isHTML: isHTML) {
                append(decoded, index, index + length)
                index += length
                continue
            }
            append(scalar, index, index + 1)
            index += 1
        }
        return result
    }

    private static let namedReferences: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "mdash": "—",
        "ndash": "–", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "hellip": "…", "copy": "©",
        "reg": "®", "trade": "™", "euro": "€", "pound": "£", "shy": "\u{00AD}", "zwsp": "\u{200B}", "eacute": "é",
        "bull": "•", "middot": "·", "laquo": "«", "raquo": "»", "thinsp": "\u{2009}", "ensp": "\u{2002}",
        "emsp": "\u{2003}",
    ]

    /// A character or entity reference at `position`: what it reads as (nil when unknown) and its length.
    private static func reference(_ source: [Unicode.Scalar], at position: Int, isHTML: Bool)
        -> (Unicode.Scalar?, Int)?
    {
        var offset = position + 1
        var body = ""
        while offset < source.count && offset - position <= 32 {
            let scalar = source[offset]
            if scalar == ";" { break }
            guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "#" else { return nil }
            body.unicodeScalars.append(scalar)
            offset += 1
        }
        guard offset < source.count, source[offset] == ";", !body.isEmpty else { return nil }
        let length = offset - position + 1
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value =
                digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            if var value {
                // HTML reads the C1 range of numeric references as Windows-1252.
                if isHTML, (0x80...0x9F).contains(value) {
                    value = TextDecoding.decodeWindows1252([UInt8(value)]).unicodeScalars.first!.value
                }
                return (Unicode.Scalar(value), length)
            }
            return (nil, length)
        }
        return (namedReferences[body], length)
    }
}

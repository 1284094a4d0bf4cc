import AnnotationModel

/// Reads an article from plain text as people paste it from a web page.
///
/// Page noise — advertisement and share/subscribe lines, a repeated headline, bylines, wire tags and
/// datelines such as `(Bloomberg) --`, date-only lines, copyright lines — is removed from the running
/// text and recorded as a ``RemovedSpan`` with its reason; what it tells (publisher, authors, date,
/// copyright) goes into ``ArticleMetadata``. The first line that reads as a headline becomes the
/// headline block and the title. Text copied from a whole page (`w3m -dump`, a browser's "select all")
/// brings the site's menus, link lists and footer: runs of short lines before and after the article's
/// prose are cut as navigation (``pageChrome(lengths:)``). Paragraphs are separated by blank lines; when
/// the text has none, each line is a paragraph. The article text is the input itself, so every offset is
/// a raw-input offset.
public struct PlainTextReader: Sendable {
    public init() {}

    /// Reads bytes in any encoding ``TextDecoding`` reads (UTF-8, UTF-16 with a byte-order mark,
    /// Windows-1252 as a fallback with a warning in ``ArticleSource/warnings``).
    /// - Throws: the decoder's errors (binary data, broken UTF-16);
    ///   ``ArticleReadingError/noArticleText`` when nothing but noise and blank space remains.
    public func read(bytes: [UInt8], id: String, sourceName: String? = nil) throws(ArticleReadingError) -> Article {
        let decoded = try TextDecoding.decode(bytes)
        var article = try read(text: decoded.text, id: id, sourceName: sourceName)
        article.source.encoding = decoded.encoding
        article.source.warnings = decoded.warnings
        return article
    }

    /// Reads text already in memory.
    /// - Throws: ``ArticleReadingError/noArticleText`` when nothing but noise and blank space remains.
    public func read(text: String, id: String, sourceName: String? = nil) throws(ArticleReadingError) -> Article {
        var text = text
        text.makeContiguousUTF8()
        var metadata = ArticleMetadata(sourceName: sourceName)
        var removed: [RemovedSpan] = []
        let lines = text.utf8.withContiguousStorageIfAvailable { LineScanner.lines(of: $0) } ?? []
        let content = { (line: Line) in text[line.content] }

        // 1. Classify lines; keep the indices of those that may be article text.
        var kept: [Int] = []
        var inComments = false
        for (index, line) in lines.enumerated() where !line.isBlank {
            if index == 0 && text.utf8.starts(with: [0xEF, 0xBB, 0xBF]) {
                removed.append(RemovedSpan(span: TextSpan(0, 3), reason: .byteOrderMark))
            }
            let noise = NoiseRules.classify(content(line))
            if case .commentSection = noise, kept.count >= 2 { inComments = true }
            if inComments {
                // Reader comments run to the end; a copyright line after them is still a copyright line.
                let reason = noise.map { if case .copyright = $0 { return $0.reason } else { return .comments } }
                removed.append(RemovedSpan(span: line.content, reason: reason ?? .comments))
                if case .copyright = noise { metadata.absorb(noise!, line: content(line)) }
                continue
            }
            guard let noise else {
                kept.append(index)
                continue
            }
            removed.append(RemovedSpan(span: line.content, reason: noise.reason))
            metadata.absorb(noise, line: content(line))
        }

        // 2. A page's menus, link lists and footers around the article, when the text is a whole page.
        let chrome = Self.pageChrome(lines: kept.map { text[lines[$0].content] })
        for position in Array(chrome.leading) + chrome.trailing {
            removed.append(RemovedSpan(span: lines[kept[position]].content, reason: .navigation))
        }
        let trimmedStart = !chrome.leading.isEmpty
        kept = Array(kept[chrome.articleLines])

        // 3. The headline: the first kept line that reads as one; later copies of it are noise. When the
        // page's top was cut, the headline went with it (what is left starts with the article's text).
        var headline: Int?
        if !trimmedStart, let first = kept.first,
            isHeadline(
                content(lines[first]),
                repeated: kept.dropFirst().contains {
                    content(lines[$0]) == content(lines[first])
                })
        {
            headline = first
            metadata.title = String(content(lines[first]))
            let copies = kept.dropFirst().filter { content(lines[$0]) == content(lines[first]) }
            for copy in copies { removed.append(RemovedSpan(span: lines[copy].content, reason: .repeatedHeadline)) }
            let copied = Set(copies)
            kept.removeAll { copied.contains($0) }
        }

        // 4. Paragraphs from the remaining lines. An article of one line is that line as a paragraph,
        // even when it reads as a headline: a TEI article needs a paragraph.
        if let only = headline, kept == [only] {
            headline = nil
            metadata.title = nil
        }
        var blocks: [TextBlock] = []
        if let headline { blocks.append(TextBlock(kind: .headline, span: lines[headline].content)) }
        let bodyLines = kept.filter { $0 != headline }
        let blankSeparated = Self.usesBlankLineParagraphs(lines: lines, kept: bodyLines)
        var paragraph: TextSpan?
        var previous: Int?
        for index in bodyLines {
            var span = lines[index].content
            if blocks.count == (headline == nil ? 0 : 1) && paragraph == nil,
                let prefix = WirePrefix.match(text[span])
            {
                // A wire tag or dateline opening the first paragraph.
                removed.append(RemovedSpan(span: TextSpan(span.start, span.start + prefix.length), reason: .byline))
                metadata.absorb(prefix)
                span = TextSpan(span.start + prefix.length, span.end)
                if span.isEmpty { continue }
            }
            let continues =
                blankSeparated && paragraph != nil && previous.map { $0 + 1 == index } == true
                && !Self.endsParagraph(text[lines[previous!].content])
            if continues, let open = paragraph {
                paragraph = TextSpan(open.start, span.end)
            } else {
                if let open = paragraph { blocks.append(TextBlock(kind: .paragraph, span: open)) }
                paragraph = span
            }
            previous = index
        }
        if let open = paragraph { blocks.append(TextBlock(kind: .paragraph, span: open)) }
        guard !blocks.isEmpty else { throw .noArticleText }
        try ArticleReadingError.checkBlockLengths(blocks)

        removed.sort { $0.span < $1.span }
        return Article(id: id, text: text, blocks: blocks, removed: removed, metadata: metadata)
    }

    /// Lines shorter than this many Unicode scalars count against a run of article text, longer ones for it.
    static let articleLineLength = 60
    /// The lines at an end are cut only when they hold a run of at least this many menu-like lines
    /// (``isMenuLike(_:)``): an article's own headline and closing lines, a conversation's short turns or
    /// a list of posts are not a site's menu.
    static let minimumMenuRun = 6
    /// A menu-like line has at most this many words.
    static let maximumMenuWords = 4

    /// Which of the candidate lines are the article and which the page around it, for text copied from a
    /// whole web page: the article is the run of lines whose summed `length − articleLineLength` (length
    /// in Unicode scalars) is largest, as long lines of prose outweigh the short lines of menus, link lists,
    /// teasers and footers around them. The lines before and after that run are page chrome when they hold
    /// ``minimumMenuRun`` menu-like lines in a row; otherwise that end is kept. Text without a line of
    /// prose (no run of positive sum) is kept whole.
    static func pageChrome(lines: [Substring]) -> (leading: Range<Int>, articleLines: Range<Int>, trailing: Range<Int>)
    {
        var best = Int.min
        var bestRange = 0..<lines.count
        var sum = 0
        var start = 0
        for (index, line) in lines.enumerated() {
            if sum <= 0 {
                sum = 0
                start = index
            }
            sum += line.unicodeScalars.count - articleLineLength
            if sum > best {
                best = sum
                bestRange = start..<(index + 1)
            }
        }
        let whole = (0..<0, 0..<lines.count, lines.count..<lines.count)
        guard best > 0 else { return whole }
        let lower = hasMenuRun(lines[..<bestRange.lowerBound]) ? bestRange.lowerBound : 0
        let upper = hasMenuRun(lines[bestRange.upperBound...]) ? bestRange.upperBound : lines.count
        return (0..<lower, lower..<upper, upper..<lines.count)
    }

    /// Whether `lines` hold ``minimumMenuRun`` menu-like lines in a row.
    private static func hasMenuRun(_ lines: ArraySlice<Substring>) -> Bool {
        var run = 0
        for line in lines {
            run = isMenuLike(line) ? run + 1 : 0
            if run >= minimumMenuRun { return true }
        }
        return false
    }

    /// A menu item or link: at most ``maximumMenuWords`` words, not ending a sentence
    /// (`World`, `Terms of use`, `• Sign In`), unlike a conversation's `Yes.` or `What?`.
    static func isMenuLike(_ line: Substring) -> Bool {
        guard let last = line.unicodeScalars.last, !sentenceEnds.contains(last) else { return false }
        var words = 0
        var inWord = false
        for byte in line.utf8 {
            if byte == 0x20 || byte == 0x09 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > maximumMenuWords { return false }
            }
        }
        return true
    }

    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "…", "\"", "”", "’", ")"]

    /// A short line without a sentence-final period, or any line the page repeats (as pages do with headlines).
    private func isHeadline(_ line: Substring, repeated: Bool) -> Bool {
        if repeated { return true }
        guard line.utf8.count <= 200 else { return false }
        let words = line.split(separator: " ")
        let unquoted = line.reversed().drop { "\"”’')]".contains($0) }
        guard words.count >= 2, line.utf8.count <= 200, let last = unquoted.first else { return false }
        return !".,;:".contains(last)
    }

    /// True when the input separates paragraphs with blank lines (so single line breaks only wrap lines).
    private static func usesBlankLineParagraphs(lines: [Line], kept: [Int]) -> Bool {
        zip(kept, kept.dropFirst()).contains { first, second in
            lines[(first + 1)..<second].contains(where: \.isBlank)
        }
    }

    /// A long line that ends a sentence ends its paragraph even without a blank line after it:
    /// hand-wrapped text rarely has lines over 100 bytes.
    private static func endsParagraph(_ line: Substring) -> Bool {
        guard line.utf8.count > 100, let last = line.last else { return false }
        return ".!?\"”’)".contains(last)
    }
}

extension NoiseLine {
    var reason: RemovedSpan.Reason {
        switch self {
        case .furniture(let reason): reason
        case .copyright: .copyright
        case .byline, .wireTag: .byline
        case .dateline: .dateline
        case .commentSection: .comments
        }
    }
}

extension ArticleMetadata {
    /// Takes what a noise line tells about the article; the first value found wins.
    mutating func absorb(_ noise: NoiseLine, line: Substring) {
        switch noise {
        case .furniture: break
        case .copyright(let year, let holder):
            if copyright == nil { copyright = String(line) }
            if let year, date == nil { date = PartialDate(year: year) }
            if publisher == nil, let holder { publisher = holder }
        case .byline(let names, let parsed):
            authors.append(contentsOf: names.filter { !authors.contains($0) })
            if let parsed, date.map({ $0.month == nil }) ?? true { date = parsed }
        case .commentSection: break
        case .wireTag(let agency):
            publisher = agency
        case .dateline(let parsed):
            if let parsed, date.map({ $0.month == nil }) ?? true { date = parsed }
        }
    }

    mutating func absorb(_ prefix: WirePrefix) {
        if let agency = prefix.agency { publisher = agency }
        if let place = prefix.place, datelinePlace == nil { datelinePlace = place }
    }
}

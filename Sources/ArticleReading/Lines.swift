import AnnotationModel

/// A line of the input: its content without the line break, and the same with outer blanks trimmed.
struct Line {
    /// The line's content, without its line terminator.
    var span: TextSpan
    /// ``span`` without leading and trailing blanks; empty for a blank line.
    var content: TextSpan

    var isBlank: Bool { content.isEmpty }
}

enum LineScanner {
    /// Splits UTF-8 text into lines at LF, CRLF or CR.
    static func lines(of bytes: UnsafeBufferPointer<UInt8>) -> [Line] {
        var lines: [Line] = []
        var start = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(line(bytes, start, index))
                if byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A { index += 1 }
                index += 1
                start = index
            } else {
                index += 1
            }
        }
        if start < count { lines.append(line(bytes, start, count)) }
        return lines
    }

    private static func line(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Line {
        var lower = start
        var upper = end
        while lower < upper, let width = blankWidth(bytes, at: lower) { lower += width }
        while lower < upper, let width = blankWidth(bytes, endingAt: upper) { upper -= width }
        return Line(span: TextSpan(start, end), content: TextSpan(lower, upper))
    }

    /// The byte length of a blank (space, tab, form feed, vertical tab, no-break space, BOM, zero-width
    /// space) starting at `index`, or nil.
    static func blankWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        switch bytes[index] {
        case 0x20, 0x09, 0x0B, 0x0C: return 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: return 2
        case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF: return 3
        case 0xE2
        where index + 2 < bytes.count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0x8B || bytes[index + 2] == 0xAF):
            return 3
        default: return nil
        }
    }

    /// The byte length of a blank ending just before `end`, or nil.
    static func blankWidth(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int? {
        if end >= 1, let width = blankWidth(bytes, at: end - 1), width == 1 { return 1 }
        if end >= 2, let width = blankWidth(bytes, at: end - 2), width == 2 { return 2 }
        if end >= 3, let width = blankWidth(bytes, at: end - 3), width == 3 { return 3 }
        return nil
    }
}

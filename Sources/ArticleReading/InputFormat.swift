import AnnotationModel

/// Chooses the reader for an input: from the file's extension, else from its first bytes.
public enum InputFormatDetection {
    /// The format a file name's extension names: `.txt`/`.text` text, `.html`/`.htm`/`.xhtml` HTML,
    /// `.jsonl`/`.ndjson` JSON Lines, `.tei`/`.xml` TEI; nil for any other name.
    public static func format(forFileName name: String) -> ArticleSource.Format? {
        let lower = name.lowercased()
        guard let dot = lower.lastIndex(of: ".") else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "txt", "text": return .text
        case "html", "htm", "xhtml", "shtml": return .html
        case "jsonl", "ndjson", "jsonlines": return .jsonl
        case "tei", "xml": return .tei
        default: return nil
        }
    }

    /// The format the content looks like: an HTML page (`<!DOCTYPE html`, `<html`, `<head`, `<body`,
    /// `<article`, `<div`, `<p>`), TEI (an XML document whose root is `TEI`/`teiCorpus`), JSON Lines
    /// (a first line that is a JSON object), and otherwise plain text.
    public static func format(ofContent bytes: some Collection<UInt8>) -> ArticleSource.Format {
        var head = Array(bytes.prefix(4096))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            // UTF-16: look at every other byte.
            let little = head.starts(with: [0xFF, 0xFE])
            head = stride(from: 2, to: head.count - 1, by: 2).map { little ? head[$0] : head[$0 + 1] }
        }
        let text = String(decoding: head, as: UTF8.self)
        let trimmed = text.drop { $0.isWhitespace }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("{") { return .jsonl }
        guard lower.hasPrefix("<") else { return .text }
        if lower.hasPrefix("<?xml") || lower.hasPrefix("<tei") || lower.hasPrefix("<!--") {
            if lower.contains("<tei") || lower.contains(":tei") || lower.contains("<teicorpus") { return .tei }
            if lower.contains("<html") { return .html }
            return .tei
        }
        for marker in [
            "<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p", "<meta", "<title", "<!--",
        ]
        where lower.hasPrefix(marker) {
            return .html
        }
        if lower.hasPrefix("<!doctype tei") { return .tei }
        return .text
    }
}

import AnnotationModel
import ArticleReading
import Foundation

/// One article of a JSON Lines dump: a JSON object per line with `text` or `html` (required) and
/// `id`, `title`, `date`, `url`, `source`, `author`/`authors` (optional); any other field is kept as
/// metadata and passed on.
public struct JSONLinesArticle {
    /// The `id` as the input gave it (a string or a number), for the output record.
    public var originalID: Any?
    /// The article id used in the TEI: `id` made portable as `corpus` makes it (`gum-news-1` → `gum_news_1`),
    /// or one made from the line's content.
    public var id: String
    public var format: ArticleSource.Format
    public var content: [UInt8]
    /// Fields besides the article text, as given.
    public var fields: [String: Any]

    private static let known: Set<String> = [
        "id", "text", "html", "title", "date", "url", "source", "author", "authors",
    ]

    /// Parses one line.
    /// - Throws: ``JSONLinesError`` when the line is not a JSON object with a `text` or `html` string.
    public init(line: some Collection<UInt8>) throws(JSONLinesError) {
        let data = Data(line)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw .notJSON((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "invalid JSON")
        }
        guard let record = object as? [String: Any] else { throw .notAnObject }
        if let html = record["html"] as? String {
            format = .html
            content = Array(html.utf8)
        } else if let text = record["text"] as? String {
            format = .text
            content = Array(text.utf8)
        } else {
            throw .noText
        }
        originalID = record["id"]
        let rawID: String? =
            switch record["id"] {
            case let text as String: text
            case let number as NSNumber: number.stringValue
            default: nil
            }
        id = rawID.map(ArticleIdentifier.portable) ?? ArticleIdentifier.fromContent(Array(line))
        fields = record.filter { $0.key != "text" && $0.key != "html" }
    }

    /// What the record says of the article, put into the metadata the reader found (the record wins).
    public func apply(to metadata: inout ArticleMetadata) {
        if let title = fields["title"] as? String, !title.isEmpty { metadata.title = title }
        if let date = fields["date"] as? String, let parsed = PartialDate.parse(date) { metadata.date = parsed }
        if let url = fields["url"] as? String { metadata.url = url }
        if let source = fields["source"] as? String, !source.isEmpty { metadata.publisher = source }
        if let author = fields["author"] as? String { metadata.authors = [author] }
        if let authors = fields["authors"] as? [String] { metadata.authors = authors }
        for (key, value) in fields where !Self.known.contains(key) {
            if let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys])
            {
                metadata.additional[key] = String(decoding: data, as: UTF8.self)
            }
        }
    }

    /// The output record: `{"id": …, "metadata": {…}, "tei": "…"}` on one line, ending with a line feed.
    public func record(metadata: ArticleMetadata, removed: Int, tei: [UInt8]) -> [UInt8] {
        var described: [String: Any] = [:]
        for (key, value) in fields where !Self.known.contains(key) { described[key] = value }
        if let title = metadata.title { described["title"] = title }
        if !metadata.authors.isEmpty { described["authors"] = metadata.authors }
        if let date = metadata.date { described["date"] = date.description }
        if let publisher = metadata.publisher { described["publisher"] = publisher }
        if let url = metadata.url { described["url"] = url }
        if let source = fields["source"] { described["source"] = source }
        if let place = metadata.datelinePlace { described["dateline"] = place }
        described["language"] = metadata.language
        described["removedSpans"] = removed
        let record: [String: Any] = [
            "id": originalID ?? id, "metadata": described, "tei": String(decoding: tei, as: UTF8.self),
        ]
        var bytes =
            (try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes]))
            .map { [UInt8]($0) } ?? []
        bytes.append(0x0A)
        return bytes
    }
}

/// Why a line of a JSON Lines input is not an article.
public enum JSONLinesError: Error, CustomStringConvertible {
    case notJSON(String)
    case notAnObject
    case noText

    public var description: String {
        switch self {
        case .notJSON(let reason): "not JSON (\(reason))"
        case .notAnObject: "not a JSON object"
        case .noText: "no \"text\" or \"html\" string"
        }
    }
}

/// Splits a byte stream into lines without holding more than one line (and one read buffer) in memory.
public struct LineStream {
    private let read: () -> [UInt8]
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false

    /// - Parameter read: returns the next chunk of bytes, empty at the end.
    public init(read: @escaping () -> [UInt8]) {
        self.read = read
    }

    /// The next line without its line feed (and CR), or nil at the end.
    public mutating func next() -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                var line = buffer[position..<newline]
                position = newline + 1
                if line.last == 0x0D { line = line.dropLast() }
                return line
            }
            if finished {
                guard position < buffer.count else { return nil }
                let line = buffer[position...]
                position = buffer.count
                return line
            }
            // Keep only the unfinished line, then read more.
            buffer.removeSubrange(0..<position)
            position = 0
            let chunk = read()
            if chunk.isEmpty { finished = true } else { buffer += chunk }
        }
    }
}

import AnnotationModel
import Foundation
import LibXML

/// Reads what a page says about its article in its head: JSON-LD (`NewsArticle`, `Article`,
/// `ReportageNewsArticle`, `BlogPosting`, `LiveBlogPosting`, also inside `@graph`), Open Graph
/// (`og:title`, `og:site_name`, `article:published_time`, `og:url`), `<meta name="author">`,
/// `<meta name="date">` and kin, `<link rel="canonical">`, `<html lang>`, and `<time datetime>`.
/// JSON-LD wins over Open Graph, which wins over plain `<meta>`.
enum HTMLMetadata {
    private static let articleTypes: Set<String> = [
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "LiveBlogPosting",
        "OpinionNewsArticle", "Report", "BackgroundNewsArticle", "ReviewNewsArticle", "WebPage",
    ]

    static func read(_ root: XMLNode, document: XMLDocument) -> ArticleMetadata {
        var metadata = ArticleMetadata()
        var meta: [String: String] = [:]
        var jsonLD: [[String: Any]] = []
        var firstTime: String?
        var canonical: String?
        var titleElement: String?
        if let language = root.attribute("lang").flatMap(ArticleMetadata.languageTag) { metadata.language = language }
        root.forEachDescendantElement { element in
            switch element.name.lowercased() {
            case "meta":
                let key = (element.attribute("property") ?? element.attribute("name") ?? element.attribute("itemprop"))?
                    .lowercased()
                if let key, let content = element.attribute("content")?.trimmingCharacters(in: .whitespacesAndNewlines),
                    !content.isEmpty, meta[key] == nil
                {
                    meta[key] = content
                }
            case "script":
                guard element.attribute("type")?.lowercased() == "application/ld+json" else { return }
                let data = Data(element.textContent.utf8)
                if let object = try? JSONSerialization.jsonObject(with: data) { jsonLD += articleObjects(in: object) }
            case "time":
                if firstTime == nil { firstTime = element.attribute("datetime") }
            case "link":
                if element.attribute("rel")?.lowercased() == "canonical" { canonical = element.attribute("href") }
            case "title":
                if titleElement == nil { titleElement = element.textContent }
            default:
                break
            }
        }
        let article = jsonLD.first { object in types(of: object).contains { $0 != "WebPage" } } ?? jsonLD.first

        metadata.title =
            (article?["headline"] as? String).map(clean) ?? meta["og:title"].map(clean) ?? meta["twitter:title"]
            .map(clean) ?? titleElement.map { stripSiteName(clean($0)) }
        if let title = metadata.title, title.isEmpty { metadata.title = nil }
        metadata.authors = authors(article?["author"])
        if metadata.authors.isEmpty, let author = meta["author"] ?? meta["article:author"] ?? meta["byl"] {
            if !author.hasPrefix("http") {
                let cleaned = author.hasPrefix("By ") ? String(author.dropFirst(3)) : author
                metadata.authors = cleaned.replacingOccurrences(of: " and ", with: ",").split(separator: ",")
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
        }
        let dateText =
            article?["datePublished"] as? String ?? meta["article:published_time"] ?? meta["date"]
            ?? meta["pubdate"] ?? meta["publish-date"] ?? meta["dc.date"] ?? meta["dc.date.issued"]
            ?? meta["datepublished"] ?? meta["sailthru.date"] ?? firstTime
        if let dateText, let match = DateLineParser.match(Substring(dateText)) { metadata.date = match.date }
        metadata.publisher =
            name(of: article?["publisher"]) ?? meta["og:site_name"] ?? meta["publisher"] ?? meta["application-name"]
        metadata.url = article?["url"] as? String ?? canonical ?? meta["og:url"]
        if let url = metadata.url, !url.hasPrefix("http") { metadata.url = nil }
        return metadata
    }

    /// Article-like objects of a JSON-LD value: the value itself, array items, `@graph` members.
    private static func articleObjects(in value: Any) -> [[String: Any]] {
        if let array = value as? [Any] { return array.flatMap(articleObjects) }
        guard let object = value as? [String: Any] else { return [] }
        var result: [[String: Any]] = []
        if types(of: object).contains(where: articleTypes.contains) { result.append(object) }
        if let graph = object["@graph"] { result += articleObjects(in: graph) }
        if let main = object["mainEntity"] { result += articleObjects(in: main) }
        return result
    }

    private static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type] }
        return object["@type"] as? [String] ?? []
    }

    /// Persons named as authors (an organization as author is not a byline).
    private static func authors(_ value: Any?) -> [String] {
        if let array = value as? [Any] { return array.flatMap { authors($0) } }
        if let object = value as? [String: Any], let type = object["@type"] as? String, type != "Person" { return [] }
        if let name = name(of: value) { return [name] }
        return []
    }

    private static func name(of value: Any?) -> String? {
        if let text = value as? String { return text.hasPrefix("http") ? nil : clean(text) }
        if let object = value as? [String: Any], let name = object["name"] as? String { return clean(name) }
        if let array = value as? [Any] { return array.lazy.compactMap { name(of: $0) }.first }
        return nil
    }

    private static func clean(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `Storm hits coast | The Daily Example` → `Storm hits coast`.
    private static func stripSiteName(_ title: String) -> String {
        for separator in [" | ", " - ", " — ", " – ", " :: "] {
            if let range = title.range(of: separator, options: .backwards) {
                return String(title[..<range.lowerBound])
            }
        }
        return title
    }
}

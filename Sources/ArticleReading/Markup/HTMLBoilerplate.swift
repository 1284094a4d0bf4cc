import AnnotationModel
import LibXML

/// What an HTML element is for, judged from its tag, ARIA role, `class` and `id`: page furniture to
/// drop (with the reason), or a hint that it holds the article.
enum HTMLRole: Equatable {
    case furniture(RemovedSpan.Reason)
    /// Likely the article's container (`<article>`, `itemprop="articleBody"`, `class="story-body"`).
    case articleHint(strength: Int)
    case neutral

    var isFurniture: Bool {
        if case .furniture = self { return true }
        return false
    }
}

enum HTMLBoilerplate {
    /// Elements whose content is never text a reader sees.
    static let invisible: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "head",
        "select", "option", "input", "textarea", "video", "audio", "source", "track", "map", "meta", "link", "img",
    ]

    /// Block-level elements: each starts a new block of text.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "button", "legend", "label", "time",
    ]

    private static let furnitureTags: [String: RemovedSpan.Reason] = [
        "nav": .navigation, "aside": .related, "footer": .markup, "form": .newsletter, "button": .shareWidget,
        "figcaption": .caption, "menu": .navigation, "dialog": .markup, "address": .byline,
    ]
    private static let furnitureRoles: [String: RemovedSpan.Reason] = [
        "navigation": .navigation, "complementary": .related, "contentinfo": .markup, "banner": .navigation,
        "search": .navigation, "menu": .navigation, "menubar": .navigation, "dialog": .markup,
        "alertdialog": .cookieNotice, "toolbar": .shareWidget,
    ]

    /// Words of `class` and `id` values and the reason they mark, checked in this order.
    private static let furnitureWords: [(reason: RemovedSpan.Reason, words: [String])] = [
        (.cookieNotice, ["cookie", "cookies", "consent", "gdpr", "cmp", "onetrust", "privacy-banner"]),
        (.comments, ["comment", "comments", "disqus", "discussion", "replies", "respond", "coral"]),
        (
            .advertisement,
            [
                "ad", "ads", "advert", "advertisement", "advertising", "adslot", "ad-slot", "adunit", "dfp", "gpt",
                "sponsor", "sponsored", "promo", "promoted", "outbrain", "taboola", "commercial", "banner-ad",
            ]
        ),
        (.newsletter, ["newsletter", "subscribe", "subscription", "signup", "sign-up", "paywall", "regwall", "optin"]),
        (.shareWidget, ["share", "sharing", "social", "sharebar", "share-bar", "toolbar", "print", "bookmark"]),
        (
            .related,
            [
                "related", "recommended", "recommendations", "more-stories", "read-more", "readmore", "most-read",
                "mostread", "most-popular", "popular", "trending", "sidebar", "rail", "widget", "teaser", "tags",
                "topics", "keywords", "also", "next-article", "more-on",
            ]
        ),
        (.caption, ["caption", "figcaption", "credit", "credits", "photo-credit", "image-credit", "media-caption"]),
        (
            .navigation,
            [
                "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "masthead", "topbar", "skip",
                "skiplink", "header", "site-header", "footer", "site-footer", "pagination", "pager",
            ]
        ),
        (.byline, ["byline", "author", "authors", "contributor", "by-line"]),
        (.dateline, ["timestamp", "dateline", "published", "pubdate", "updated", "date", "time", "meta"]),
    ]

    private static let articleWords: [(word: String, strength: Int)] = [
        ("articlebody", 3), ("article-body", 3), ("article__body", 3), ("story-body", 3), ("storybody", 3),
        ("entry-content", 3), ("post-content", 3), ("post-body", 3), ("article-content", 3), ("story-text", 3),
        ("body-text", 3), ("article-text", 3), ("text-block", 2), ("story-content", 3), ("main-content", 2),
        ("content", 1), ("article", 2), ("story", 2), ("post", 1), ("entry", 1), ("body", 1), ("text", 1),
        ("live-blog", 2), ("liveblog", 2),
    ]

    /// Each furniture word's place in ``furnitureWords`` (the first list that holds it).
    private static let furnitureRank: [String: Int] = {
        var rank: [String: Int] = [:]
        for (index, group) in furnitureWords.enumerated() {
            for word in group.words where rank[word] == nil { rank[word] = index }
        }
        return rank
    }()

    private static let articleStrength: [String: Int] = Dictionary(
        articleWords.map { ($0.word, $0.strength) }, uniquingKeysWith: max)

    /// The role of one element, from itself alone (not its ancestors).
    static func role(of element: XMLNode) -> HTMLRole {
        let tag = element.name
        if element.attribute("hidden") != nil || element.attribute("aria-hidden") == "true" {
            return .furniture(.markup)
        }
        if let style = element.attribute("style")?.lowercased().filter({ $0 != " " }),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return .furniture(.markup)
        }
        if element.attribute("itemprop") == "articleBody" { return .articleHint(strength: 4) }
        if let role = element.attribute("role")?.lowercased() {
            if let reason = furnitureRoles[role] { return .furniture(reason) }
            if role == "main" || role == "article" { return .articleHint(strength: 2) }
        }
        if let reason = furnitureTags[tag] { return .furniture(reason) }
        var rank: Int?
        var strength: Int?
        forEachDescriptorWord(of: element) { word in
            if let wordRank = furnitureRank[word] { rank = min(rank ?? wordRank, wordRank) }
            if let wordStrength = articleStrength[word] { strength = max(strength ?? wordStrength, wordStrength) }
        }
        if let rank { return .furniture(furnitureWords[rank].reason) }
        if let strength { return .articleHint(strength: strength) }
        if tag == "article" { return .articleHint(strength: 2) }
        if tag == "main" { return .articleHint(strength: 1) }
        if tag == "header" { return .furniture(.navigation) }
        return .neutral
    }

    /// True when `element` is furniture only by the words of its `class` or `id`, or by being a `<form>`
    /// (not by another tag, its role or hidden state): such a judgment can be wrong (the Guardian's body is
    /// `article-body-commercial-selector`; an ASP.NET page wraps all of itself in one `<form>`).
    static func isSoftFurniture(_ element: XMLNode) -> Bool {
        guard case .furniture = role(of: element) else { return false }
        if element.attribute("hidden") != nil || element.attribute("aria-hidden") == "true" { return false }
        if element.name != "form" && furnitureTags[element.name] != nil { return false }
        if let role = element.attribute("role")?.lowercased(), furnitureRoles[role] != nil { return false }
        if let style = element.attribute("style")?.lowercased().filter({ $0 != " " }),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return false
        }
        return true
    }

    /// Calls `body` with each word of an element's `class`, `id`, `data-component` and `data-testid`,
    /// lower case, also split at `-`, `_` and camel case (`article-body__ad-slot` gives
    /// `article-body__ad-slot`, `article`, `body`, `ad`, `slot`, and the joined pairs `article-body`,
    /// `ad-slot`); a word may come more than once.
    static func forEachDescriptorWord(of element: XMLNode, _ body: (String) -> Void) {
        for attribute in ["class", "id", "data-component", "data-testid"] {
            guard let value = element.attribute(attribute) else { continue }
            for token in tokens(value) { forEachWord(of: token, body) }
        }
    }

    /// The `class` words that mark an element as the article's body (`article__body` in
    /// `grid--item article__body`, `article-body-text` in `article-body-text component version-2`).
    static func bodyClassWords(of element: XMLNode) -> Set<Substring> {
        Set(
            tokens(element.attribute("class") ?? "").filter { token in
                var marksBody = false
                forEachWord(of: token) { marksBody = marksBody || (articleStrength[$0] ?? 0) >= 3 }
                return marksBody
            })
    }

    /// The words of an attribute value, lower case.
    private static func tokens(_ value: String) -> [Substring] {
        value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
    }

    /// A word and its parts (`article-body__ad-slot` gives itself, `article`, `body`, `ad`, `slot`,
    /// `article-body`, `body-ad`, `ad-slot` …).
    private static func forEachWord(of token: Substring, _ body: (String) -> Void) {
        body(token.lowercased())
        let pieces = token.split(whereSeparator: { $0 == "-" || $0 == "_" })
        let hasUpperCase = token.utf8.contains { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
        let parts = hasUpperCase ? pieces.flatMap(camelCaseWords) : pieces.map(String.init)
        guard parts.count > 1 || parts.first != token.lowercased() else { return }
        for part in parts { body(part) }
        for pair in zip(parts, parts.dropFirst()) { body(pair.0 + "-" + pair.1) }
        if token.contains("__") {
            for chunk in token.lowercased().components(separatedBy: "__") { body(chunk) }
        }
    }

    /// `newsCaption` → `news`, `caption`; `relatedLinks2` → `related`, `links2`; lower case.
    private static func camelCaseWords(_ part: Substring) -> [String] {
        var words: [String] = []
        var current = ""
        var previousIsLower = false
        for character in part {
            if character.isUppercase && previousIsLower && !current.isEmpty {
                words.append(current)
                current = ""
            }
            current += character.lowercased()
            previousIsLower = character.isLowercase || character.isNumber
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}

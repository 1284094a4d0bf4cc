import AnnotationModel
import Evaluation
import Foundation

/// One self-contained HTML page for an article: the text with names coloured by type (persons blue,
/// places green, organizations orange) and quotations highlighted (direct: yellow, reported: purple)
/// with their speaker after them; hovering a name or quotation shows its register entry; the
/// register and the quotations are listed in a side panel, where clicking an entry outlines its
/// mentions. `page.html#ID` opens on the entry `ID`. Styles, script and data are inline: the page
/// needs no network and no other file.
enum HTMLPageWriter {
    static let typeClasses = ["PER": "per", "LOC": "loc", "ORG": "org"]
    static let typeNames = ["PER": "Persons", "LOC": "Places", "ORG": "Organizations"]

    static func page(_ article: TEIArticle, indexLink: String?) -> String {
        let mentions = Dictionary(article.names.compactMap(\.entryID).map { ($0, 1) }, uniquingKeysWith: +)
        let entries = Dictionary(article.register.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let title = article.source.title ?? article.id
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="tei-annotator">
            <title>\(HTMLEscaping.escaped(title))</title>
            <style>\(HTMLAssets.style)</style>
            </head>
            <body>
            <header>

            """
        if let indexLink { html += "<nav><a href=\"\(HTMLEscaping.escaped(indexLink))\">← all articles</a></nav>\n" }
        html += "<h1>\(HTMLEscaping.escaped(title))</h1>\n"
        let meta = [article.source.publisher, article.source.date, article.id].compactMap { $0 }
        html += "<p class=\"meta\">\(meta.map(HTMLEscaping.escaped).joined(separator: " · "))</p>\n"
        html += HTMLAssets.legend + "</header>\n<main>\n<article id=\"text\">\n"
        html += body(article, entries: entries)
        html += "</article>\n" + panel(article, mentions: mentions, entries: entries) + "</main>\n"
        html += "<div id=\"card\" role=\"tooltip\" hidden></div>\n"
        html += "<script type=\"application/json\" id=\"annotations\">"
        html += HTMLEscaping.scriptSafe(data(article, mentions: mentions)) + "</script>\n"
        html += "<script>\(HTMLAssets.script)</script>\n</body>\n</html>\n"
        return html
    }

    // MARK: The text

    private struct Mark {
        var span: TextSpan
        var open: String
        /// Written after the closing tag (a quotation's speaker).
        var after: String
        var isQuote: Bool
        var order: Int
    }

    private static func body(_ article: TEIArticle, entries: [String: TEIArticle.Entry]) -> String {
        var marks: [Mark] = []
        for (index, name) in article.names.enumerated() {
            let type = typeClasses[name.type] ?? "other"
            let entry = entries[name.entryID ?? ""]
            var attributes = "class=\"ent \(type)\""
            if let entryID = name.entryID { attributes += " data-entry=\"\(HTMLEscaping.escaped(entryID))\"" }
            attributes += " title=\"\(HTMLEscaping.escaped(tooltip(name, entry)))\""
            marks.append(Mark(span: name.span, open: "<span \(attributes)>", after: "", isQuote: false, order: index))
        }
        for (index, quote) in article.quotes.enumerated() {
            let kind = quote.isDirect ? "direct" : "reported"
            let speaker = entries[quote.speakerID ?? ""]
            var attributes = "class=\"quote \(kind)\" data-quote=\"\(index)\""
            if let speakerID = quote.speakerID { attributes += " data-speaker=\"\(HTMLEscaping.escaped(speakerID))\"" }
            let speakerName = speaker?.name ?? quote.speakerNames.first
            for (part, span) in quote.parts.enumerated() {
                var after = ""
                if part == quote.parts.count - 1 {
                    let label = speakerName.map { "— " + $0 } ?? "— speaker unknown"
                    let speakerAttribute =
                        quote.speakerID.map { " data-speaker=\"\(HTMLEscaping.escaped($0))\"" } ?? ""
                    after =
                        "<span class=\"speaker \(kind)\" data-quote=\"\(index)\"\(speakerAttribute)>"
                        + "\(HTMLEscaping.escaped(label))</span>"
                }
                marks.append(
                    Mark(span: span, open: "<span \(attributes)>", after: after, isQuote: true, order: index))
            }
        }
        marks.sort { lhs, rhs in
            if lhs.span.start != rhs.span.start { return lhs.span.start < rhs.span.start }
            if lhs.span.end != rhs.span.end { return lhs.span.end > rhs.span.end }
            if lhs.isQuote != rhs.isQuote { return lhs.isQuote }
            return lhs.order < rhs.order
        }
        var html = ""
        var next = 0
        for block in article.blocks {
            let element = block.kind == .headline ? "h2" : "p"
            html += "<\(element)>"
            var cursor = block.span.start
            var open: [Mark] = []
            func closeUntil(_ offset: Int) {
                while let top = open.last, top.span.end <= offset {
                    html += HTMLEscaping.escaped(article.text[TextSpan(cursor, top.span.end)]) + "</span>" + top.after
                    cursor = top.span.end
                    open.removeLast()
                }
            }
            while next < marks.count && marks[next].span.start < block.span.end {
                let mark = marks[next]
                next += 1
                guard block.span.contains(mark.span) else { continue }
                closeUntil(mark.span.start)
                // Spans read from XML nest; one that does not is left out rather than written crossed.
                if let top = open.last, top.span.end < mark.span.end { continue }
                html += HTMLEscaping.escaped(article.text[TextSpan(cursor, mark.span.start)]) + mark.open
                cursor = mark.span.start
                open.append(mark)
            }
            closeUntil(block.span.end)
            html += HTMLEscaping.escaped(article.text[TextSpan(cursor, block.span.end)]) + "</\(element)>\n"
        }
        return html
    }

    private static func tooltip(_ name: TEIArticle.Name, _ entry: TEIArticle.Entry?) -> String {
        let type = ["PER": "person", "LOC": "place", "ORG": "organization"][name.type] ?? name.type
        guard let entry else { return "\(type) (not in the register)" }
        return ([entry.name, type] + entry.roles).joined(separator: " · ")
    }

    // MARK: The side panel

    private static func panel(
        _ article: TEIArticle, mentions: [String: Int], entries: [String: TEIArticle.Entry]
    ) -> String {
        var html = "<aside id=\"register\">\n<h2>Register</h2>\n"
        for type in ["PER", "LOC", "ORG"] {
            let group = article.register.filter { $0.type == type }
            guard !group.isEmpty else { continue }
            let css = typeClasses[type]!
            html += "<section>\n<h3><span class=\"swatch \(css)\"></span>\(typeNames[type]!) "
            html += "<span class=\"n\">\(group.count)</span></h3>\n<ul>\n"
            for entry in group {
                html += "<li class=\"entry \(css)\" data-entry=\"\(HTMLEscaping.escaped(entry.id))\" tabindex=\"0\">"
                html += "<span class=\"name\">\(HTMLEscaping.escaped(entry.name))</span>"
                html += "<span class=\"count\" title=\"mentions\">\(mentions[entry.id] ?? 0)</span>"
                if !entry.roles.isEmpty {
                    html += "<div class=\"detail\">\(HTMLEscaping.escaped(entry.roles.joined(separator: ", ")))</div>"
                }
                if !entry.variants.isEmpty {
                    html +=
                        "<div class=\"detail\">also: \(HTMLEscaping.escaped(entry.variants.joined(separator: ", ")))</div>"
                }
                for uri in entry.uris {
                    html += "<div class=\"detail\"><a href=\"\(HTMLEscaping.escaped(uri))\">"
                    html += "\(HTMLEscaping.escaped(uri.replacingOccurrences(of: "https://", with: "")))</a></div>"
                }
                html += "</li>\n"
            }
            html += "</ul>\n</section>\n"
        }
        if !article.quotes.isEmpty {
            html += "<section>\n<h3><span class=\"swatch quote\"></span>Quotations "
            html += "<span class=\"n\">\(article.quotes.count)</span></h3>\n<ol class=\"quotes\">\n"
            for (index, quote) in article.quotes.enumerated() {
                let text = quote.parts.map { String(article.text[$0]) }.joined(separator: " ")
                let short = text.count > 110 ? text.prefix(107) + "…" : Substring(text)
                let speaker = entries[quote.speakerID ?? ""]?.name ?? quote.speakerNames.first ?? "speaker unknown"
                let speakerAttribute = quote.speakerID.map { " data-speaker=\"\(HTMLEscaping.escaped($0))\"" } ?? ""
                html += "<li class=\"qitem \(quote.isDirect ? "direct" : "reported")\" data-quote=\"\(index)\""
                html += "\(speakerAttribute) tabindex=\"0\"><span class=\"qtext\">\(HTMLEscaping.escaped(short))</span>"
                html += "<span class=\"qspeaker\">\(HTMLEscaping.escaped(speaker))"
                html += quote.isDirect ? "" : " (reported)"
                html += "</span></li>\n"
            }
            html += "</ol>\n</section>\n"
        }
        if article.register.isEmpty && article.quotes.isEmpty { html += "<p class=\"detail\">No entries.</p>\n" }
        return html + "</aside>\n"
    }

    // MARK: Data for the script

    private struct PageData: Encodable {
        struct Entry: Encodable {
            var type: String
            var name: String
            var variants: [String]
            var roles: [String]
            var uris: [String]
            var mentions: Int
        }

        struct Quote: Encodable {
            var direct: Bool
            var speaker: String?
            var speakerName: String?
        }

        var entries: [String: Entry]
        var quotes: [Quote]
    }

    private static func data(_ article: TEIArticle, mentions: [String: Int]) -> String {
        let data = PageData(
            entries: Dictionary(
                article.register.map {
                    (
                        $0.id,
                        PageData.Entry(
                            type: $0.type, name: $0.name, variants: $0.variants, roles: $0.roles, uris: $0.uris,
                            mentions: mentions[$0.id] ?? 0)
                    )
                }, uniquingKeysWith: { first, _ in first }),
            quotes: article.quotes.map {
                PageData.Quote(direct: $0.isDirect, speaker: $0.speakerID, speakerName: $0.speakerNames.first)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(data)) ?? Data("{}".utf8), as: UTF8.self)
    }
}

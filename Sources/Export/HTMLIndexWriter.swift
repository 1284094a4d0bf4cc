import Evaluation
import Foundation

/// The index page of a corpus: one row per article with its title (linking to its page), publisher,
/// date and how many persons, places, organizations and quotations it has.
enum HTMLIndexWriter {
    static func page(_ inputs: [ExportInput]) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="tei-annotator">
            <title>Annotated articles</title>
            <style>\(HTMLAssets.style)</style>
            </head>
            <body>
            <header>
            <h1>Annotated articles</h1>
            <p class="meta">\(inputs.count) article\(inputs.count == 1 ? "" : "s"), \
            \(inputs.reduce(0) { $0 + $1.article.names.count }) names, \
            \(inputs.reduce(0) { $0 + $1.article.quotes.count }) quotations</p>
            </header>
            <table>
            <thead><tr><th>Article</th><th>Publisher</th><th>Date</th><th class="num">Persons</th>\
            <th class="num">Places</th><th class="num">Organizations</th><th class="num">Quotations</th></tr></thead>
            <tbody>

            """
        for input in inputs {
            let article = input.article
            let link = (input.name + ".html").addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? ""
            func count(_ type: String) -> Int { article.register.filter { $0.type == type }.count }
            html += "<tr><td><a href=\"\(HTMLEscaping.escaped(link))\">"
            html += "\(HTMLEscaping.escaped(article.source.title ?? article.id))</a>"
            html += "<div class=\"id\">\(HTMLEscaping.escaped(article.id))</div></td>"
            html += "<td>\(HTMLEscaping.escaped(article.source.publisher ?? ""))</td>"
            html += "<td>\(HTMLEscaping.escaped(article.source.date ?? ""))</td>"
            for value in [count("PER"), count("LOC"), count("ORG"), article.quotes.count] {
                html += "<td class=\"num\">\(value)</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</body>\n</html>\n"
    }
}

import Evaluation
import Foundation

/// An entity index as CSV (RFC 4180 quoting, `\n` line ends): one row per entity with the columns
/// `id,type,name,variants,roles,uris,mentions,articles`.
///
/// Over several articles, entries are merged when they share an authority URI, or else type and
/// name; `id` then lists every register id, space-separated, and `articles` every article id.
/// Names linked to no entry get rows of their own (empty `id`), one per type and text. Multiple
/// values in one cell (`variants`, `roles`, `uris`) are separated by `; `. Rows are ordered by type
/// (PER, LOC, ORG), then by mentions (most first), then by name.
enum EntityIndexWriter {
    private struct Row {
        var ids: [String] = []
        var type: String
        var name: String
        var variants: [String] = []
        var roles: [String] = []
        var uris: [String] = []
        var mentions = 0
        var articles: [String] = []
    }

    private static let typeOrder = ["PER": 0, "LOC": 1, "ORG": 2]

    static func table(_ articles: [TEIArticle]) -> String {
        var rows: [Row] = []
        var rowForKey: [String: Int] = [:]
        func row(for key: String, type: String, name: String) -> Int {
            if let index = rowForKey[key] { return index }
            rows.append(Row(type: type, name: name))
            rowForKey[key] = rows.count - 1
            return rows.count - 1
        }
        for article in articles {
            var rowForEntry: [String: Int] = [:]
            // Described speakers (`the report's authors`) are not entities of the index.
            for entry in article.register where !entry.isDescription {
                let key = entry.uris.first.map { "uri\t" + $0 } ?? "name\t\(entry.type)\t\(entry.name)"
                let index = row(for: key, type: entry.type, name: entry.name)
                rowForEntry[entry.id] = index
                rows[index].ids.append(entry.id)
                add(entry.variants + (entry.name == rows[index].name ? [] : [entry.name]), to: &rows[index].variants)
                add(entry.roles, to: &rows[index].roles)
                add(entry.uris, to: &rows[index].uris)
                add([article.id], to: &rows[index].articles)
            }
            for name in article.names {
                let index =
                    name.entryID.flatMap { rowForEntry[$0] }
                    ?? row(
                        for: "unlinked\t\(name.type)\t\(article.text[name.span])", type: name.type,
                        name: String(article.text[name.span]))
                rows[index].mentions += 1
                add([article.id], to: &rows[index].articles)
            }
        }
        rows.sort { lhs, rhs in
            let (left, right) = (typeOrder[lhs.type] ?? 3, typeOrder[rhs.type] ?? 3)
            if left != right { return left < right }
            if lhs.mentions != rhs.mentions { return lhs.mentions > rhs.mentions }
            if lhs.name != rhs.name { return lhs.name < rhs.name }
            return lhs.ids.joined(separator: " ") < rhs.ids.joined(separator: " ")
        }
        var output = "id,type,name,variants,roles,uris,mentions,articles\n"
        for row in rows {
            let fields = [
                row.ids.joined(separator: " "), row.type, row.name, row.variants.joined(separator: "; "),
                row.roles.joined(separator: "; "), row.uris.joined(separator: "; "), String(row.mentions),
                row.articles.joined(separator: " "),
            ]
            output += fields.map(quoted).joined(separator: ",") + "\n"
        }
        return output
    }

    private static func add(_ values: [String], to list: inout [String]) {
        for value in values where !list.contains(value) { list.append(value) }
    }

    /// A field quoted when it holds a comma, a quotation mark or a line break.
    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation

/// Corpus statistics as text tables, JSON or CSV.
public enum CorpusStatisticsRendering {
    /// Top `top` entities of each type, top speakers, and quotations per article.
    public static func text(_ statistics: CorpusStatistics, top: Int) -> String {
        let totals = statistics.totals
        var lines = [
            "articles: \(totals.articles), words: \(totals.words), quotations: \(totals.quotations), "
                + "errors: \(totals.failures.count)"
        ]
        for (type, title) in [("PER", "persons"), ("LOC", "places"), ("ORG", "organizations")] {
            let rows = statistics.entities.filter { $0.type == type }
            lines.append("")
            lines.append("\(title) (\(rows.count)), by articles:")
            lines.append(row("articles", "mentions", "name"))
            for entity in rows.prefix(top) { lines.append(row(entity.articles, entity.mentions, entity.name)) }
        }
        lines.append("")
        lines.append("speakers (\(statistics.speakers.count)), by quotations:")
        lines.append(row("quotes", "articles", "name"))
        for speaker in statistics.speakers.prefix(top) {
            lines.append(row(speaker.quotations, speaker.articles, speaker.name))
        }
        lines.append("")
        lines.append("quotations per article:")
        let counts = statistics.articles.map(\.quotations).sorted()
        if !counts.isEmpty {
            let mean = Double(counts.reduce(0, +)) / Double(counts.count)
            lines.append(
                String(
                    format: "mean %.2f, median %d, max %d, articles without quotations %d", mean,
                    counts[counts.count / 2], counts.last!, counts.prefix { $0 == 0 }.count))
            var histogram: [Int: Int] = [:]
            for count in counts { histogram[min(count, 10), default: 0] += 1 }
            for bucket in histogram.keys.sorted() {
                lines.append(row(bucket == 10 ? "10+" : String(bucket), histogram[bucket]!, "articles"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func row(_ first: Any, _ second: Any, _ third: String) -> String {
        let a = "\(first)"
        let b = "\(second)"
        return String(repeating: " ", count: max(0, 8 - a.count)) + a
            + String(repeating: " ", count: max(0, 10 - b.count))
            + b + "  " + third
    }

    /// Every table in full.
    public static func json(_ statistics: CorpusStatistics) -> String {
        struct Document: Encodable {
            var articles: Int
            var words: Int
            var quotations: Int
            var errors: Int
            var entities: [CorpusStatistics.EntityRow]
            var speakers: [CorpusStatistics.EntityRow]
            var quotationsPerArticle: [CorpusStatistics.ArticleRow]
        }
        let totals = statistics.totals
        let document = Document(
            articles: totals.articles, words: totals.words, quotations: totals.quotations,
            errors: totals.failures.count, entities: statistics.entities, speakers: statistics.speakers,
            quotationsPerArticle: statistics.articles)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return ((try? encoder.encode(document)).map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
    }

    /// One table as RFC 4180 CSV with a header row.
    public static func csv(_ statistics: CorpusStatistics, table: CorpusStatistics.Table) -> String {
        var rows: [[String]]
        switch table {
        case .articles:
            rows = [["id", "words", "quotations"]]
            rows += statistics.articles.map { [$0.id, String($0.words), String($0.quotations)] }
        case .entities, .speakers:
            rows = [["type", "key", "name", "articles", "mentions", "quotations"]]
            let entities = table == .speakers ? statistics.speakers : statistics.entities
            rows += entities.map {
                [$0.type, $0.key, $0.name, String($0.articles), String($0.mentions), String($0.quotations)]
            }
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation

/// Frequency tables of a finished corpus, read from its manifest: entities by the number of articles
/// that mention them, the most quoted speakers, and quotations per article.
public struct CorpusStatistics: Sendable {
    /// One corpus register entry with its counts (short names linked to a full name are counted with it).
    public struct EntityRow: Sendable, Hashable, Codable {
        public var type: String
        public var key: String
        public var name: String
        public var articles: Int
        public var mentions: Int
        public var quotations: Int
    }

    /// One article and its quotations.
    public struct ArticleRow: Sendable, Hashable, Codable {
        public var id: String
        public var words: Int
        public var quotations: Int
    }

    /// The tables, by name.
    public enum Table: String, Sendable, CaseIterable {
        case entities, speakers, articles
    }

    public var totals: CorpusTotals
    /// Every entity, most articles first (then mentions, then key).
    public var entities: [EntityRow]
    /// Entities that said at least one quotation, most quotations first.
    public var speakers: [EntityRow]
    /// Every article, in corpus order.
    public var articles: [ArticleRow]

    /// Reads the manifest of the corpus in `directory`.
    public init(directory: String) throws(CorpusError) {
        let layout = CorpusLayout(directory: directory)
        guard FileManager.default.fileExists(atPath: layout.manifestPath) else {
            throw .notACorpus(layout.directory, "no manifest.jsonl")
        }
        let log = ManifestLog(path: layout.manifestPath)
        // One open file for the summaries and the full records: a build that replaces the manifest
        // meanwhile does not mix two versions.
        guard let handle = FileHandle(forReadingAtPath: log.path) else {
            throw .unreadable(log.path, "cannot be read")
        }
        defer { try? handle.close() }
        let entries = log.load(from: handle).values.sorted { $0.record.key < $1.record.key }
        var register = CorpusRegister()
        var totals = CorpusTotals()
        var articles: [ArticleRow] = []
        for entry in entries {
            let record = try log.fullRecord(entry, from: handle)
            totals.add(record)
            guard record.status == .annotated else { continue }
            register.add(record.entities)
            articles.append(ArticleRow(id: record.id, words: record.words, quotations: record.quotations))
        }
        register.linkShortNames()
        var rows: [String: EntityRow] = [:]
        for entry in register.entries.values {
            let key = register.canonicalKey(entry.key)
            var row =
                rows[key]
                ?? EntityRow(
                    type: entry.type, key: key, name: register.entries[key]?.name ?? entry.name, articles: 0,
                    mentions: 0, quotations: 0)
            // Summed over the forms: an article whose own register kept two forms apart counts twice.
            row.articles += entry.articles
            row.mentions += entry.mentions
            row.quotations += entry.quotations
            rows[key] = row
        }
        for entry in register.entries.values { totals.registerEntries[entry.type, default: 0] += 1 }
        self.totals = totals
        entities = rows.values.sorted {
            ($1.articles, $1.mentions, $0.key) < ($0.articles, $0.mentions, $1.key)
        }
        speakers = entities.filter { $0.quotations > 0 }.sorted {
            ($1.quotations, $1.articles, $0.key) < ($0.quotations, $0.articles, $1.key)
        }
        self.articles = articles
    }
}

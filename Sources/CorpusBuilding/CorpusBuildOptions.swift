import Foundation

/// How to build a corpus.
public struct CorpusBuildOptions: Sendable {
    /// The corpus directory: `corpus.xml`, `manifest.jsonl` and `articles/`.
    public var directory: String
    /// Articles annotated at once (threads).
    public var jobs: Int
    /// Build only this part of the inputs (see ``CorpusShard``).
    public var shard: CorpusShard?
    /// Write the linguistic layer (sentences and words) into every article.
    public var linguistic: Bool
    /// The corpus title.
    public var title: String
    /// The date of the build (`YYYY-MM-DD`), written into the corpus header.
    public var date: String
    /// Annotate every input again, even those the manifest shows up to date.
    public var force: Bool
    /// What the annotator is (version, model, layers): an article made with another configuration is redone.
    public var configuration: String
    /// Remove the articles of earlier builds whose inputs are not part of this one (they are kept otherwise).
    public var prune: Bool
    /// What to do when another process is writing the directory.
    public var contention: LockContention

    public init(
        directory: String, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, shard: CorpusShard? = nil,
        linguistic: Bool = false, title: String = "News corpus", date: String, force: Bool = false,
        configuration: String, prune: Bool = false, contention: LockContention = .refuse
    ) {
        self.directory = directory
        self.jobs = max(1, jobs)
        self.shard = shard
        self.linguistic = linguistic
        self.title = title
        self.date = date
        self.force = force
        self.configuration = configuration
        self.prune = prune
        self.contention = contention
    }

    /// Today's date, or the date of `SOURCE_DATE_EPOCH` when it is set (for reproducible builds).
    public static func defaultDate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let date = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map(Date.init(timeIntervalSince1970:))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date ?? Date())
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}

/// One of N disjoint parts of a corpus's inputs, for building on several machines: part K of N
/// (1-based) holds the inputs whose article id, as asked for, hashes to K − 1 modulo N. The partition
/// depends only on the inputs, so shards built anywhere combine with `corpus merge`.
public struct CorpusShard: Sendable, Hashable, CustomStringConvertible {
    /// 0-based.
    public var index: Int
    public var count: Int

    /// Parses `K/N` with 1 ≤ K ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, k >= 1, k <= n else {
            return nil
        }
        index = k - 1
        count = n
    }

    public var description: String { "\(index + 1)/\(count)" }

    func contains(base: String) -> Bool { CorpusArticleIDs.shard(ofBase: base, count: count) == index }
}

/// Where a build stands, for a progress display.
public struct CorpusProgress: Sendable {
    /// Articles expected (in a shard, an estimate).
    public var total: Int
    /// Articles annotated by this run, found up to date, or failed.
    public var annotated = 0
    /// Of the articles annotated by this run, those that replaced an earlier build's article.
    public var updated = 0
    public var upToDate = 0
    public var failed = 0
    /// Words of the articles annotated by this run.
    public var words = 0
    public var seconds = 0.0

    public var done: Int { annotated + upToDate + failed }
}

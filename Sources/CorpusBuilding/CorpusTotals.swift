/// What a corpus holds, counted from its manifest.
public struct CorpusTotals: Sendable, Hashable {
    public var articles = 0
    public var words = 0
    public var quotations = 0
    /// Mentions by type (`PER`, `LOC`, `ORG`).
    public var mentions: [String: Int] = [:]
    /// Corpus register entries by type.
    public var registerEntries: [String: Int] = [:]
    /// Inputs that could not be annotated: where, and why.
    public var failures: [Failure] = []

    public struct Failure: Sendable, Hashable {
        public var input: String
        public var error: String
    }

    mutating func add(_ record: ManifestRecord) {
        switch record.status {
        case .annotated:
            articles += 1
            words += record.words
            quotations += record.quotations
            for entity in record.entities { mentions[entity.type, default: 0] += entity.mentions }
        case .failed:
            failures.append(Failure(input: record.key.label, error: record.error ?? "unknown error"))
        }
    }
}

import Foundation
import Testing

@testable import CorpusBuilding

@Suite struct ManifestLogTests {
    private func temporaryFile() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString).jsonl").path
    }

    private func record(
        _ path: String, line: Int? = nil, hash: String = "h", status: ManifestRecord.Status = .annotated
    )
        -> ManifestRecord
    {
        ManifestRecord(
            input: path, line: line, hash: hash, configuration: "c", id: "a",
            file: status == .annotated ? "articles/a.xml" : nil,
            status: status, error: status == .failed ? "bad" : nil, words: 10, quotations: 1,
            entities: [
                EntitySummary(
                    type: "PER", key: "per.x", name: "X", variants: [], roles: [], uris: [], mentions: 2, quotations: 1)
            ])
    }

    @Test func theLastRecordOfAnInputCountsAndEntitiesAreReadBackOnDemand() throws {
        let path = temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let log = ManifestLog(path: path)
        try log.append(record("/in/a.txt", hash: "1"))
        try log.append(record("/in/b.jsonl", line: 3))
        try log.append(record("/in/a.txt", hash: "2", status: .failed))
        log.close()
        let entries = try log.load()
        #expect(entries.count == 2)
        let a = try #require(entries[CorpusItemKey(path: "/in/a.txt", line: 0)])
        #expect(a.record.hash == "2" && a.record.status == .failed)
        #expect(a.record.entities.isEmpty)
        let b = try #require(entries[CorpusItemKey(path: "/in/b.jsonl", line: 3)])
        #expect(try log.fullRecord(b).entities.first?.key == "per.x")
    }

    @Test func aLineCutShortByACrashIsSkippedAndTheNextRecordStartsAfreshLine() throws {
        let path = temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let log = ManifestLog(path: path)
        try log.append(record("/in/a.txt"))
        log.close()
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Array(#"{"input":"/in/b.txt","ha"#.utf8))
        try handle.close()
        #expect(try log.load().count == 1)
        try log.append(record("/in/c.txt"))
        log.close()
        let entries = try log.load()
        #expect(Set(entries.keys.map(\.path)) == ["/in/a.txt", "/in/c.txt"])
    }

    @Test func keysSortByPathThenLineNumber() {
        let keys = [
            CorpusItemKey(path: "/b", line: 0), CorpusItemKey(path: "/a.jsonl", line: 10),
            CorpusItemKey(path: "/a.jsonl", line: 9),
        ]
        #expect(keys.sorted().map(\.label) == ["/a.jsonl:9", "/a.jsonl:10", "/b"])
    }
}

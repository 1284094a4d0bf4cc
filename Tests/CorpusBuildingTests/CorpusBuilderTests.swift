import Foundation
import TEIAnnotator
import TestSupport
import Testing

@testable import CorpusBuilding

@Suite struct CorpusBuilderTests {
    @Test func aCorpusHasOneArticlePerInputAndARootThatValidatesWithItsArticles() throws {
        let fixture = try CorpusFixture()
        try fixture.writeStandardInputs()
        let summary = try fixture.build()
        #expect(summary.annotated == 6 && summary.upToDate == 0 && summary.totals.failures.isEmpty)
        let files = try fixture.contents("corpus")
        #expect(
            Set(files.keys) == [
                "corpus.xml", "manifest.jsonl", ".tei-annotator.lock", "articles/council.xml", "articles/libya.xml", "articles/turkey.xml",
                "articles/wire_1.xml", "articles/wire_2.xml", "articles/feed_4.xml",
            ])
        let root = fixture.directory("corpus") + "/corpus.xml"
        let withIncludes = try TEIValidator.projectSchema(options: ValidationOptions(resolveIncludes: true))
        let report = withIncludes.validate(fileAt: root)
        #expect(report.isValid, "\(report.diagnostics)")
        let official = TEIValidator(schema: TEIAll.validator.schema, options: ValidationOptions(resolveIncludes: true))
        let verdict = official.validate(fileAt: root)
        #expect(verdict.isValid, "\(verdict.diagnostics)")
        let rootText = String(decoding: files["corpus.xml"]!, as: UTF8.self)
        let includes = rootText.components(separatedBy: "<xi:include href=\"").dropFirst().map {
            $0.prefix { $0 != "\"" }
        }
        #expect(includes.count == 6)
        #expect(rootText.contains("<measure unit=\"articles\" quantity=\"6\">"))
        #expect(rootText.contains("when=\"2026-01-02\""))
    }

    @Test func theSameEntityInTwoArticlesIsOneCorpusEntryBothPointTo() throws {
        let fixture = try CorpusFixture()
        try fixture.writeStandardInputs()
        try fixture.build()
        let files = try fixture.contents("corpus")
        let root = String(decoding: files["corpus.xml"]!, as: UTF8.self)
        #expect(root.components(separatedBy: "xml:id=\"reg.per.recep-tayyip-erdogan\"").count == 2)
        #expect(root.contains("<person xml:id=\"reg.per.erdogan\" sameAs=\"#reg.per.recep-tayyip-erdogan\">"))
        let turkey = String(decoding: files["articles/turkey.xml"]!, as: UTF8.self)
        #expect(turkey.contains("sameAs=\"../corpus.xml#reg.per.recep-tayyip-erdogan\""))
        let libya = String(decoding: files["articles/libya.xml"]!, as: UTF8.self)
        #expect(libya.contains("sameAs=\"../corpus.xml#reg.per.erdogan\""))
        #expect(libya.contains("sameAs=\"../corpus.xml#reg.per.khalifa-haftar\""))
    }

    @Test func aSecondRunSkipsWhatIsUpToDateAndRedoesWhatChanged() throws {
        let fixture = try CorpusFixture()
        try fixture.writeStandardInputs()
        try fixture.build()
        let first = try fixture.contents("corpus")

        let again = try fixture.build(jobs: 1)
        #expect(again.annotated == 0 && again.upToDate == 6)
        #expect(try fixture.contents("corpus") == first)

        try fixture.write(
            "local/council.txt", CorpusFixture.articles["local/council.txt"]! + "\n\nThe library opens in May.")
        try FileManager.default.removeItem(atPath: fixture.directory("corpus") + "/articles/wire_2.xml")
        let changed = try fixture.build()
        #expect(changed.annotated == 2 && changed.upToDate == 4)
        let after = try fixture.contents("corpus")
        #expect(after["articles/council.xml"] != first["articles/council.xml"])
        #expect(after["articles/wire_2.xml"] == first["articles/wire_2.xml"])
        #expect(after["articles/turkey.xml"] == first["articles/turkey.xml"])

        let forced = try fixture.build(force: true)
        #expect(forced.annotated == 6)
    }

    @Test func anArticleWhoseInputIsGoneLeavesTheCorpus() throws {
        let fixture = try CorpusFixture()
        try fixture.writeStandardInputs()
        try fixture.build()
        try fixture.remove("world/libya.txt")
        let summary = try fixture.build()
        #expect(summary.totals.articles == 5 && summary.removed == 1 && summary.kept == 0)
        let files = try fixture.contents("corpus")
        #expect(files["articles/libya.xml"] == nil)
        let root = String(decoding: files["corpus.xml"]!, as: UTF8.self)
        #expect(!root.contains("libya.xml") && !root.contains("reg.per.khalifa-haftar"))
        let manifest = String(decoding: files["manifest.jsonl"]!, as: UTF8.self)
        #expect(manifest.split(separator: "\n").count == 5)
    }

    @Test func aSecondBatchAddsToTheCorpusAndOnlyPruneRemovesTheFirst() throws {
        let fixture = try CorpusFixture()
        try fixture.writeStandardInputs()
        try fixture.write(
            "batch2/council.txt", CorpusFixture.articles["local/council.txt"]! + "\n\nThe vote was close.")
        let first = try fixture.build(paths: [fixture.input("world"), fixture.input("local")])
        #expect(first.added == 3 && first.kept == 0 && first.removed == 0)

        let second = try fixture.build(paths: [fixture.input("batch2")])
        #expect(second.added == 1 && second.updated == 0 && second.kept == 3 && second.removed == 0)
        #expect(second.totals.articles == 4)
        var files = try fixture.contents("corpus")
        let articles = files.keys.filter { $0.hasPrefix("articles/") }.sorted()
        // The kept article keeps its id; the new input with the same stem gets another.
        #expect(
            articles == [
                "articles/council.xml", "articles/council__2.xml", "articles/libya.xml", "articles/turkey.xml",
            ])
        let root = String(decoding: files["corpus.xml"]!, as: UTF8.self)
        #expect(root.components(separatedBy: "<xi:include ").count == 5)
        #expect(String(decoding: files["manifest.jsonl"]!, as: UTF8.self).split(separator: "\n").count == 4)

        let again = try fixture.build(paths: [fixture.input("batch2")])
        #expect(again.annotated == 0 && again.upToDate == 1 && again.kept == 3 && again.totals.articles == 4)

        let pruned = try fixture.build(paths: [fixture.input("batch2")], prune: true)
        #expect(pruned.kept == 0 && pruned.removed == 3 && pruned.totals.articles == 1)
        files = try fixture.contents("corpus")
        #expect(files.keys.filter { $0.hasPrefix("articles/") } == ["articles/council.xml"])
        #expect(!files.keys.contains { $0.hasPrefix(".manifest.journal") })
    }

    @Test func aSecondWriterIsRefusedWhileAnotherHoldsTheDirectory() throws {
        let fixture = try CorpusFixture()
        try fixture.writeStandardInputs()
        do {
            let holder = try CorpusLock(directory: fixture.directory("corpus"), contention: .refuse)
            let error = #expect(throws: CorpusError.self) { try fixture.build() }
            guard case .locked(_, let pid) = error else {
                Issue.record("expected the directory to be locked, got \(String(describing: error))")
                return
            }
            #expect(pid == getpid())
            #expect(error?.description.contains("another build (pid \(getpid())) is writing") == true)
            #expect(try fixture.contents("corpus").keys.sorted() == [CorpusLock.fileName])
            withExtendedLifetime(holder) {}
        }
        // The lock goes with its holder.
        #expect(try fixture.build().totals.articles == 6)
    }

    @Test func badInputsAreRecordedAndTheOthersBuilt() throws {
        let fixture = try CorpusFixture()
        try fixture.writeStandardInputs()
        try fixture.write("bad/binary.txt", "abc\u{0}\u{1}\u{2}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}")
        try fixture.write("bad/lines.jsonl", "not json\n{\"id\": \"empty\", \"text\": \"\"}\n")
        let summary = try fixture.build()
        #expect(summary.totals.articles == 6)
        #expect(
            summary.totals.failures.map(\.input).map { URL(fileURLWithPath: $0).lastPathComponent } == [
                "binary.txt", "lines.jsonl:1", "lines.jsonl:2",
            ])
        let manifest = String(decoding: try fixture.contents("corpus")["manifest.jsonl"]!, as: UTF8.self)
        #expect(manifest.components(separatedBy: "\"status\":\"failed\"").count == 4)
        // Failed inputs that did not change are not tried again.
        let again = try fixture.build()
        #expect(again.annotated == 0 && again.totals.failures.count == 3)
    }

    @Test func shardsMergeIntoExactlyTheUnshardedCorpus() throws {
        let fixture = try CorpusFixture()
        try fixture.writeStandardInputs()
        for index in 0..<12 {
            try fixture.write(
                "more/story\(index).txt",
                "Story \(index)\n\nMayor Anne Hidalgo of Paris met Chancellor Olaf Scholz in Berlin on day \(index).")
        }
        try fixture.build("whole")
        let shards = (1...3).map { CorpusShard("\($0)/3")! }
        var sizes: [Int] = []
        for shard in shards {
            sizes.append(try fixture.build("part\(shard.index)", shard: shard).totals.articles)
        }
        #expect(sizes.reduce(0, +) == 18 && sizes.allSatisfy { $0 > 0 })
        _ = try CorpusMerger.merge(
            shards.map { fixture.directory("part\($0.index)") }, into: fixture.directory("merged"),
            title: "Test corpus",
            date: "2026-01-02", ident: Annotator.ident, version: Annotator.version)
        #expect(try fixture.contents("merged") == fixture.contents("whole"))
    }

    @Test func theLinguisticLayerReachesEveryArticleAndTheRootStillValidates() throws {
        let fixture = try CorpusFixture()
        try fixture.writeStandardInputs()
        try fixture.build(linguistic: true)
        let files = try fixture.contents("corpus")
        let articles = files.filter { $0.key.hasPrefix("articles/") }
        #expect(articles.count == 6)
        for (name, bytes) in articles {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.contains("<s xml:id=") && text.contains("<w lemma="), "\(name)")
        }
        let withIncludes = try TEIValidator.projectSchema(options: ValidationOptions(resolveIncludes: true))
        let report = withIncludes.validate(fileAt: fixture.directory("corpus") + "/corpus.xml")
        #expect(report.isValid, "\(report.diagnostics)")
    }

    @Test func mergingSomethingThatIsNotAFinishedCorpusIsRefused() throws {
        let fixture = try CorpusFixture()
        #expect(throws: CorpusError.self) {
            try CorpusMerger.merge(
                [fixture.inputs.path], into: fixture.directory("merged"), title: "t", date: "2026-01-02", ident: "x",
                version: "1")
        }
    }

    @Test func statisticsCountEntitiesSpeakersAndQuotations() throws {
        let fixture = try CorpusFixture()
        try fixture.writeStandardInputs()
        try fixture.build()
        let statistics = try CorpusStatistics(directory: fixture.directory("corpus"))
        #expect(statistics.totals.articles == 6)
        #expect(statistics.articles.count == 6)
        let erdogan = try #require(statistics.entities.first { $0.key == "per.recep-tayyip-erdogan" })
        #expect(erdogan.articles == 2)
        #expect(erdogan.name == "Recep Tayyip Erdogan")
        #expect(statistics.speakers.contains { $0.key == "per.recep-tayyip-erdogan" && $0.quotations >= 1 })
        #expect(!statistics.entities.contains { $0.key == "per.erdogan" })
        let csv = CorpusStatisticsRendering.csv(statistics, table: .entities)
        #expect(csv.hasPrefix("type,key,name,articles,mentions,quotations\r\n"))
        #expect(csv.contains("PER,per.recep-tayyip-erdogan,Recep Tayyip Erdogan,2,"))
        let json = try JSONSerialization.jsonObject(with: Data(CorpusStatisticsRendering.json(statistics).utf8))
        #expect((json as? [String: Any])?["articles"] as? Int == 6)
        #expect(CorpusStatisticsRendering.text(statistics, top: 5).contains("speakers"))
    }
}

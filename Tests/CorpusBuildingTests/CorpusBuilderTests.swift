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
                "corpus.xml", "manifest.jsonl", "articles/council.xml", "articles/libya.xml", "articles/turkey.xml",
                "articles/wire_1.xml", "articles/wire_2.xml", "articles/feed_4.xml",
            ])
        let root = fixture.directory("corpus") + "/corpus.xml"
        let withIncludes = try TEIValidator.projectSchema(options: ValidationOptions(resolveIncludes: true))
        let report = withIncludes.validate(fileAt: root)
        #expect(report.isValid, "\(report.diagnostics)")
        if let teiAll = TEIAll.validator {
            let official = TEIValidator(schema: teiAll.schema, options: ValidationOptions(resolveIncludes: true))
            let verdict = official.validate(fileAt: root)
            #expect(verdict.isValid, "\(verdict.diagnostics)")
        }
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
        #expect(summary.totals.articles == 5)
        let files = try fixture.contents("corpus")
        #expect(files["articles/libya.xml"] == nil)
        let root = String(decoding: files["corpus.xml"]!, as: UTF8.self)
        #expect(!root.contains("libya.xml") && !root.contains("reg.per.khalifa-haftar"))
        let manifest = String(decoding: files["manifest.jsonl"]!, as: UTF8.self)
        #expect(manifest.split(separator: "\n").count == 5)
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

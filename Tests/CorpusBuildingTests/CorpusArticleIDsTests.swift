import Testing

@testable import CorpusBuilding

@Suite struct CorpusArticleIDsTests {
    @Test func basesAreLettersDigitsAndSingleUnderscores() {
        #expect(CorpusArticleIDs.base("bloomberg-2020-01-03") == "bloomberg_2020_01_03")
        #expect(CorpusArticleIDs.base("000_234219daa5ff928f") == "a000_234219daa5ff928f")
        #expect(CorpusArticleIDs.base("Überraschung über Köln") == "Uberraschung_uber_Koln")
        #expect(CorpusArticleIDs.base("北京") == "article")
        #expect(CorpusArticleIDs.base("a__b..c") == "a_b_c")
        #expect(CorpusArticleIDs.base("trailing--") == "trailing")
        #expect(CorpusArticleIDs.base("") == "article")
        #expect(CorpusArticleIDs.base("---") == "article")
        #expect(CorpusArticleIDs.base(String(repeating: "x", count: 200)).count == 80)
    }

    @Test func basesNeverHoldTheCharactersOtherIdsAreMadeWith() {
        for candidate in ["a-b", "x.y", "per1-q3", "reg.per.x", "corpus-app", "naïve café", "1999"] {
            let base = CorpusArticleIDs.base(candidate)
            #expect(!base.contains("-") && !base.contains(".") && !base.contains("__"), "\(base)")
            #expect(base.first?.isLetter == true)
        }
    }

    @Test func repeatedRequestsGetSerialsThatNoOtherBaseCanHave() {
        var allocator = ArticleIDAllocator()
        #expect(allocator.allocate(base: "story") == "story")
        #expect(allocator.allocate(base: "story") == "story__2")
        #expect(allocator.allocate(base: "story_2") == "story_2")
        #expect(allocator.allocate(base: "story") == "story__3")
        #expect(allocator.allocate(base: "corpus") == "corpus__2")
    }

    @Test func shardsPartitionByBaseAndAreStable() {
        let bases = (0..<1000).map { "article\($0)" }
        let counts = bases.reduce(into: [Int: Int]()) {
            $0[CorpusArticleIDs.shard(ofBase: $1, count: 4), default: 0] += 1
        }
        #expect(counts.keys.sorted() == [0, 1, 2, 3])
        #expect(counts.values.allSatisfy { $0 > 180 })
        #expect(
            CorpusArticleIDs.shard(ofBase: "article7", count: 4) == CorpusArticleIDs.shard(ofBase: "article7", count: 4)
        )
    }

    @Test func shardArgumentsAreOneBased() {
        #expect(CorpusShard("1/2") == CorpusShard("1/2"))
        #expect(CorpusShard("1/2")?.index == 0)
        #expect(CorpusShard("2/2")?.count == 2)
        #expect(CorpusShard("0/2") == nil)
        #expect(CorpusShard("3/2") == nil)
        #expect(CorpusShard("2") == nil)
        #expect(CorpusShard("a/b") == nil)
    }

    @Test func fingerprintsTellContentsApart() {
        #expect(ContentHash.fingerprint(Array("abc".utf8)).count == 32)
        #expect(ContentHash.fingerprint(Array("abc".utf8)) == ContentHash.fingerprint(Array("abc".utf8)))
        #expect(ContentHash.fingerprint(Array("abc".utf8)) != ContentHash.fingerprint(Array("abd".utf8)))
        #expect(ContentHash.fingerprint([UInt8]()) != ContentHash.fingerprint([0]))
    }
}

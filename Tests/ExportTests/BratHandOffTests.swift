import Foundation
import TEIAnnotator
import Testing

/// The brat export with its configuration, checked by brat's own rules.
@Suite("brat export against its annotation.conf")
struct BratHandOffTests {
    static func rules(_ files: [ExportedFile]) throws -> BratRules {
        func text(_ name: String) throws -> String {
            String(decoding: try #require(files.first { $0.name == name }).bytes, as: UTF8.self)
        }
        return try BratRules(annotationConf: text("annotation.conf"), toolsConf: text("tools.conf"))
    }

    @Test("every .ann line of real articles and the fixtures passes brat's checks")
    func realArticles() throws {
        let inputs =
            try RealArticle.all().map { try $0.plainInput() }
            + [ExportFixtures.seedGold(), ExportFixtures.layered()]
        let files = try Exporter().export(inputs, to: .brat, asCorpus: true)
        #expect(
            files.filter { $0.name.hasSuffix(".conf") }.map(\.name) == ["annotation.conf", "visual.conf", "tools.conf"])
        let rules = try Self.rules(files)
        var kinds: Set<Character> = []
        var quotesHoldingNames = 0
        for file in files where file.name.hasSuffix(".ann") {
            let ann = String(decoding: file.bytes, as: UTF8.self)
            #expect(rules.problems(ann) == [], "\(file.name)")
            kinds.formUnion(ann.split(separator: "\n").compactMap(\.first))
            let bounds = BratRules.textBounds(ann).textBounds
            quotesHoldingNames +=
                bounds.filter { name in
                    name.type != "Quote" && bounds.contains { $0.type == "Quote" && $0.contains(name) }
                }.count
        }
        // The check saw every kind of line and names inside quotations.
        #expect(kinds == ["T", "A", "R", "N"])
        #expect(quotesHoldingNames > 0)
    }

    @Test("a speaker named between the parts of a quotation crosses it for brat, and the configuration allows it")
    func nameBetweenParts() throws {
        let article = try ExportFixtures.article(
            body: """
                <div><p><said xml:id="q1" next="#q2">“We won,”</said> <persName>Maria Lopez</persName> said.</p>\
                <p><said xml:id="q2" prev="#q1">“Now we build.”</said></p></div>
                """)
        let files = try Exporter().export([ExportInput(name: "t1", article: article)], to: .brat)
        let ann = String(decoding: try #require(files.first { $0.name == "t1.ann" }).bytes, as: UTF8.self)
        let bounds = BratRules.textBounds(ann).textBounds
        let quote = try #require(bounds.first { $0.type == "Quote" })
        let name = try #require(bounds.first { $0.type == "PER" })
        #expect(quote.fragments.count == 2)
        #expect(quote.first < name.first && name.last < quote.last && !quote.contains(name))
        #expect(try Self.rules(files).problems(ann) == [])
    }

    @Test("the restated checks report what brat reports")
    func checksWork() throws {
        let files = try Exporter().export([ExportFixtures.layered()], to: .brat)
        let rules = try Self.rules(files)
        let text = "T1\tPER 0 10\tMaria Lope\nT2\tQuote 0 20\tMaria Lopez said yes\n"
        #expect(rules.problems(text) == [])
        #expect(rules.problems("T1\tPERSON 0 5\tMaria\n") == ["T1: PERSON is not a known textbound type"])
        #expect(rules.problems(text + "A1\tSpeech T1 direct\n") == ["A1: PER cannot take a Speech attribute"])
        #expect(rules.problems(text + "A1\tSpeech T2 maybe\n") == ["A1: maybe is not a value of Speech"])
        #expect(
            rules.problems(text + "R1\tSpeaker Arg1:T1 Arg2:T2\n") == [
                "R1: Speaker relation Arg1:PER Arg2:Quote not allowed"
            ])
        #expect(rules.problems(text + "N1\tReference T1 wiki:1\tX\n").count == 1)
        #expect(rules.problems("T1\tPER 0 10\tx\nT2\tQuote 5 20\tx\n") == [])
        #expect(rules.problems("T1\tQuote 0 10\tx\nT2\tPER 0 20\tx\n").count == 2)
        #expect(rules.problems("T1\tPER 0 10\tx\nT2\tLOC 0 10\tx\n") == [])
        #expect(rules.problems("T1\tPER 0 10\tx\nT2\tQuote 0 10\tx\n").count == 2)
        #expect(rules.problems("T1\tPER 0 10\tx\nT2\tLOC 5 20\tx\n").count == 2)
    }
}

import Foundation
import TEIAnnotator
import TestSupport
import Testing

/// Every TEI the tool writes must validate against the project schema and against tei_all.rng.
@Suite("Every TEI written is valid")
struct ProducedTEIValidityTests {
    static let annotator = try! Annotator()

    /// Inputs the tool annotates in this suite: the seed, odd inline articles, and the gold texts when present.
    static var inputs: [(name: String, bytes: [UInt8])] {
        var inputs: [(String, [UInt8])] = [
            ("seed", Repository.bytes(Repository.seedArticle)),
            ("escapes", Array("Tom & Jerry <Ltd.>\n\n“Fish & chips < 5 > 3,” said Tom Smith of Acme & Co. Inc.".utf8)),
            ("controls", Array("Head\u{07}line\n\nA bell \u{07} and a nul \u{00} in Paris.".utf8)),
            ("unclosed", Array("Title\n\n“Never closed, said Ann Lee.\n\n“Still open in London".utf8)),
            ("one-line", Array("Just one line without a headline shape.".utf8)),
        ]
        if let shared = Repository.shared,
            let data = FileManager.default.contents(
                atPath: shared.appendingPathComponent("data/gum-news-dev.jsonl").path),
            let documents = try? GoldCorpus.read(data, name: "gum-news-dev.jsonl")
        {
            inputs += documents.map { ($0.id, Array($0.text.utf8)) }
        }
        return inputs
    }

    @Test("against Schemas/tei-annotator.rng and tei_all.rng")
    func valid() throws {
        for (name, bytes) in Self.inputs {
            let annotated = try Self.annotator.annotate(bytes: bytes, id: ArticleIdentifier.sanitized(name))
            for linguistic in [false, true] {
                let tei = try Self.annotator.tei(annotated, linguistic: linguistic)
                for verdict in try TEIAll.verdictsOfBothSchemas(tei, file: name) {
                    #expect(verdict.isValid, "\(name) (linguistic: \(linguistic)): \(verdict.diagnostics)")
                }
            }
        }
    }

    @Test("the TEI files in the repository")
    func repositoryFiles() throws {
        let files = [Repository.seedGoldTEI, Repository.seedToolTEI, ValidateCommandTests.golden]
        for file in files {
            for verdict in try TEIAll.verdictsOfBothSchemas(Repository.bytes(file), file: file.path) {
                #expect(verdict.isValid)
            }
        }
    }
}

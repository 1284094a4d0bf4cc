import Foundation
import TEIAnnotator
import Testing

/// Every format of the layered fixture against its golden file in `Golden/`. The fixture has the
/// linguistic layer, so no output depends on the trained tagger. After a deliberate change, rewrite
/// the golden files with `TEI_ANNOTATOR_UPDATE_GOLDEN=1 swift test --filter GoldenFileTests`.
@Suite("Export formats against golden files")
struct GoldenFileTests {
    @Test(
        "the layered article in every format",
        arguments: [
            (ExportFormat.conllu, ["layered.conllu"]), (.conll2003, ["layered.conll"]),
            (.brat, ["layered.txt", "layered.ann", "annotation.conf", "visual.conf", "tools.conf"]),
            (.json, ["layered.json"]), (.csv, ["layered.csv"]), (.html, ["layered.html"]),
        ])
    func golden(format: ExportFormat, names: [String]) throws {
        let files = try Exporter().export([ExportFixtures.layered()], to: format)
        #expect(files.map(\.name) == names)
        for file in files {
            let url = ExportFixtures.golden.appendingPathComponent(file.name)
            if ProcessInfo.processInfo.environment["TEI_ANNOTATOR_UPDATE_GOLDEN"] == "1" {
                try Data(file.bytes).write(to: url)
            }
            let expected = try #require(FileManager.default.contents(atPath: url.path), "missing \(file.name)")
            #expect(String(decoding: file.bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        }
    }

    @Test("the same input gives the same bytes")
    func deterministic() throws {
        for format in ExportFormat.allCases {
            let first = try Exporter().export([ExportFixtures.seedTool()], to: format)
            let second = try Exporter().export([ExportFixtures.seedTool()], to: format)
            #expect(first == second, "\(format)")
        }
    }
}

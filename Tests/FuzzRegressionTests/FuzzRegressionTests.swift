import Foundation
import FuzzEntryPoints
import TestSupport
import Testing

/// Every input a fuzzer crashed on (`Inputs/TARGET/`) and every seed (`Fuzz/Seeds/TARGET/`), run
/// through the same entry point as the fuzz target: a crash or a broken invariant stops the test run.
@Suite("Fuzz regressions and seeds")
struct FuzzRegressionTests {
    static let regressions = Repository.root.appendingPathComponent("Tests/FuzzRegressionTests/Inputs")
    static let seeds = Repository.root.appendingPathComponent("Fuzz/Seeds")

    static func files(in directory: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { directory.appendingPathComponent($0) }
    }

    @Test("each target's seeds and past findings run without a crash", arguments: FuzzEntryPoints.targets.keys.sorted())
    func target(_ name: String) throws {
        let entryPoint = try #require(FuzzEntryPoints.targets[name])
        let seeds = Self.files(in: Self.seeds.appendingPathComponent(name))
        #expect(!seeds.isEmpty, "no seeds for \(name)")
        for file in seeds + Self.files(in: Self.regressions.appendingPathComponent(name)) {
            entryPoint(Repository.bytes(file))
        }
    }
}

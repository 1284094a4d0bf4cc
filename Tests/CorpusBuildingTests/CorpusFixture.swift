import Foundation
import TEIAnnotator
import TestSupport

@testable import CorpusBuilding

/// A folder of inputs and the corpus directories built from them, removed when the test ends.
final class CorpusFixture {
    let root: URL
    var inputs: URL { root.appendingPathComponent("in") }

    /// The pipeline, loaded once for all tests of the process.
    static let annotator: Annotator = {
        do {
            return try Annotator()
        } catch {
            fatalError("the bundled resources do not load: \(error)")
        }
    }()
    static let validator: TEIValidator = {
        do {
            return try TEIValidator.projectSchema()
        } catch {
            fatalError("the project schema does not compile: \(error)")
        }
    }()

    init() throws {
        root = try CommandLineTool.temporaryDirectory()
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// Writes an input file (folders are created).
    func write(_ relativePath: String, _ text: String) throws {
        let url = inputs.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove(_ relativePath: String) throws {
        try FileManager.default.removeItem(at: inputs.appendingPathComponent(relativePath))
    }

    /// Builds `inputs` (or `paths`) into `root/name`.
    @discardableResult
    func build(
        _ name: String = "corpus", jobs: Int = 2, shard: CorpusShard? = nil, paths: [String]? = nil,
        linguistic: Bool = false, force: Bool = false, prune: Bool = false
    ) throws -> CorpusSummary {
        let options = CorpusBuildOptions(
            directory: directory(name), jobs: jobs, shard: shard, linguistic: linguistic, title: "Test corpus",
            date: "2026-01-02", force: force, configuration: linguistic ? "test; layer linguistic" : "test",
            prune: prune)
        let builder = CorpusBuilder(annotator: Self.annotator, validator: Self.validator, options: options)
        return try builder.build(paths ?? [inputs.path]) { _ in }
    }

    func directory(_ name: String) -> String { root.appendingPathComponent(name).path }

    /// An input folder's path.
    func input(_ relativePath: String) -> String { inputs.appendingPathComponent(relativePath).path }

    /// Every file of a corpus directory with its bytes.
    func contents(_ name: String) throws -> [String: Data] {
        let base = directory(name)
        var result: [String: Data] = [:]
        for relative in try FileManager.default.subpathsOfDirectory(atPath: base) {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isDirectory)
            if !isDirectory.boolValue { result[relative] = FileManager.default.contents(atPath: base + "/" + relative) }
        }
        return result
    }

    static let articles = [
        "world/turkey.txt": """
        Turkey Urges U.S. to Step Up in Libya

        (Bloomberg) -- Turkish President Recep Tayyip Erdogan said on Tuesday that the U.S. should do more in Libya.

        “We will not leave Libya to the mercy of warlords,” Erdogan told reporters in Ankara.
        """,
        "world/libya.txt": """
        Haftar loses ground near Tripoli

        Forces loyal to Khalifa Haftar retreated from Tripoli on Monday, officials said.

        Erdogan said Turkey would keep supporting the government in Tripoli. The United Nations called for talks.
        """,
        "local/council.txt": """
        Council approves new library

        The city council of Leeds approved a new library on Thursday.

        “This is a great day for readers,” said Councillor Helen Brady.
        """,
    ]

    static let jsonLines = """
        {"id": "wire-1", "title": "Senate passes budget", "text": "Senate passes budget\\n\\nWASHINGTON (Reuters) - The Senate passed the bill on Friday, sending it to President Joe Biden."}
        {"id": "wire-2", "text": "Markets rise\\n\\nShares in London rose on Friday after the Bank of England kept rates unchanged, said analyst Maria Lopez."}

        {"text": "A record without an id\\n\\nThe mayor of Paris, Anne Hidalgo, opened the games."}
        """

    /// Writes the standard inputs: three text articles and a JSON Lines file of three records.
    func writeStandardInputs() throws {
        for (path, text) in Self.articles { try write(path, text) }
        try write("wire/feed.jsonl", Self.jsonLines)
    }
}

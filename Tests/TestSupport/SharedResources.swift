import Foundation
import TEIValidation

/// Paths of the repository and of the optional shared data beside it (`../shared`).
public enum Repository {
    /// The package root (the directory holding Package.swift).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the repository, when this machine has it (CI and the team do; a user's clone does not).
    public static let shared: URL? = {
        let candidate = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: candidate.appendingPathComponent("reference").path)
            ? candidate : nil
    }()

    /// The seed article shipped in `Corpus/seed/`.
    public static let seedArticle = root.appendingPathComponent("Corpus/seed/000_234219daa5ff928f.txt")
    public static let seedGoldTEI = root.appendingPathComponent("Corpus/seed/000_234219daa5ff928f.gold.xml")
    public static let seedToolTEI = root.appendingPathComponent("Corpus/seed/000_234219daa5ff928f.xml")

    /// The bytes of a file; fails the test run loudly when it is missing.
    public static func bytes(_ url: URL) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            fatalError("missing test file \(url.path)")
        }
        return [UInt8](data)
    }
}

/// The official TEI P5 schema `tei_all.rng` the tool ships, compiled once per test process (it takes
/// seconds), and whether `../shared` (its samples) is there.
public enum TEIAll {
    /// The bundled `tei_all.rng`, compiled once per test process.
    public static let validator: TEIValidator = {
        do {
            return try TEIValidator.teiAll()
        } catch {
            fatalError("tei_all.rng does not compile: \(error)")
        }
    }()

    /// True when `../shared` is there, so tests that need its TEI samples run.
    public static var isAvailable: Bool { Repository.shared != nil }

    /// The verdicts on `bytes` of the project schema and of tei_all: what a TEI document the tool writes
    /// must pass.
    public static func verdictsOfBothSchemas(_ bytes: [UInt8], file: String) throws -> [ValidationReport] {
        [
            try TEIValidator.projectSchema().validate(bytes: bytes, file: file),
            validator.validate(bytes: bytes, file: file),
        ]
    }
}

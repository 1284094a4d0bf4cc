import Foundation

/// The schemas shipped with tei-annotator, found wherever the binary runs from.
public enum TEISchemas {
    /// The file name of the project's RELAX NG customization of TEI P5.
    public static let projectSchemaFileName = "tei-annotator.rng"

    /// The file name of the official TEI P5 schema with every module (`tei_all`, TEI P5 4.12.0).
    public static let teiAllFileName = "tei_all.rng"

    /// The location of the project's schema, or nil when it cannot be found.
    public static var projectSchemaURL: URL? { locate(projectSchemaFileName) }

    /// The location of the shipped `tei_all.rng`, or nil when it cannot be found.
    public static var teiAllURL: URL? { locate(teiAllFileName) }

    /// Looked for first in the resources SwiftPM installs beside the binary
    /// (`tei-annotator_TEISchemas.resources/`), then in the source tree the binary was built from.
    /// Unlike `Bundle.module`, a missing file is reported rather than a crash.
    private static func locate(_ fileName: String) -> URL? {
        let installed = Bundle.main.bundleURL
            .appendingPathComponent("tei-annotator_TEISchemas.resources")
            .appendingPathComponent(fileName)
        let sourceTree = URL(fileURLWithPath: #filePath, isDirectory: false).deletingLastPathComponent()
            .appendingPathComponent(fileName, isDirectory: false)
        return [installed, sourceTree].first { FileManager.default.isReadableFile(atPath: $0.path) }
    }
}

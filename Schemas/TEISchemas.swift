import Foundation

/// The schemas shipped with tei-annotator, found wherever the binary runs from.
public enum TEISchemas {
    /// The file name of the project's RELAX NG customization of TEI P5.
    public static let projectSchemaFileName = "tei-annotator.rng"

    /// The location of the project's schema, or nil when it cannot be found.
    ///
    /// Looked for first in the resources SwiftPM installs beside the binary
    /// (`tei-annotator_TEISchemas.resources/`), then in the source tree the binary was built from.
    /// Unlike `Bundle.module`, a missing file is reported rather than a crash.
    public static var projectSchemaURL: URL? {
        let installed = Bundle.main.bundleURL
            .appendingPathComponent("tei-annotator_TEISchemas.resources")
            .appendingPathComponent(projectSchemaFileName)
        let sourceTree = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent(projectSchemaFileName)
        return [installed, sourceTree].first { FileManager.default.isReadableFile(atPath: $0.path) }
    }
}

import Foundation

/// Counts over a run, for the totals line and the JSON output.
public struct ValidationTotals: Sendable, Encodable {
    public var files = 0
    public var valid = 0
    public var invalid = 0
    public var unreadable = 0
    public var errors = 0
    public var warnings = 0
    public var seconds = 0.0

    public init() {}

    public mutating func add(_ report: ValidationReport) {
        files += 1
        if report.isUnreadable {
            unreadable += 1
        } else if report.isValid {
            valid += 1
        } else {
            invalid += 1
        }
        errors += report.diagnostics.filter { $0.severity == .error }.count
        warnings += report.diagnostics.filter { $0.severity == .warning }.count
    }

    /// `3 files checked: 2 valid, 1 invalid (4 errors, 1 warning) in 0.12 s`.
    public var line: String {
        let checked = files - unreadable
        var text = "\(checked) file\(checked == 1 ? "" : "s") checked: \(valid) valid, \(invalid) invalid"
        if unreadable > 0 { text += ", \(unreadable) unreadable" }
        text += " (\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"))"
        return text + " in \(seconds.formatted(.number.precision(.fractionLength(2)))) s"
    }
}

/// Renders reports as the `validate` command prints them.
public enum ValidationOutput {
    /// The text lines of one report: one `file:line:col: severity: [code] message` per diagnostic;
    /// warnings left out when `quiet`.
    public static func textLines(_ report: ValidationReport, quiet: Bool) -> [String] {
        report.diagnostics.filter { !quiet || $0.severity == .error }.map(\.description)
    }

    /// One JSON document with every file's verdict and diagnostics and the totals.
    public static func json(_ reports: [ValidationReport], totals: ValidationTotals, quiet: Bool) -> String {
        struct FileEntry: Encodable {
            var file: String
            var valid: Bool
            /// The file name of the schema applied.
            var schema: String?
            var diagnostics: [TEIDiagnostic]
        }
        struct Document: Encodable {
            var files: [FileEntry]
            var totals: ValidationTotals
        }
        let document = Document(
            files: reports.map { report in
                FileEntry(
                    file: report.file, valid: report.isValid,
                    schema: report.schema.map { URL(fileURLWithPath: $0).lastPathComponent },
                    diagnostics: report.diagnostics.filter { !quiet || $0.severity == .error })
            }, totals: totals)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

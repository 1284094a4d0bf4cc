import Foundation
import TEIAnnotator
import TestSupport
import Testing

/// A directory holding bad inputs beside one good article, annotated in one run with `-o out`: each
/// bad input must give one error line naming it, the good one must still be written, and nothing
/// else (no part of a file, no temporary file) may appear in the output directory.
struct BadInputFixture {
    static let goodText = "Talks in Berlin\n\nPresident Joe Biden met Chancellor Olaf Scholz in Berlin on Monday.\n"

    let directory: URL
    var output: URL { directory.appendingPathComponent("out") }

    init() throws {
        directory = try CommandLineTool.temporaryDirectory()
        try Data(Self.goodText.utf8).write(to: directory.appendingPathComponent("good.txt"))
    }

    /// Writes an input file; returns its path.
    @discardableResult
    func write(_ name: String, _ bytes: some Sequence<UInt8>) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// `annotate NAMES… good.txt -o out` (with `options` before the inputs).
    func annotate(_ names: [String], options: [String] = [], prefix: [String] = []) throws -> CommandLineTool.Result {
        try CommandLineTool.run(
            ["annotate"] + options + ["-o", output.path] + (names + ["good.txt"]).map(path), prefix: prefix)
    }

    /// Every file in the output directory, hidden ones included.
    var outputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []).sorted()
    }

    /// The `error:` lines of a run's standard error.
    static func errors(_ result: CommandLineTool.Result) -> [Substring] {
        result.standardError.split(separator: "\n").filter { $0.contains(": error: ") }
    }

    /// Each bad input refused with one line naming it and the problem; the good article written, and
    /// nothing else.
    func expectRefused(
        _ result: CommandLineTool.Result, _ problems: [String: String], status: Int32 = 1,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(result.status == status, "\(result.standardError)", sourceLocation: sourceLocation)
        let errors = Self.errors(result)
        #expect(errors.count == problems.count, "\(result.standardError)", sourceLocation: sourceLocation)
        for (name, problem) in problems {
            #expect(
                errors.contains { $0.contains(name) && $0.contains(problem) }, "\(name): \(result.standardError)",
                sourceLocation: sourceLocation)
        }
        #expect(!result.standardError.contains("Fatal error"), sourceLocation: sourceLocation)
        #expect(outputs == ["good.xml"], sourceLocation: sourceLocation)
    }

    /// The TEI the tool wrote for `name` (in `out`) is valid against the project schema.
    func expectValidOutput(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let bytes = Repository.bytes(output.appendingPathComponent(name))
        let verdict = try TEIValidator.projectSchema().validate(bytes: bytes, file: name)
        #expect(verdict.isValid, "\(name): \(verdict.diagnostics.prefix(3))", sourceLocation: sourceLocation)
    }

    /// A minimal TEI document with `body` as the content of its only paragraph, after `prolog`.
    static func tei(prolog: String = "", paragraph body: String) -> String {
        prolog + """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>\
            <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>\
            <text><body><p>\(body)</p></body></text></TEI>
            """
    }

    /// Nine levels of ten references each: 10⁹ `lol`s once expanded.
    static let billionLaughs: String = {
        var prolog = "<!DOCTYPE TEI [<!ENTITY l0 \"lol\">"
        for level in 1...9 {
            prolog += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
        }
        return prolog + "]>"
    }()
}

import ArgumentParser
import Foundation
import TEIAnnotator

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate TEI files against a RELAX NG schema and check their ids and pointers.",
        discussion: """
            Checks that each FILE is well-formed, matches the schema (the bundled project schema unless \
            --schema is given), has unique xml:ids, and that every local pointer (@ref, @who, @resp, @next, \
            @prev, @corresp, @target = #id) names an element of the document of the right kind \
            (persName → person, placeName → place, orgName → org, said/@who → person or org). \
            Diagnostics go to standard output as file:line:col: error: message; a summary to standard error. \
            The schema is compiled once for all files.
            Exit status: 0 when all files are valid, 1 when any is invalid, 2 for usage or I/O errors.
            """
    )

    @Argument(help: "TEI files to validate.")
    var files: [String]

    @Option(help: "A RELAX NG schema (XML syntax) to validate against instead of the project schema.")
    var schema: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one FILE") }
    }

    func run() throws {
        let validator: TEIValidator
        do {
            validator =
                try schema.map { path throws(TEIValidationError) in try TEIValidator(schemaAt: path) }
                ?? TEIValidator.projectSchema()
        } catch {
            report("error: \(error)")
            throw ExitCode(Exit.usage)
        }
        var invalid = 0
        var unreadable = 0
        for file in files {
            let bytes: [UInt8]
            do {
                bytes = try readInput(file)
            } catch {
                report("error: \(error)")
                unreadable += 1
                continue
            }
            let verdict = validator.validate(bytes: bytes, file: file)
            for diagnostic in verdict.diagnostics { print(diagnostic) }
            if !verdict.isValid { invalid += 1 }
        }
        let checked = files.count - unreadable
        report(
            "\(checked) file\(checked == 1 ? "" : "s") checked: \(checked - invalid) valid, \(invalid) invalid"
                + (unreadable > 0 ? ", \(unreadable) unreadable" : ""))
        if unreadable > 0 { throw ExitCode(Exit.usage) }
        if invalid > 0 { throw ExitCode(Exit.failure) }
    }
}

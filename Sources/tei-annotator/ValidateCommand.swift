import ArgumentParser
import Foundation
import TEIAnnotator

#if canImport(Glibc)
    import Glibc
#endif

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate TEI files against a schema and check their ids, pointers and content.",
        discussion: """
            Checks that each FILE (a DIRECTORY: every .xml file below it) is well-formed, matches the schema \
            (by default the bundled project schema for TEI that tei-annotator wrote, and the bundled TEI P5 \
            tei_all.rng for any other TEI; --project-schema or --tei-all applies one of them to every file, \
            --schema another: RELAX NG .rng, XML Schema .xsd, DTD .dtd or Schematron .sch), has unique \
            xml:ids, that every local pointer (@ref, @who, @resp, @next, @prev, @corresp, @target = #id) \
            names an element of the right kind (persName → person, placeName → place, orgName → org, \
            said/@who → person or org), that @cert is a probability from 0 to 1 or high/medium/low/unknown, \
            and warns about names and quotations without text. Pointers into other files are warnings \
            (errors with --strict-refs). \
            The schema is compiled once and shared by --jobs threads; a large RELAX NG grammar such as \
            tei_all.rng is compiled cut down to the elements the files use (same verdicts and messages). \
            Diagnostics go to standard output as file:line:col: error|warning: [code] message (or one JSON \
            document with --format json); the totals line to standard error. \
            Safety: the network is never used; external DTDs and entities are read only with \
            --allow-external (local files); entity expansion, nesting depth (256) and text size (10 MB) are \
            limited; a document that takes longer than --time-limit is reported as an error.
            Exit status: 0 when all files are valid, 1 when any is invalid, 2 for usage or I/O errors.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "TEI files or directories to validate.")
    var paths: [String] = []

    @Option(help: "A schema to validate every file against (.rng, .xsd, .dtd or .sch).")
    var schema: String?

    @Flag(
        name: .customLong("tei-all"),
        help: "Validate every file against the bundled TEI P5 tei_all.rng (compiling it takes a few seconds).")
    var teiAll = false

    @Flag(
        name: .customLong("project-schema"),
        help: "Validate every file against the project schema, also TEI that tei-annotator did not write.")
    var projectSchema = false

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Flag(help: "Print errors only: no warnings, no totals line.")
    var quiet = false

    @Option(
        name: .customLong("jobs"), help: "How many documents to validate at once (default: the number of processors).")
    var jobsOption: Int?

    /// Threads: `--jobs`, else one per processor.
    var jobs: Int { jobsOption ?? ProcessInfo.processInfo.activeProcessorCount }

    @Flag(
        help:
            "Resolve xi:include elements before validating (always done for a teiCorpus root that includes its articles)."
    )
    var xinclude = false

    @Flag(name: .customLong("strict-refs"), help: "Report pointers into other files as errors, not warnings.")
    var strictReferences = false

    @Flag(name: .customLong("allow-external"), help: "Read external DTDs and entities (local files only).")
    var allowExternal = false

    @Option(
        name: .customLong("time-limit"),
        help: "Seconds one document may take before it is abandoned and reported as an error; 0 for none.")
    var timeLimit: Double = 60

    @Option(name: .customLong("max-file-size"), help: "Largest file to read, in megabytes.")
    var maximumFileSize: Int = 256

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one FILE or DIRECTORY") }
        if [schema != nil, teiAll, projectSchema].filter({ $0 }).count > 1 {
            throw ValidationError("give one of --schema, --tei-all and --project-schema")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if !(timeLimit >= 0) { throw ValidationError("--time-limit must be 0 or more seconds") }
        if maximumFileSize < 1 { throw ValidationError("--max-file-size must be at least 1 (MB)") }
    }

    func run() throws {
        let started = Date()
        let options = ValidationOptions(
            strictReferences: strictReferences, allowExternalResources: allowExternal, resolveIncludes: xinclude,
            maximumFileSize: maximumFileSize * 1024 * 1024)
        let validator: TEIValidator
        do {
            validator = try validatorForSchema(options: options)
        } catch {
            report("error: \(error)")
            throw ExitCode(Exit.usage)
        }
        let files = ValidationInputs.files(for: paths)
        guard !files.isEmpty else {
            report("error: no .xml files under \(paths.joined(separator: ", "))")
            throw ExitCode(Exit.usage)
        }
        let batch = BatchValidator(
            validator: validator, jobs: jobs, timeLimit: timeLimit > 0 ? .milliseconds(Int(timeLimit * 1000)) : nil)
        var totals = ValidationTotals()
        var reports: [ValidationReport] = []
        batch.run(files) { result in
            totals.add(result)
            switch format {
            case .text:
                let lines = ValidationOutput.textLines(result, quiet: quiet)
                if !lines.isEmpty { print(lines.joined(separator: "\n")) }
            case .json:
                reports.append(result)
            }
        }
        totals.seconds = Date().timeIntervalSince(started)
        if format == .json { print(ValidationOutput.json(reports, totals: totals, quiet: quiet)) }
        if !quiet { report(totals.line) }
        let status = totals.unreadable > 0 ? Exit.usage : totals.invalid > 0 ? Exit.failure : Exit.success
        // A thread may still be inside libxml2 (on a document that ran out of time, or compiling the
        // original tei_all.rng, in the background, for rejections that did not come): end now, without
        // the exit-time clean-up (libxml2's destructor among it) that would race with it.
        do {
            try StandardOutput.flush()
        } catch {
            report("error: \(error)")
            _exit(Exit.usage)
        }
        _exit(status)
    }

    private func validatorForSchema(options: ValidationOptions) throws(TEIValidationError) -> TEIValidator {
        if let schema { return try TEIValidator(schemaAt: schema, options: options) }
        if teiAll { return try TEIValidator.teiAll(options: options) }
        if projectSchema { return try TEIValidator.projectSchema(options: options) }
        return try TEIValidator.byDocument(options: options)
    }
}

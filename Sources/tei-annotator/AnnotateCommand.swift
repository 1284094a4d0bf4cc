import ArgumentParser
import Foundation
import TEIAnnotator

struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate articles (plain text, HTML pages, JSON Lines dumps, existing TEI) and write TEI.",
        discussion: """
            Reads each FILE (or standard input for -, or when no FILE is given) as an article pasted from a \
            web page, removes page noise, marks persons, places, organizations and quotations, and writes TEI P5. \
            The reader is chosen from the file extension (.txt, .html/.htm, .jsonl/.ndjson, .xml/.tei), else from \
            the content; --input-format overrides. An HTML page is reduced to its article; an existing TEI \
            document is annotated in place, its markup kept; a JSON Lines input (one article per line) gives one \
            JSON record per line ({"id", "metadata", "tei"}), streamed, and a bad line is reported and skipped; \
            with an export --format, each record is exported as an article named by its id. \
            One input goes to standard output, or to -o PATH; several inputs need -o DIRECTORY and each \
            becomes DIRECTORY/<stem>.xml (two inputs with the same stem are refused before anything is \
            written). Files are written atomically. Every output is checked against the \
            project schema before it is written.
            Exit status: 0 when every input was annotated, 1 when any could not be, 2 for usage or I/O errors.
            """
    )

    @Argument(help: "Article files (text, HTML, JSON Lines or TEI); - for standard input.")
    var files: [String] = []

    @Option(name: .shortAndLong, help: "Output file (one input) or directory (any number of inputs).")
    var output: String?

    @Option(help: "What to write: tei, or an export format (as `export --to`).")
    var format: AnnotateOutputFormat = .tei

    @Option(
        help:
            "Article id (an XML name) for a single input; default: from the file name, or from the content for standard input."
    )
    var id: String?

    @Option(help: "An entity model trained with `tei-annotator train`, instead of the bundled one.")
    var model: String?

    @Option(help: "Extra annotation layers: linguistic (sentences, words, lemmas, parts of speech).")
    var layer: [AnnotationLayer] = []

    @Option(
        name: .customLong("input-format"),
        help: "text, html, jsonl or tei; default: from the file extension, else from the content.")
    var inputFormat: ArticleSource.Format?

    mutating func validate() throws {
        if files.isEmpty { files = ["-"] }
    }

    /// The checks of the inputs against each other. They run after parsing has finished, so that a
    /// mistyped option (`--lang de x`) is reported as unknown rather than its value taken for an input.
    private func checkInputs() throws {
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        if files.count > 1 && output == nil {
            throw ValidationError("several inputs need -o DIRECTORY")
        }
        if files.count > 1 && id != nil { throw ValidationError("--id applies to a single input") }
        if files.count > 1 && format == .tei { try checkDistinctOutputNames() }
        if let id, ArticleIdentifier.sanitized(id) != id {
            throw ValidationError("--id \(id) is not an XML name (letters, digits, -, _, . ; starting with a letter)")
        }
    }

    func run() throws {
        try checkInputs()
        // Before the models load, so that a signal during the load stops the command as soon as it is done.
        let signals = SignalForwarding { Interruption.shared.request() }
        defer { withExtendedLifetime(signals) {} }
        if files.contains("-") && isatty(STDIN_FILENO) != 0 {
            report("reading an article from the terminal: end it with Ctrl-D (or give a FILE; see --help)")
        }
        let (annotator, validator) = try loadPipeline(model: model)
        let outputDirectory = format == .tei ? try outputDirectory() : nil
        var exports: [ExportInput] = []
        var failures = 0
        var ioFailure = false
        for (index, file) in files.enumerated() {
            do {
                if Interruption.shared.isRequested { throw Interrupted() }
                let input = try openInput(file)
                let inputKind = inputFormat ?? input.detectedFormat
                if inputKind == .jsonl {
                    let result = try annotateJSONLines(
                        input, file: file, annotator, validator, into: outputDirectory, exporting: format.export != nil)
                    failures += result.failures
                    exports += result.exports
                    continue
                }
                let bytes = try input.readAll()
                let name = file == "-" ? nil : URL(fileURLWithPath: file).lastPathComponent
                if inputKind == .tei {
                    let tei = try annotateInPlace(bytes, name: name, annotator)
                    let stem = id ?? ArticleIdentifier.fromContent(bytes)
                    if format == .tei {
                        try write(tei, for: file, articleID: stem, into: outputDirectory)
                    } else {
                        exports.append(try exportInput(tei, for: file, articleID: stem))
                    }
                    continue
                }
                let articleID = id ?? (name.map(ArticleIdentifier.fromFileName) ?? ArticleIdentifier.fromContent(bytes))
                let article = try annotator.read(bytes: bytes, format: inputKind, id: articleID, sourceName: name)
                let annotated = annotator.annotate(article)
                for warning in annotated.article.source.warnings { report("warning: \(name ?? "stdin"): \(warning)") }
                let tei = try annotator.tei(annotated, linguistic: layer.contains(.linguistic))
                let verdict = validator.validate(bytes: tei, file: name ?? "stdin")
                guard verdict.isValid else {
                    report(
                        "error: \(file): the TEI written does not validate (please report this): "
                            + (verdict.diagnostics.first?.description ?? ""))
                    failures += 1
                    continue
                }
                if format == .tei {
                    try write(tei, for: file, articleID: articleID, into: outputDirectory)
                } else {
                    exports.append(try exportInput(tei, for: file, articleID: articleID))
                }
            } catch let error as InputError {
                report("error: \(error)")
                ioFailure = true
            } catch let error as AtomicFileError {
                report("error: \(error)")
                ioFailure = true
            } catch let error as OutputError {
                report("error: \(error)")
                throw ExitCode(Exit.usage)
            } catch is Interrupted {
                report(
                    "error: interrupted before \(file) (\(index) of \(files.count) inputs done); nothing half written")
                throw ExitCode(Exit.interrupted)
            } catch {
                report("error: \(file): \(error)")
                failures += 1
            }
        }
        if let export = format.export { try writeExport(exports, as: export) }
        if ioFailure { throw ExitCode(Exit.usage) }
        if failures > 0 { throw ExitCode(Exit.failure) }
    }

    /// Refuses, before anything is written, two inputs that would be written to the same file of the output
    /// directory (`a/x.txt` and `b/x.html` both to `x.xml`).
    private func checkDistinctOutputNames() throws {
        var owners: [String: String] = [:]
        for file in files where file != "-" {
            let url = URL(fileURLWithPath: file)
            let format = inputFormat ?? InputFormatDetection.format(forFileName: url.lastPathComponent)
            let name = url.deletingPathExtension().lastPathComponent + (format == .jsonl ? ".jsonl" : ".xml")
            if let owner = owners[name], URL(fileURLWithPath: owner).standardizedFileURL != url.standardizedFileURL {
                throw ValidationError(
                    "\(owner) and \(file) would both be written to \(output ?? ".")/\(name); "
                        + "rename one, or annotate them into different directories")
            }
            owners[name] = file
        }
    }

    /// The directory outputs go to, when -o names one (always for several inputs); created if needed.
    private func outputDirectory() throws -> String? {
        guard let output else { return nil }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory)
        if exists && isDirectory.boolValue { return output }
        guard files.count > 1 else { return nil }
        if exists {
            report("error: \(output) is not a directory")
            throw ExitCode(Exit.usage)
        }
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            report("error: cannot create directory \(output): \((error as NSError).localizedDescription)")
            throw ExitCode(Exit.usage)
        }
        return output
    }

    private func write(_ tei: [UInt8], for file: String, articleID: String, into directory: String?) throws {
        if let directory {
            let stem = file == "-" ? articleID : URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            try AtomicFile.write(tei, to: URL(fileURLWithPath: directory).appendingPathComponent(stem + ".xml").path)
        } else if let output {
            try AtomicFile.write(tei, to: output)
        } else {
            try StandardOutput.write(tei)
        }
    }
}

/// Optional layers of the TEI output.
enum AnnotationLayer: String, ExpressibleByArgument, CaseIterable {
    case linguistic
}

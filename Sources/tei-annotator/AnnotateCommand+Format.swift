import ArgumentParser
import Foundation
import TEIAnnotator

/// What `annotate --format` writes: TEI, or any export format (the same output `export` gives for that TEI).
enum AnnotateOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case tei, conllu, conll2003, vrt, brat, json, csv, html

    /// The export format, nil for TEI.
    var export: ExportFormat? { ExportFormat(rawValue: rawValue) }
}

extension AnnotateCommand {
    /// The TEI written for `file`, read back for export under the name its output gets.
    func exportInput(_ tei: [UInt8], for file: String, articleID: String) throws -> ExportInput {
        let name = file == "-" ? articleID : URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return try ExportInput(name: name, teiBytes: tei, file: file == "-" ? "stdin" : file)
    }

    /// Exports the annotated articles and writes the files (see ``ExportOutput``).
    /// - Throws: `ExitCode(2)` after reporting when the files cannot be written.
    func writeExport(_ inputs: [ExportInput], as format: ExportFormat) throws {
        guard !inputs.isEmpty else { return }
        do {
            try ExportOutput.write(
                try Exporter().export(inputs, to: format, asCorpus: files.count > 1 || inputs.count > 1), to: output)
        } catch {
            report("error: \(error)")
            throw ExitCode(Exit.usage)
        }
    }
}

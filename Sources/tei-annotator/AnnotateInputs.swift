import ArgumentParser
import Foundation
import TEIAnnotator

extension ArticleSource.Format: ExpressibleByArgument {}

/// An input file or standard input, read in chunks so that a JSON Lines stream is never held whole.
final class InputStream {
    private let reader: InputReader
    /// The first bytes, read to choose the reader and not yet handed out.
    private var head: [UInt8]
    let detectedFormat: ArticleSource.Format
    /// Why reading stopped early, when it did (``nextChunk()`` cannot throw: it feeds a line stream).
    private(set) var readError: (any Error)?

    /// - Parameter path: the path as given, for errors; nil for standard input.
    init(handle: FileHandle, path: String?) throws {
        reader = InputReader(handle: handle, name: path ?? "stdin")
        let name = path.map { URL(fileURLWithPath: $0).lastPathComponent }
        var head: [UInt8] = []
        // Enough to see what the input is: its first line (a JSON Lines record, a doctype), up to 4 KiB,
        // read as it arrives so that a stream is not held up.
        while head.count < 4096 && !head.contains(0x0A) {
            let chunk = try reader.chunk()
            if chunk.isEmpty { break }
            head += chunk
        }
        self.head = head
        detectedFormat =
            name.flatMap(InputFormatDetection.format(forFileName:)) ?? InputFormatDetection.format(ofContent: head)
    }

    /// The next chunk (the head first); empty at the end, or after a read error (see ``readError``).
    func nextChunk() -> [UInt8] {
        if !head.isEmpty {
            defer { head = [] }
            return head
        }
        do {
            return try reader.chunk()
        } catch {
            readError = error
            return []
        }
    }

    /// Everything that is left.
    func readAll() throws -> [UInt8] {
        var bytes = head
        head = []
        bytes += try reader.all()
        return bytes
    }
}

extension AnnotateCommand {
    /// Opens a file, or standard input for `-`.
    func openInput(_ path: String) throws -> InputStream {
        if path == "-" { return try InputStream(handle: FileHandle.standardInput, path: nil) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw InputError(path: path, reason: "is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(path: path, reason: "cannot be read")
        }
        return try InputStream(handle: handle, path: path)
    }

    /// An existing TEI document, annotated in place and serialized without re-indenting it.
    func annotateInPlace(_ bytes: [UInt8], name: String?, _ annotator: Annotator) throws -> [UInt8] {
        let result = try annotator.annotateInPlace(teiBytes: bytes, id: id, sourceName: name)
        for warning in result.annotated.article.source.warnings + result.warnings {
            report("warning: \(name ?? "stdin"): \(warning)")
        }
        return try result.document.serialized(indented: false)
    }

    /// Annotates a JSON Lines stream, one record per line out — or, `exporting`, each record's TEI kept
    /// (named by the record's id) for an export format; returns the number of bad lines and what was kept.
    /// Each bad line is reported on standard error with its number, and the stream goes on.
    /// - Throws: ``InputError`` when the input cannot be read, ``OutputError`` or ``AtomicFileError``
    ///   when the output cannot be written, ``Interrupted`` at SIGINT or SIGTERM (a file output is then
    ///   left as it was).
    func annotateJSONLines(
        _ input: InputStream, file: String, _ annotator: Annotator, _ validator: TEIValidator,
        into directory: String?, exporting: Bool = false
    ) throws -> (failures: Int, exports: [ExportInput]) {
        let label = file == "-" ? "stdin" : URL(fileURLWithPath: file).lastPathComponent
        var destination = exporting ? nil : output
        if let directory, !exporting {
            let stem = file == "-" ? "stdin" : URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            destination = URL(fileURLWithPath: directory).appendingPathComponent(stem + ".jsonl").path
        }
        // Records go to standard output as they come, or to a file that appears whole when the stream ends.
        let outputFile = try destination.map { path throws(AtomicFileError) in try AtomicFileStream(path: path) }
        var stream = LineStream(read: { input.nextChunk() })
        var failures = 0
        var exports: [ExportInput] = []
        var number = 0
        while let line = stream.next() {
            if Interruption.shared.isRequested { throw Interrupted() }
            number += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let record: AnnotatedRecord
            do {
                record = try annotateRecord(line, label: "\(label):\(number)", annotator, validator)
                if exporting {
                    exports.append(try ExportInput(name: record.id, teiBytes: record.tei, file: "\(label):\(number)"))
                    continue
                }
            } catch {
                report("error: \(label):\(number): \(error)")
                failures += 1
                continue
            }
            if let outputFile { try outputFile.write(record.line) } else { try StandardOutput.write(record.line) }
        }
        if let readError = input.readError { throw readError }
        try outputFile?.commit()
        return (failures, exports)
    }

    /// A JSON Lines record annotated: its id, its TEI, and the output record's bytes.
    private struct AnnotatedRecord {
        var id: String
        var tei: [UInt8]
        var line: [UInt8]
    }

    /// One JSON Lines record annotated.
    private func annotateRecord(
        _ line: ArraySlice<UInt8>, label: String, _ annotator: Annotator, _ validator: TEIValidator
    ) throws -> AnnotatedRecord {
        let record = try JSONLinesArticle(line: line)
        var article = try annotator.read(bytes: record.content, format: record.format, id: record.id, sourceName: nil)
        record.apply(to: &article.metadata)
        let annotated = annotator.annotate(article)
        for warning in annotated.article.source.warnings { report("warning: \(label): \(warning)") }
        let tei = try annotator.tei(annotated, linguistic: layer.contains(.linguistic))
        let verdict = validator.validate(bytes: tei, file: label)
        guard verdict.isValid else { throw InvalidOutput() }
        return AnnotatedRecord(
            id: article.id, tei: tei,
            line: record.record(
                metadata: annotated.article.metadata, removed: annotated.article.removed.count, tei: tei))
    }
}

/// The TEI the tool wrote does not validate against its own schema: a bug to report.
struct InvalidOutput: Error, CustomStringConvertible {
    var description: String { "the TEI written does not validate (please report this)" }
}

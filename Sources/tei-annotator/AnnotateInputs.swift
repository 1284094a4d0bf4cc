import ArgumentParser
import Foundation
import TEIAnnotator

extension ArticleSource.Format: ExpressibleByArgument {}

/// An input file or standard input, read in chunks so that a JSON Lines stream is never held whole.
final class InputStream {
    private let handle: FileHandle
    /// The first bytes, read to choose the reader and not yet handed out.
    private var head: [UInt8]
    let detectedFormat: ArticleSource.Format

    init(handle: FileHandle, name: String?) {
        self.handle = handle
        var head: [UInt8] = []
        // Enough to see what the input is: its first line (a JSON Lines record, a doctype), up to 4 KiB,
        // read as it arrives so that a stream is not held up.
        while head.count < 4096 && !head.contains(0x0A) {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            head += chunk
        }
        self.head = head
        detectedFormat =
            name.flatMap(InputFormatDetection.format(forFileName:)) ?? InputFormatDetection.format(ofContent: head)
    }

    /// The next chunk (the head first); empty at the end.
    func nextChunk() -> [UInt8] {
        if !head.isEmpty {
            defer { head = [] }
            return head
        }
        return [UInt8](handle.availableData)
    }

    /// Everything that is left.
    func readAll() -> [UInt8] {
        var bytes = head
        head = []
        bytes += [UInt8](handle.readDataToEndOfFile())
        return bytes
    }
}

extension AnnotateCommand {
    /// Opens a file, or standard input for `-`.
    func openInput(_ path: String) throws(InputError) -> InputStream {
        if path == "-" { return InputStream(handle: FileHandle.standardInput, name: nil) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw InputError(path: path, reason: "is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(path: path, reason: "cannot be read")
        }
        return InputStream(handle: handle, name: URL(fileURLWithPath: path).lastPathComponent)
    }

    /// An existing TEI document, annotated in place and serialized without re-indenting it.
    func annotateInPlace(_ bytes: [UInt8], name: String?, _ annotator: Annotator) throws -> [UInt8] {
        let result = try annotator.annotateInPlace(teiBytes: bytes, id: id, sourceName: name)
        for warning in result.annotated.article.source.warnings + result.warnings {
            report("warning: \(name ?? "stdin"): \(warning)")
        }
        return try result.document.serialized(indented: false)
    }

    /// Annotates a JSON Lines stream, one record per line out; returns the number of bad lines.
    /// Each bad line is reported on standard error with its number, and the stream goes on.
    func annotateJSONLines(
        _ input: InputStream, file: String, _ annotator: Annotator, _ validator: TEIValidator,
        into directory: String?
    ) throws -> Int {
        let label = file == "-" ? "stdin" : URL(fileURLWithPath: file).lastPathComponent
        let sink: FileHandle
        var temporary: String?
        var destination: String?
        if let directory {
            let stem = file == "-" ? "stdin" : URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            destination = URL(fileURLWithPath: directory).appendingPathComponent(stem + ".jsonl").path
        } else if let output {
            destination = output
        }
        if let destination {
            let path = destination + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
            guard FileManager.default.createFile(atPath: path, contents: nil),
                let handle = FileHandle(forWritingAtPath: path)
            else { throw AtomicFileError.cannotCreate(path: destination, reason: "cannot create a temporary file") }
            sink = handle
            temporary = path
        } else {
            sink = FileHandle.standardOutput
        }
        var stream = LineStream(read: { input.nextChunk() })
        var failures = 0
        var number = 0
        while let line = stream.next() {
            number += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            do {
                let record = try JSONLinesArticle(line: line)
                var article = try annotator.read(
                    bytes: record.content, format: record.format, id: record.id, sourceName: nil)
                record.apply(to: &article.metadata)
                for warning in article.source.warnings { report("warning: \(label):\(number): \(warning)") }
                let annotated = annotator.annotate(article)
                let tei = try annotator.tei(annotated, linguistic: layer.contains(.linguistic))
                let verdict = validator.validate(bytes: tei, file: "\(label):\(number)")
                guard verdict.isValid else {
                    report("error: \(label):\(number): the TEI written does not validate (please report this)")
                    failures += 1
                    continue
                }
                sink.write(Data(record.record(metadata: article.metadata, removed: article.removed.count, tei: tei)))
            } catch {
                report("error: \(label):\(number): \(error)")
                failures += 1
            }
        }
        if let temporary, let destination {
            try? sink.close()
            do {
                if FileManager.default.fileExists(atPath: destination) {
                    _ = try FileManager.default.replaceItemAt(
                        URL(fileURLWithPath: destination), withItemAt: URL(fileURLWithPath: temporary))
                } else {
                    try FileManager.default.moveItem(atPath: temporary, toPath: destination)
                }
            } catch {
                throw AtomicFileError.cannotCreate(path: destination, reason: "\(error)")
            }
        }
        return failures
    }
}

import ArgumentParser
import Foundation
import TEIAnnotator

extension ExportFormat: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export annotated TEI as CoNLL-U, CoNLL-2003, VRT, brat, JSON, CSV or HTML.",
        discussion: """
            Reads TEI files (a DIRECTORY: every .xml file below it; a corpus root such as corpus.xml stands for the \
            articles it includes), the tool's own or corrected by hand, and writes: conllu (sentences and tokens \
            with lemmas and tags, names as NE=B-PER in MISC, as spaCy reads them; no syntax tree; the TEI's own \
            <s>/<w>/<pc> layer when it has one), conll2003 (token, POS, chunk O and IOB2 tag; each article after a \
            -DOCSTART- line), vrt (CWB and NoSketchEngine's vertical format: word, lemma, tag and msd per line in \
            text, p, s, said and name structures), brat (.txt and .ann, with annotation.conf, visual.conf and \
            tools.conf), json (text, entities with offsets and register ids, quotations with speakers, the register, \
            tokens; close to spaCy's), csv (an entity index) or html (a page per article, and index.html for a \
            corpus). CoNLL-U, CoNLL-2003, VRT and CSV write one file for all inputs; the others write files per \
            article. One file goes to standard output or -o FILE; several need -o DIRECTORY (created if needed) and \
            keep the inputs' names (DIR/sub/a.xml → OUT/sub/a.json). Files are written atomically. Offsets are in \
            code points. json and brat can be read back by evaluate.
            Exit status: 0 when every input was exported, 1 when any could not be read as TEI, 2 for usage or I/O \
            errors.
            """
    )

    @Option(
        name: .customLong("to"), help: "The format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ExportFormat

    @Argument(help: "TEI files or directories.")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "Output file (one file written) or directory.")
    var output: String?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one TEI FILE or DIRECTORY") }
    }

    func run() throws {
        var inputs: [ExportInput] = []
        var failures = 0
        var asCorpus = paths.count > 1
        for path in paths {
            let files: [(file: String, name: String)]
            do {
                files = try teiFiles(path)
            } catch {
                report("error: \(error)")
                throw ExitCode(Exit.usage)
            }
            if files.count > 1 || files.first?.file != path { asCorpus = true }
            var queue = files[...]
            while let (file, name) = queue.popFirst() {
                do {
                    let bytes = try readInput(file)
                    if let parts = Self.corpusParts(bytes, file: file) {
                        // A corpus root stands for its articles: in a directory they are read from their own
                        // files; named on its own, it brings them in.
                        if file == path {
                            asCorpus = true
                            queue.append(contentsOf: parts)
                        }
                        continue
                    }
                    inputs.append(try ExportInput(name: name, teiBytes: bytes, file: file))
                } catch let error as InputError {
                    report("error: \(error)")
                    throw ExitCode(Exit.usage)
                } catch {
                    report("error: \(error)")
                    failures += 1
                }
            }
        }
        if !inputs.isEmpty {
            do {
                let files = try Exporter().export(inputs, to: format, asCorpus: asCorpus)
                try ExportOutput.write(files, to: output)
            } catch {
                report("error: \(error)")
                throw ExitCode(Exit.usage)
            }
        }
        if failures > 0 { throw ExitCode(Exit.failure) }
    }

    /// The articles a corpus root (`teiCorpus`, as `corpus` writes `corpus.xml`) includes with
    /// `xi:include`, as paths beside it with the names their outputs get (the `href` without `.xml`);
    /// nil when `bytes` are not a corpus root.
    private static func corpusParts(_ bytes: [UInt8], file: String) -> [(file: String, name: String)]? {
        guard let document = try? XMLDocument(parsing: bytes, url: file), let root = document.rootElement,
            root.name == "teiCorpus"
        else { return nil }
        let directory = URL(fileURLWithPath: file).deletingLastPathComponent()
        var parts: [(file: String, name: String)] = []
        root.forEachDescendantElement { element in
            guard element.name == "include", element.namespace == "http://www.w3.org/2001/XInclude",
                let href = element.attribute("href")
            else { return }
            let name = href.hasSuffix(".xml") ? String(href.dropLast(4)) : href
            parts.append((URL(fileURLWithPath: href, relativeTo: directory).path, name))
        }
        return parts
    }

    /// The TEI files of a path with the names their outputs get: a file's stem, or the path below a
    /// directory without `.xml`.
    private func teiFiles(_ path: String) throws(InputError) -> [(file: String, name: String)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(path: path, reason: "no such file or directory")
        }
        guard isDirectory.boolValue else {
            return [(path, URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)]
        }
        let relative = (FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".xml") }.sorted()
        guard !relative.isEmpty else { throw InputError(path: path, reason: "no .xml files in this directory") }
        return relative.map { (URL(fileURLWithPath: path).appendingPathComponent($0).path, String($0.dropLast(4))) }
    }
}

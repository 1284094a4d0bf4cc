import AnnotationModel
import Evaluation
import LibXML
import PartOfSpeech

/// One article to export and the name its files are given (a path without extension, relative to the output).
public struct ExportInput: Sendable {
    public var name: String
    public var article: TEIArticle

    public init(name: String, article: TEIArticle) {
        self.name = name
        self.article = article
    }

    /// Reads TEI bytes.
    /// - Throws: ``ExportError/unreadableTEI(file:reason:)`` when they are not well-formed TEI with a body.
    public init(name: String, teiBytes: [UInt8], file: String) throws(ExportError) {
        do {
            let document = try XMLDocument(parsing: teiBytes, url: file)
            self.init(name: name, article: try TEIArticleReader.read(document, name: file))
        } catch let error as XMLError {
            throw .unreadableTEI(file: file, reason: error.description)
        } catch let error as EvaluationError {
            throw .unreadableTEI(file: file, reason: error.description)
        } catch {
            throw .unreadableTEI(file: file, reason: "\(error)")
        }
    }
}

/// A file an export produces: a name relative to the output, and its bytes.
public struct ExportedFile: Sendable, Equatable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

/// Turns read TEI articles into the hand-off formats. The same articles always give the same bytes.
public struct Exporter: Sendable {
    private let analyzer: LinguisticAnalyzer?

    /// - Parameter analyzer: tags articles without a linguistic layer; nil: the bundled one, loaded when needed.
    public init(analyzer: LinguisticAnalyzer? = nil) {
        self.analyzer = analyzer
    }

    /// The files of `inputs` in `format`.
    ///
    /// CoNLL-U, CoNLL-2003, VRT and CSV give one file for all articles (named after the article for one,
    /// else `corpus.conllu`, `corpus.conll`, `corpus.vrt`, `entities.csv`); brat gives `NAME.txt` and
    /// `NAME.ann` per article and one `annotation.conf`, `visual.conf` and `tools.conf`; JSON `NAME.json`;
    /// HTML `NAME.html` and, with `asCorpus`, `index.html` linking them.
    /// - Throws: ``ExportError/resources(_:)`` when the tagger is needed and cannot be loaded.
    public func export(_ inputs: [ExportInput], to format: ExportFormat, asCorpus: Bool = false) throws(ExportError)
        -> [ExportedFile]
    {
        let single = inputs.count == 1 && !asCorpus ? inputs[0].name : nil
        switch format {
        case .conllu:
            var text = ""
            for input in inputs { text += CoNLLUWriter.document(input.article, try tokens(input.article)) }
            return [ExportedFile(name: (single ?? "corpus") + ".conllu", bytes: Array(text.utf8))]
        case .conll2003:
            var text = ""
            for input in inputs { text += CoNLL2003Writer.document(input.article, try tokens(input.article)) }
            return [ExportedFile(name: (single ?? "corpus") + ".conll", bytes: Array(text.utf8))]
        case .vrt:
            var text = ""
            for input in inputs { text += VRTWriter.document(input.article, try tokens(input.article)) }
            return [ExportedFile(name: (single ?? "corpus") + ".vrt", bytes: Array(text.utf8))]
        case .csv:
            let text = EntityIndexWriter.table(inputs.map(\.article))
            return [ExportedFile(name: (single ?? "entities") + ".csv", bytes: Array(text.utf8))]
        case .brat:
            return inputs.flatMap { input in
                let (text, annotations) = BratWriter.files(input.article)
                return [
                    ExportedFile(name: input.name + ".txt", bytes: Array(text.utf8)),
                    ExportedFile(name: input.name + ".ann", bytes: Array(annotations.utf8)),
                ]
            } + BratConfiguration.files.map { ExportedFile(name: $0.name, bytes: Array($0.text.utf8)) }
        case .json:
            var files: [ExportedFile] = []
            for input in inputs {
                let json = ArticleJSONWriter.json(input.article, try tokens(input.article))
                files.append(ExportedFile(name: input.name + ".json", bytes: json.encoded()))
            }
            return files
        case .html:
            var files = inputs.map { input in
                ExportedFile(
                    name: input.name + ".html",
                    bytes: Array(
                        HTMLPageWriter.page(input.article, indexLink: asCorpus ? indexLink(input.name) : nil).utf8))
            }
            if asCorpus {
                files.append(ExportedFile(name: "index.html", bytes: Array(HTMLIndexWriter.page(inputs).utf8)))
            }
            return files
        }
    }

    private func tokens(_ article: TEIArticle) throws(ExportError) -> TokenizedArticle {
        if let analyzer { return TokenizedArticle(article, analyzer: analyzer) }
        do {
            return TokenizedArticle(article, analyzer: try LinguisticAnalyzer.bundled)
        } catch {
            throw .resources(error.description)
        }
    }

    /// The index page's path as seen from the page of `name` (`sub/a` → `../index.html`).
    private func indexLink(_ name: String) -> String {
        String(repeating: "../", count: name.split(separator: "/").count - 1) + "index.html"
    }
}

/// Why an export failed.
public enum ExportError: Error, Sendable, CustomStringConvertible {
    /// The input is not well-formed TEI with a `text/body`.
    case unreadableTEI(file: String, reason: String)
    /// The bundled part-of-speech model cannot be loaded.
    case resources(String)

    public var description: String {
        switch self {
        case .unreadableTEI(let file, let reason): "\(file): \(reason)"
        case .resources(let message): message
        }
    }
}

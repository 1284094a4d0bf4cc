import AnnotationModel
import ArticleReading
import EntityRecognition
import Evaluation
import Foundation
import LibXML
import Tokenization

/// Annotated documents to train or cross-validate the entity tagger on: JSON Lines in the gold
/// format, or TEI files (a file, or a directory searched recursively for `*.xml`), e.g. a corpus
/// corrected by hand.
public struct TrainingCorpus: Sendable {
    public var documents: [AnnotationSet]

    public init(documents: [AnnotationSet]) {
        self.documents = documents
    }

    /// Reads every path; `.jsonl`/`.json` files as gold JSON Lines, anything else as TEI.
    public init(paths: [String]) throws(TrainingError) {
        do {
            documents = try AnnotationSetReader.read(paths)
        } catch {
            throw .unreadable("", error.description)
        }
    }

    /// Keeps only documents whose licence starts with one of `prefixes` (documents without a stated
    /// licence are dropped too): the shipped model is trained only on text that may be redistributed.
    public func restricted(toLicences prefixes: [String]) -> TrainingCorpus {
        TrainingCorpus(
            documents: documents.filter { document in
                guard let licence = document.licence else { return false }
                return prefixes.contains { licence.hasPrefix($0) }
            })
    }
}

/// A gold document read the way the annotator reads input: the same reader, tokenizer and offsets.
struct PreparedDocument {
    let gold: AnnotationSet
    let article: Article
    let segmentation: Segmentation
    let names: [NameSpan]

    /// Nil when the reader finds no article text in the document.
    init?(_ gold: AnnotationSet) {
        guard let article = try? PlainTextReader().read(text: gold.text, id: ArticleIdentifier.sanitized(gold.id))
        else { return nil }
        let offsets = CodePointOffsets(article.text)
        self.gold = gold
        self.article = article
        segmentation = Tokenizer().segment(article)
        names = gold.entities.compactMap { entity in
            guard let type = EntityType(rawValue: entity.type), entity.end <= offsets.codePointCount else { return nil }
            return NameSpan(
                span: TextSpan(offsets.utf8(atCodePoint: entity.start), offsets.utf8(atCodePoint: entity.end)),
                type: type, confidence: 1)
        }
    }
}

/// Why training could not run.
public enum TrainingError: Error, Sendable, CustomStringConvertible {
    case unreadable(String, String)
    case noDocuments

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): path.isEmpty ? reason : "\(path): \(reason)"
        case .noDocuments: "no training documents (check the paths and the licence filter)"
        }
    }
}

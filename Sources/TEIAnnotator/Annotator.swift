import AnnotationModel
import ArticleReading
import EntityRecognition
import Foundation
import LanguageIdentification
import LibXML
import PartOfSpeech
import QuotationDetection
import SequenceLabeling
import TEIWriting
import Tokenization

/// The whole pipeline: an article as people have it in, annotated TEI out.
///
/// Reading and cleaning (``PlainTextReader``) → the language (``LanguageIdentifier``) → tokens and
/// sentences (``Tokenizer``) → parts of speech and lemmas (``LinguisticAnalyzer``) → persons, places and
/// organizations (``EntityRecognizer``) → quotations and speakers (``QuotationDetector``) → TEI
/// (``TEIWriter``). An annotator is immutable and may be shared by threads.
public struct Annotator: Sendable {
    /// The version written into every TEI header.
    public static let version = "0.1.0"
    /// The application ident written into every TEI header.
    public static let ident = "tei-annotator"

    private let reader = PlainTextReader()
    private let languageIdentifier = LanguageIdentifier()
    private let tokenizer = Tokenizer()
    private let analyzer: LinguisticAnalyzer
    private let recognizer: EntityRecognizer
    private let quotationDetector: QuotationDetector
    private let writer = TEIWriter(
        application: .init(
            ident: Annotator.ident, version: Annotator.version,
            summary:
                "Removes page noise, splits sentences and tokens, marks persons, places and organizations with "
                + "a trained perceptron tagger and gazetteers, and marks direct quotations with their speakers."))

    /// Loads the bundled gazetteers and models (once per process), or the entity model at `modelPath`
    /// and the speaker model at `speakerModelPath`.
    public init(modelPath: String? = nil, speakerModelPath: String? = nil) throws(AnnotatorError) {
        let gazetteers: Gazetteers
        let english: EnglishLexicon
        let model: EntityModel
        // The entity model and the gazetteers take most of the load time: the model loads on another core
        // meanwhile (a bundled resource loads once per process; a second use waits for the first).
        let modelLoad = DispatchGroup()
        if modelPath == nil {
            DispatchQueue.global(qos: .userInitiated).async(group: modelLoad) { _ = try? EntityRecognizer.bundledModel }
        }
        do {
            gazetteers = try Gazetteers.bundled
        } catch {
            throw .resources(error.description)
        }
        do {
            english = try EnglishLexicon.bundled
            analyzer = try LinguisticAnalyzer.bundled
        } catch {
            throw .resources(error.description)
        }
        do {
            if let modelPath {
                model = try StatisticalTagger.loadModel(from: URL(fileURLWithPath: modelPath))
            } else {
                modelLoad.wait()
                model = try EntityRecognizer.bundledModel
            }
        } catch {
            throw .resources(error.description)
        }
        recognizer = EntityRecognizer(gazetteers: gazetteers, english: english, model: model)
        do throws(SpeakerModelError) {
            let speakers =
                if let speakerModelPath {
                    try SpeakerModel(contentsOf: URL(fileURLWithPath: speakerModelPath))
                } else {
                    try SpeakerModel.bundled
                }
            quotationDetector = QuotationDetector(gazetteers: gazetteers, model: speakers)
        } catch {
            throw .resources(error.description)
        }
    }

    /// Reads plain text (UTF-8 bytes) as an article and annotates it.
    /// - Parameters:
    ///   - id: the article id (an XML NCName; see ``ArticleIdentifier``).
    ///   - sourceName: where the text came from (a file name), recorded in the header.
    public func annotate(bytes: [UInt8], id: String, sourceName: String? = nil) throws(AnnotatorError)
        -> AnnotatedArticle
    {
        do {
            return annotate(try reader.read(bytes: bytes, id: id, sourceName: sourceName))
        } catch {
            throw .unreadableInput(error)
        }
    }

    /// Annotates an article already read. Parts of speech are corrected to agree with the names found
    /// (see ``ProperNounAgreement``) after the entity stage has used them.
    ///
    /// The models are English: the language the text shows (else the one the input declares) is
    /// recorded in the article's metadata, and an article in another language gets its sentences and
    /// tokens but no parts of speech, names or quotations, with a warning in its `source.warnings`.
    public func annotate(_ article: Article) -> AnnotatedArticle {
        var article = article
        let identified = languageIdentifier.identify(article.text)
        if let identified { article.metadata.language = identified.tag }
        if !IdentifiedLanguage(tag: article.metadata.language).isEnglish {
            article.source.warnings.append(Self.notEnglishWarning(identified, declared: article.metadata.language))
            return AnnotatedArticle(
                article: article, segmentation: tokenizer.segment(article), register: EntityRegister(), mentions: [],
                quotations: [])
        }
        let segmentation = tokenizer.segment(article)
        var analyses = analyzer.analyze(article, segmentation)
        let entities = recognizer.recognize(article, segmentation, analyses)
        analyses = ProperNounAgreement.apply(
            analyses, names: entities.mentions.map(\.span), segmentation: segmentation, text: article.text)
        let quotations = quotationDetector.detect(
            in: article, segmentation: segmentation, analyses: analyses, mentions: entities.mentions,
            register: entities.register)
        return AnnotatedArticle(
            article: article, segmentation: segmentation, analyses: analyses, register: quotations.register,
            mentions: entities.mentions, quotations: quotations.quotations)
    }

    private static func notEnglishWarning(_ identified: IdentifiedLanguage?, declared: String) -> String {
        let reason =
            if let identified {
                identified.name.map { "the text is in \($0) (\(identified.tag))" } ?? "the text does not look English"
            } else {
                "the input declares the language \(declared)"
            }
        return reason + "; tei-annotator marks names and quotations in English only, so nothing is marked"
    }

    /// The TEI document for an annotated article, as a libxml2 tree; with `linguistic`, paragraphs
    /// hold sentences of words with lemmas and parts of speech.
    public func teiDocument(_ annotated: AnnotatedArticle, linguistic: Bool = false) -> XMLDocument {
        writer.document(for: annotated, linguistic: linguistic)
    }

    /// The TEI document for an annotated article, serialized as UTF-8.
    public func tei(_ annotated: AnnotatedArticle, linguistic: Bool = false) throws(AnnotatorError) -> [UInt8] {
        do {
            return try writer.serialize(annotated, linguistic: linguistic)
        } catch {
            throw .serialization(error)
        }
    }
}

/// Why an article could not be annotated.
public enum AnnotatorError: Error, Sendable, CustomStringConvertible {
    /// The input is not an article the reader can use.
    case unreadableInput(ArticleReadingError)
    /// A bundled resource (gazetteer, schema) is missing or damaged.
    case resources(String)
    /// libxml2 failed to serialize the document.
    case serialization(XMLError)

    public var description: String {
        switch self {
        case .unreadableInput(let error): error.description
        case .resources(let message): message
        case .serialization(let error): "cannot serialize TEI: \(error)"
        }
    }
}

import AnnotationModel
import ArticleReading
import LibXML
import TEIWriting

/// Reading every kind of input the annotator takes: plain text, HTML pages, existing TEI.
extension Annotator {
    /// The application recorded in a document annotated in place.
    static let inPlaceApplication = TEIWriter.Application(
        ident: Annotator.ident, version: Annotator.version,
        summary:
            "Marks persons, places and organizations with a trained perceptron tagger and gazetteers, and direct "
            + "quotations with their speakers, inside the existing markup.")

    /// Reads `bytes` as an article of `format` (plain text or an HTML page).
    public func read(bytes: [UInt8], format: ArticleSource.Format, id: String, sourceName: String? = nil)
        throws(AnnotatorError) -> Article
    {
        do {
            switch format {
            case .html: return try HTMLReader().read(bytes: bytes, id: id, sourceName: sourceName)
            case .text, .jsonl, .tei: return try PlainTextReader().read(bytes: bytes, id: id, sourceName: sourceName)
            }
        } catch {
            throw .unreadableInput(error)
        }
    }

    /// Annotates an existing TEI document in place (see ``InPlaceTEIAnnotation``).
    /// - Parameter id: the prefix of the new `xml:id`s; by default the document's own `xml:id`, or
    ///   one made from `sourceName`.
    public func annotateInPlace(teiBytes bytes: [UInt8], id: String? = nil, sourceName: String? = nil)
        throws(AnnotatorError) -> InPlaceAnnotationResult
    {
        let input: TEIInput
        do {
            input = try TEIReader().read(bytes: bytes, id: id, sourceName: sourceName)
        } catch {
            throw .unreadableInput(error)
        }
        let annotated = annotate(input.article)
        return InPlaceTEIAnnotation.annotate(input, annotated, application: Self.inPlaceApplication)
    }
}

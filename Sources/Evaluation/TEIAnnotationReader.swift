import LibXML

/// Reads the annotations of a TEI article back into an ``AnnotationSet``: the names and quotations
/// ``TEIArticleReader`` finds, with code point offsets. The same reading of two TEI files makes their
/// annotations comparable even when one was corrected by hand.
public enum TEIAnnotationReader {
    /// Reads a parsed TEI document.
    /// - Throws: ``EvaluationError/malformedTEI(file:reason:)`` when there is no `text/body`.
    public static func read(_ document: XMLDocument, name: String) throws(EvaluationError) -> AnnotationSet {
        try TEIArticleReader.read(document, name: name).annotationSet
    }
}

import AnnotationModel
import LibXML

/// Writes an annotated article as a TEI P5 document, through libxml2's tree API.
///
/// The document follows the project's conventions (`Schemas/README.md`): a `teiHeader` describing
/// the source and the software; a `standOff` with the article's register (`listPerson`, `listPlace`,
/// `listOrg`) and the removed page noise; and a body `<div type="article">` with a `<head>` and
/// `<p>`s in which names and quotations are marked inline. Every machine annotation points at the
/// application with `@resp` and carries `@cert`. Every id starts with the article id, so articles
/// can be combined into one corpus. Output is deterministic: the same input gives the same bytes.
public struct TEIWriter: Sendable {
    /// The software recorded in the header as the annotations' author.
    public struct Application: Sendable {
        /// An XML name, e.g. `tei-annotator`.
        public var ident: String
        /// Digits and dots, e.g. `0.1.0`.
        public var version: String
        /// What the software did, in one sentence.
        public var summary: String

        public init(ident: String, version: String, summary: String) {
            self.ident = ident
            self.version = version
            self.summary = summary
        }
    }

    public static let teiNamespace = "http://www.tei-c.org/ns/1.0"

    /// The `p` of the header's `editorialDecl/quotation marks="all"`: the quotation marks stay in the
    /// text, so renderings (the TEI stylesheets) must add none around `said`.
    public static let quotationPractice =
        "Quotation marks are kept in the text as the source printed them; the said elements add none."

    public var application: Application

    public init(application: Application) {
        self.application = application
    }

    /// The TEI document for `annotated`; with `linguistic`, paragraphs hold sentences of tagged words.
    public func document(for annotated: AnnotatedArticle, linguistic: Bool = false) -> XMLDocument {
        let ids = TEIIdentifiers(article: annotated.article.id, register: annotated.register)
        let document = XMLDocument(rootElement: "TEI", namespace: Self.teiNamespace)
        let root = document.rootElement!
        root.setAttribute("id", annotated.article.id, namespace: XMLDocument.xmlNamespace)
        // "und" (undetermined) for a tag that is none: the readers give only tags, but a library caller may not.
        let language = ArticleMetadata.languageTag(annotated.article.metadata.language) ?? "und"
        root.setAttribute("lang", language, namespace: XMLDocument.xmlNamespace)
        HeaderWriter(application: application, ids: ids).write(annotated.article, into: root)
        StandOffWriter(ids: ids).write(annotated, into: root)
        BodyWriter(ids: ids).write(
            annotated, layout: OverlapPolicy.layout(annotated, linguistic: linguistic), into: root)
        return document
    }

    /// The TEI document for `annotated`, serialized as indented UTF-8.
    public func serialize(_ annotated: AnnotatedArticle, linguistic: Bool = false) throws(XMLError) -> [UInt8] {
        try document(for: annotated, linguistic: linguistic).serialized()
    }
}

/// The `xml:id`s of one article's TEI: all start with the article id.
struct TEIIdentifiers {
    let article: String
    let application: String
    /// One id per register entry, in register order.
    let entries: [String]

    init(article: String, register: EntityRegister) {
        self.article = article
        application = article + "-app"
        entries = register.keys.map { article + "-" + $0 }
    }

    /// `#id`, a pointer to an id in the same document.
    static func pointer(_ id: String) -> String { "#" + id }

    /// The id of a sentence: `…-s1`, `…-s2`, … in text order.
    func sentence(_ index: Int) -> String { "\(article)-s\(index + 1)" }

    /// The id of a quotation's part: the first part is `…-q3`, later ones `…-q3-2`, `…-q3-3`.
    func quotation(_ index: Int, part: Int) -> String {
        let base = "\(article)-q\(index + 1)"
        return part == 0 ? base : "\(base)-\(part + 1)"
    }
}

/// A probability as TEI's `@cert` takes it: two decimals, '.' as separator, within 0…1.
func certainty(_ value: Double) -> String {
    let clamped = value.isFinite ? min(max(value, 0), 1) : 0
    let hundredths = Int((clamped * 100).rounded())
    switch hundredths {
    case 100: return "1.00"
    case 0..<10: return "0.0\(hundredths)"
    default: return "0.\(hundredths)"
    }
}

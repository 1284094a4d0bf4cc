import Foundation
import LibXML
import TEIAnnotator

/// Writes the corpus root (`corpus.xml`): a `teiCorpus` with the corpus header (title, extent,
/// application, date), the corpus-wide register as a `standOff`, and an `xi:include` of every article.
/// The file is streamed (never held as a tree) and written atomically.
struct CorpusRootWriter {
    struct Header {
        var title: String
        /// `YYYY-MM-DD`.
        var date: String
        var articles: Int
        var words: Int
        var version: String
        var ident: String
    }

    static let teiNamespace = "http://www.tei-c.org/ns/1.0"
    static let xincludeNamespace = "http://www.w3.org/2001/XInclude"

    /// Writes the root to `path`; `articleFiles` are relative to its directory, in corpus order.
    static func write(
        to path: String, header: Header, register: CorpusRegister, articleFiles: some Sequence<String>
    ) throws(CorpusError) {
        do {
            let output = try AtomicFileStream(path: path)
            let writer = try XMLStreamWriter(writingTo: output.handle)
            try writer.startElement("teiCorpus", namespace: teiNamespace)
            try writer.attribute("xmlns:xi", xincludeNamespace)
            try writer.attribute("xml:id", CorpusArticleIDs.root)
            try writer.attribute("xml:lang", "en")
            try writeHeader(header, writer)
            try writeRegister(register, writer)
            for file in articleFiles {
                try writer.startElement("xi:include")
                try writer.attribute("href", file)
                try writer.endElement()
            }
            try writer.finish()
            try output.commit()
        } catch {
            throw .cannotWrite(path, CorpusError.reason(of: error))
        }
    }

    private static func writeHeader(_ header: Header, _ writer: XMLStreamWriter) throws(XMLError) {
        let application = CorpusArticleIDs.root + "-app"
        try writer.startElement("teiHeader")
        try writer.startElement("fileDesc")
        try writer.startElement("titleStmt")
        try writer.element("title", text: header.title)
        try writer.startElement("respStmt")
        try writer.element("resp", text: "automatic annotation of persons, places, organizations and quotations")
        try writer.element(
            "name", text: "\(header.ident) \(header.version)",
            attributes: ["type": "software", "ref": "#" + application])
        try writer.endElement()
        try writer.endElement()
        try writer.startElement("extent")
        try writer.element(
            "measure", text: "\(header.articles) articles",
            attributes: ["unit": "articles", "quantity": String(header.articles)])
        try writer.element(
            "measure", text: "\(header.words) words", attributes: ["unit": "words", "quantity": String(header.words)])
        try writer.endElement()
        try writer.startElement("publicationStmt")
        try writer.element(
            "p", text: "Machine-annotated corpus made by \(header.ident) \(header.version); not published.")
        try writer.endElement()
        try writer.startElement("sourceDesc")
        try writer.element("p", text: "News articles; one TEI file per article, included below.")
        try writer.endElement()
        try writer.endElement()
        try writer.startElement("encodingDesc")
        // The TEI stylesheets read this declaration from the root's header only.
        try writer.startElement("editorialDecl")
        try writer.startElement("quotation")
        try writer.attribute("marks", "all")
        try writer.element("p", text: TEIWriter.quotationPractice)
        try writer.endElement()
        try writer.endElement()
        try writer.startElement("appInfo")
        try writer.startElement("application")
        try writer.attribute("xml:id", application)
        try writer.attribute("ident", header.ident)
        try writer.attribute("version", header.version)
        try writer.element("label", text: header.ident)
        try writer.element(
            "desc",
            text: "Annotated every article and merged the same entity across articles into the corpus register.")
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        try writer.startElement("revisionDesc")
        try writer.element(
            "change", text: "Corpus built automatically.", attributes: ["who": "#" + application, "when": header.date])
        try writer.endElement()
        try writer.endElement()
    }

    private static func writeRegister(_ register: CorpusRegister, _ writer: XMLStreamWriter) throws(XMLError) {
        let entries = register.sortedEntries
        guard !entries.isEmpty else { return }
        try writer.startElement("standOff")
        let kinds = [
            ("PER", "listPerson", "person", "persName"), ("LOC", "listPlace", "place", "placeName"),
            ("ORG", "listOrg", "org", "orgName"),
        ]
        for (type, listName, entryName, nameName) in kinds {
            let ofType = entries.filter { $0.type == type }
            guard !ofType.isEmpty else { continue }
            try writer.startElement(listName)
            for entry in ofType {
                try writer.startElement(entryName)
                try writer.attribute("xml:id", CorpusRegisterKey.registerID(entry.key))
                if let target = entry.sameAs {
                    try writer.attribute("sameAs", "#" + CorpusRegisterKey.registerID(target))
                }
                try writer.element(nameName, text: entry.name)
                for other in entry.otherNames {
                    try writer.element(nameName, text: other, attributes: ["type": "variant"])
                }
                if type == "PER" { for role in entry.rankedRoles { try writer.element("occupation", text: role) } }
                for uri in entry.uris.sorted() { try writer.element("idno", text: uri, attributes: ["type": "URI"]) }
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.endElement()
    }
}

import AnnotationModel
import LibXML

/// Writes the `teiHeader`: title, source, how quotation marks are encoded, and the software that made the
/// annotations.
struct HeaderWriter {
    let application: TEIWriter.Application
    let ids: TEIIdentifiers

    func write(_ article: Article, into root: XMLNode) {
        let metadata = article.metadata
        let header = root.appendElement("teiHeader")
        let fileDesc = header.appendElement("fileDesc")
        let titleStmt = fileDesc.appendElement("titleStmt")
        let title = metadata.title ?? metadata.sourceName ?? article.id
        titleStmt.appendElement("title", text: title)
        let respStmt = titleStmt.appendElement("respStmt")
        respStmt.appendElement("resp", text: "automatic annotation of persons, places, organizations and quotations")
        let software = respStmt.appendElement("name", text: "\(application.ident) \(application.version)")
        software.setAttribute("type", "software")
        software.setAttribute("ref", TEIIdentifiers.pointer(ids.application))

        let publicationStmt = fileDesc.appendElement("publicationStmt")
        publicationStmt.appendElement(
            "p", text: "Machine-annotated copy made by \(application.ident) \(application.version); not published.")

        let bibl = fileDesc.appendElement("sourceDesc").appendElement("bibl")
        if let headline = metadata.title { bibl.appendElement("title", text: headline).setAttribute("level", "a") }
        for author in metadata.authors { bibl.appendElement("author", text: author) }
        if let publisher = metadata.publisher { bibl.appendElement("publisher", text: publisher) }
        if let place = metadata.datelinePlace { bibl.appendElement("pubPlace", text: place) }
        if let date = metadata.date {
            bibl.appendElement("date", text: date.description).setAttribute("when", date.description)
        }
        if let sourceName = metadata.sourceName {
            bibl.appendElement("idno", text: sourceName).setAttribute("type", "file")
        }
        if let copyright = metadata.copyright {
            bibl.appendElement("availability").appendElement("p", text: copyright)
        }
        if metadata.title == nil && metadata.publisher == nil && metadata.date == nil && metadata.sourceName == nil {
            bibl.appendText("Unknown source.")
        }

        let encodingDesc = header.appendElement("encodingDesc")
        // The marks of direct speech are the article's own and stay in the text inside <said>: renderings
        // (the TEI stylesheets' html.xsl) must add none.
        let quotation = encodingDesc.appendElement("editorialDecl").appendElement("quotation")
        quotation.setAttribute("marks", "all")
        quotation.appendElement("p", text: TEIWriter.quotationPractice)
        let appInfo = encodingDesc.appendElement("appInfo")
        let app = appInfo.appendElement("application")
        app.setAttribute("id", ids.application, namespace: XMLDocument.xmlNamespace)
        app.setAttribute("ident", application.ident)
        app.setAttribute("version", application.version)
        app.appendElement("label", text: application.ident)
        app.appendElement("desc", text: application.summary)

        let change = header.appendElement("revisionDesc").appendElement("change", text: "Annotated automatically.")
        change.setAttribute("who", TEIIdentifiers.pointer(ids.application))
    }
}

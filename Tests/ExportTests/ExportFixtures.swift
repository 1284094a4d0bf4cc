import Foundation
import TEIAnnotator
import TestSupport

/// The articles the export tests use.
enum ExportFixtures {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The hand-made article with the linguistic layer (`Golden/layered.xml`).
    static func layered() throws -> ExportInput {
        try input(golden.appendingPathComponent("layered.xml"))
    }

    /// The tool's TEI for the seed article, as committed.
    static func seedTool() throws -> ExportInput { try input(Repository.seedToolTEI) }

    /// The hand-made gold TEI for the seed article (reported speech, no @resp).
    static func seedGold() throws -> ExportInput { try input(Repository.seedGoldTEI) }

    static func input(_ url: URL) throws -> ExportInput {
        try ExportInput(
            name: url.deletingPathExtension().lastPathComponent, teiBytes: Repository.bytes(url), file: url.path)
    }

    /// An article from inline TEI body content, with a small register.
    static func article(body: String, standOff: String = "") throws -> TEIArticle {
        let tei = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="t1"><teiHeader><fileDesc><titleStmt><title>T</title>\
            </titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc>\
            </teiHeader><standOff>\(standOff)</standOff><text><body>\(body)</body></text></TEI>
            """
        return try TEIArticleReader.read(XMLDocument(parsing: Array(tei.utf8), url: "t1.xml"), name: "t1.xml")
    }

    /// The text a span covers.
    static func text(_ article: TEIArticle, _ span: TextSpan) -> String { String(article.text[span]) }
}

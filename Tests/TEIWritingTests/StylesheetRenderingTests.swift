import Foundation
import LibXML
import TestSupport
import Testing

/// The TEI rendered by the TEI Consortium's own stylesheets (`html/html.xsl` in `../shared`, run by
/// Saxon-HE from PyPI's `saxonche`): the header's `editorialDecl/quotation marks="all"` keeps them
/// from wrapping each `said` in ‘…’ around the marks already in the text.
@Suite("TEI stylesheets render quotations")
struct StylesheetRenderingTests {
    static let stylesheet = Repository.shared?.appendingPathComponent("reference/tei/stylesheets/html/html.xsl")

    static var isAvailable: Bool {
        stylesheet.map { FileManager.default.fileExists(atPath: $0.path) } == true && Python.hasModules(["saxonche"])
    }

    /// The HTML that html.xsl makes of `document`.
    static func render(_ document: XMLDocument) throws -> String {
        let directory = try CommandLineTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("article.xml")
        try Data(try document.serialized()).write(to: file)
        let script = """
            import sys
            from saxonche import PySaxonProcessor
            with PySaxonProcessor(license=False) as saxon:
                stylesheet = saxon.new_xslt30_processor().compile_stylesheet(stylesheet_file=sys.argv[1])
                sys.stdout.write(stylesheet.transform_to_string(source_file=sys.argv[2]))
            """
        let (status, output) = try Python.run(script: script, arguments: [stylesheet!.path, file.path])
        try #require(status == 0 && !output.isEmpty, "Saxon failed on \(file.path)")
        return output
    }

    @Test(
        "direct speech keeps its own marks once; without the declaration the stylesheets add ‘…’",
        .enabled(if: isAvailable, "needs ../shared, python3 and saxonche"))
    func noDoubledMarks() throws {
        let document = TEIWriterTests.writer.document(for: WriterFixture.annotated)
        let html = try Self.render(document)
        #expect(html.contains("“Now we build,”"))
        #expect(!html.contains("‘“") && !html.contains("”’"))

        var declaration: XMLNode?
        document.rootElement!.forEachDescendantElement { if $0.name == "editorialDecl" { declaration = $0 } }
        try #require(declaration).remove()
        #expect(try Self.render(document).contains("‘“Now we build,”’"))
    }
}

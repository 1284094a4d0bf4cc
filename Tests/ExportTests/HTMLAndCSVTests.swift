import Foundation
import TEIAnnotator
import Testing

@Suite("HTML pages and the entity index")
struct HTMLAndCSVTests {
    static let register = """
        <listPerson><person xml:id="p1"><persName>Tom &amp; "Jerry" &lt;script&gt;</persName>\
        <occupation>cat, mouse</occupation></person></listPerson>
        """

    static func page(_ article: TEIArticle) throws -> String {
        let files = try Exporter().export([ExportInput(name: "a", article: article)], to: .html)
        return String(decoding: files[0].bytes, as: UTF8.self)
    }

    @Test("text, names and register entries are escaped; the data cannot end its script element")
    func escaping() throws {
        let article = try ExportFixtures.article(
            body: "<p>&lt;b&gt; <persName ref=\"#p1\">Tom &amp; Jerry</persName> said &lt;/script&gt;</p>",
            standOff: Self.register)
        let html = try Self.page(article)
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;b&gt; <span class=\"ent per\" data-entry=\"p1\""))
        #expect(html.contains(">Tom &amp; Jerry</span> said &lt;/script&gt;</p>"))
        #expect(html.contains("Tom &amp; &quot;Jerry&quot; &lt;script&gt;"))
        #expect(html.components(separatedBy: "</script>").count == 3)  // the data island and the script
        #expect(!html.contains("http://") && !html.contains("<link") && !html.contains(" src="))
    }

    @Test("quotations carry their speaker; a quotation over two paragraphs is marked in each")
    func quotations() throws {
        let html = try Self.page(try ExportFixtures.layered().article)
        #expect(html.components(separatedBy: "class=\"quote direct\" data-quote=\"0\"").count == 3)
        #expect(
            html.contains(
                "<span class=\"speaker direct\" data-quote=\"0\" data-speaker=\"ex1-per1\">— Maria Lopez</span>"))
        #expect(html.contains("class=\"quote reported\" data-quote=\"1\""))
        // Nested names stay nested: the place inside the organization.
        #expect(html.contains("<span class=\"ent org\" data-entry=\"ex1-org1\"") && html.contains("Board</span>"))
        #expect(html.contains("<li class=\"entry per\" data-entry=\"ex1-per1\""))
    }

    @Test("a corpus gets an index page linking every article")
    func index() throws {
        let files = try Exporter().export(
            [ExportFixtures.layered(), ExportFixtures.seedTool()], to: .html, asCorpus: true)
        #expect(files.map(\.name) == ["layered.html", "000_234219daa5ff928f.html", "index.html"])
        let index = String(decoding: files[2].bytes, as: UTF8.self)
        #expect(index.contains("<a href=\"layered.html\">Harbour board backs Northport expansion</a>"))
        #expect(index.contains("<a href=\"000_234219daa5ff928f.html\">Turkey Urges U.S."))
        #expect(String(decoding: files[0].bytes, as: UTF8.self).contains("<a href=\"index.html\">"))
    }

    @Test("CSV: quoting, and entries merged across articles by URI or by type and name")
    func entityIndex() throws {
        let first = try ExportFixtures.article(
            body: "<p><persName ref=\"#p1\">Tom</persName> met <persName>Ann</persName>.</p>", standOff: Self.register)
        var second = first
        second.id = "t2"
        second.register[0].id = "q7"
        second.names[0].entryID = "q7"
        let files = try Exporter().export(
            [ExportInput(name: "a", article: first), ExportInput(name: "b", article: second)], to: .csv)
        #expect(files.map(\.name) == ["entities.csv"])
        #expect(
            String(decoding: files[0].bytes, as: UTF8.self) == """
                id,type,name,variants,roles,uris,mentions,articles
                ,PER,Ann,,,,2,t1 t2
                p1 q7,PER,"Tom & ""Jerry"" <script>",,"cat, mouse",,2,t1 t2

                """)
    }
}

import TEIAnnotator
import Testing

@Suite("Reading TEI articles for export")
struct TEIArticleReaderTests {
    @Test("the linguistic layer: spaces from @join, not from the indentation")
    func layer() throws {
        let article = try ExportFixtures.layered().article
        #expect(
            article.text == """
                Harbour board backs Northport expansion

                Maria Lopez of the Northport Harbour Board said: “We have waited ten years.

                Work starts soon.” She told Jan Novak work in Northport was late.
                """)
        #expect(article.sentences.map(\.id) == ["ex1-s1", "ex1-s2", "ex1-s3", "ex1-s4"])
        #expect(article.sentences.map(\.block) == [0, 1, 2, 2])
        #expect(article.tokens.count == 36)
        let said = try #require(article.tokens.first { ExportFixtures.text(article, $0.span) == "said" })
        #expect(said.lemma == "say" && said.xpos == "VBD" && said.upos == "VERB" && said.features == "Tense=Past")
        let names = article.names.map { "\($0.type) \(ExportFixtures.text(article, $0.span)) \($0.entryID ?? "-")" }
        #expect(
            names == [
                "LOC Northport ex1-pla1", "PER Maria Lopez ex1-per1", "LOC Northport ex1-pla1",
                "ORG Northport Harbour Board ex1-org1", "PER Jan Novak -", "LOC Northport ex1-pla1",
            ])
    }

    @Test("the same article written compactly reads the same")
    func compactEqualsIndented() throws {
        let indented = try ExportFixtures.article(
            body: """
                <p>
                  <s>
                    <w>She</w>
                    <w join="right">said</w>
                    <pc>:</pc>
                    <persName><w>Ana</w>
                       <w>Ruiz</w></persName>
                    <w>left</w>
                  </s>
                  <s><w>Then</w><pc join="left">!</pc></s>
                </p>
                """)
        let compact = try ExportFixtures.article(
            body: "<p><s><w>She</w> <w join=\"right\">said</w><pc>:</pc> <persName><w>Ana</w> <w>Ruiz</w></persName> "
                + "<w>left</w></s> <s><w>Then</w><pc join=\"left\">!</pc></s></p>")
        #expect(indented.text == "She said: Ana Ruiz left Then!")
        #expect(compact.text == indented.text)
        #expect(compact.tokens == indented.tokens)
        #expect(compact.names == indented.names)
        #expect(ExportFixtures.text(indented, indented.names[0].span) == "Ana Ruiz")
    }

    @Test("TEI without the layer keeps its text as written; quotation parts are joined")
    func plainTEI() throws {
        let article = try ExportFixtures.article(
            body: """
                <head>Talks</head><p><said xml:id="q1" next="#q2" who="#p1">“One,</said></p>\
                <p><said xml:id="q2" prev="#q1" who="#p1">two.”</said> <persName ref="#p1">Ana  Ruiz</persName> said.</p>
                """,
            standOff: "<listPerson><person xml:id=\"p1\"><persName>Ana Ruiz</persName></person></listPerson>")
        #expect(article.text == "Talks\n\n“One,\n\ntwo.” Ana  Ruiz said.")
        #expect(article.tokens.isEmpty && article.sentences.isEmpty)
        #expect(article.quotes.count == 1)
        #expect(article.quotes[0].parts.map { ExportFixtures.text(article, $0) } == ["“One,", "two.”"])
        #expect(article.quotes[0].speakerID == "p1")
        #expect(article.register.map(\.name) == ["Ana Ruiz"])
        #expect(article.blocks.map(\.kind) == [.headline, .paragraph, .paragraph])
    }

    @Test("the register: main name, variants, roles and URIs, wherever it is listed")
    func register() throws {
        let article = try ExportFixtures.layered().article
        #expect(
            article.register == [
                TEIArticle.Entry(
                    id: "ex1-per1", type: "PER", name: "Maria Lopez", variants: ["Lopez"], roles: ["chair"], uris: []),
                TEIArticle.Entry(
                    id: "ex1-pla1", type: "LOC", name: "Northport", variants: [], roles: [],
                    uris: ["https://www.geonames.org/0000001"]),
                TEIArticle.Entry(
                    id: "ex1-org1", type: "ORG", name: "Northport Harbour Board", variants: [], roles: [], uris: []),
            ])
        #expect(
            article.source
                == TEIArticle.Source(
                    title: "Harbour board backs Northport expansion", publisher: "The Example Gazette",
                    date: "2024-11-03"))
    }
}

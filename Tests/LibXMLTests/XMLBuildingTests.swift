import LibXML
import Testing

@Suite("Building and serializing trees")
struct XMLBuildingTests {
    private func serialized(_ document: XMLDocument) throws -> String {
        String(decoding: try document.serialized(indented: false), as: UTF8.self)
    }

    @Test("text and attribute values are escaped, never parsed as markup")
    func escaping() throws {
        let document = XMLDocument(rootElement: "root")
        let root = document.rootElement!
        root.appendElement("t", text: "Tom & Jerry <b>bold</b> \"quoted\" 'single' > end")
        root.appendElement("a").setAttribute("v", "a & b < c > d \"e\" 'f'")
        let output = try serialized(document)
        #expect(output.contains("<t>Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt; \"quoted\" 'single' &gt; end</t>"))
        #expect(output.contains("v=\"a &amp; b &lt; c &gt; d &quot;e&quot; 'f'\""))
        // What was written reads back as the same characters.
        let reparsed = try XMLDocument(parsing: Array(output.utf8))
        let children = reparsed.rootElement!.childElements
        #expect(children[0].textContent == "Tom & Jerry <b>bold</b> \"quoted\" 'single' > end")
        #expect(children[1].attribute("v") == "a & b < c > d \"e\" 'f'")
    }

    @Test("characters XML cannot hold become U+FFFD, so output stays well-formed")
    func forbiddenCharacters() throws {
        let document = XMLDocument(rootElement: "root")
        document.rootElement!.appendText("bell\u{07} nul\u{00} tab\tend")
        document.rootElement!.setAttribute("v", "form\u{0C}feed")
        let bytes = try document.serialized()
        let reparsed = try XMLDocument(parsing: bytes)
        #expect(reparsed.rootElement!.textContent == "bell\u{FFFD} nul\u{FFFD} tab\tend")
        #expect(reparsed.rootElement!.attribute("v") == "form\u{FFFD}feed")
    }

    @Test("children inherit the root's default namespace; xml:id is in the XML namespace")
    func namespaces() throws {
        let tei = "http://www.tei-c.org/ns/1.0"
        let document = XMLDocument(rootElement: "TEI", namespace: tei)
        let root = document.rootElement!
        root.setAttribute("id", "a1", namespace: XMLDocument.xmlNamespace)
        let child = root.appendElement("text")
        #expect(child.namespace == tei)
        let output = try serialized(document)
        #expect(output.contains("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"a1\"><text/></TEI>"))
        let reparsed = try XMLDocument(parsing: Array(output.utf8))
        #expect(reparsed.rootElement!.attribute("id", namespace: XMLDocument.xmlNamespace) == "a1")
        #expect(reparsed.rootElement!.childElements.first?.namespace == tei)
    }

    @Test("indenting never adds whitespace inside mixed content")
    func mixedContentKeepsItsSpaces() throws {
        let document = XMLDocument(rootElement: "p")
        let root = document.rootElement!
        root.appendElement("w", text: "New")
        root.appendText(" ")
        root.appendElement("w", text: "York")
        let output = String(decoding: try document.serialized(indented: true), as: UTF8.self)
        #expect(output.contains("<p><w>New</w> <w>York</w></p>"))
    }

    @Test("the same tree serializes to the same bytes")
    func deterministic() throws {
        func build() -> XMLDocument {
            let document = XMLDocument(rootElement: "r")
            for index in 0..<50 {
                document.rootElement!.appendElement("e", text: "\(index)").setAttribute("n", "\(index)")
            }
            return document
        }
        #expect(try build().serialized() == build().serialized())
    }
}

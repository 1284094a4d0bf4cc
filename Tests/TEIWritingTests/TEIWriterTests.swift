import AnnotationModel
import Foundation
import LibXML
import TEIAnnotator
import TEIValidation
import TEIWriting
import TestSupport
import Testing

@Suite("TEI writer")
struct TEIWriterTests {
    static let writer = TEIWriter(
        application: .init(ident: "tei-annotator", version: "0.1.0", summary: "Test application."))

    static let goldenURL = Repository.root.appendingPathComponent("Tests/TEIWritingTests/Golden/article.xml")

    @Test("the writer's output equals the golden file byte for byte")
    func golden() throws {
        let output = try Self.writer.serialize(WriterFixture.annotated)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" { try Data(output).write(to: Self.goldenURL) }
        let golden = try String(contentsOf: Self.goldenURL, encoding: .utf8)
        #expect(
            String(decoding: output, as: UTF8.self) == golden,
            "writer output differs from Golden/article.xml; rerun with UPDATE_GOLDEN=1 if the change is intended")
    }

    @Test("the golden file is valid against the project schema and tei_all")
    func goldenIsValid() throws {
        let golden = [UInt8](try Data(contentsOf: Self.goldenURL))
        for verdict in try TEIAll.verdictsOfBothSchemas(golden, file: "article.xml") {
            #expect(verdict.isValid, "\(verdict.diagnostics)")
        }
    }

    @Test("removing the tags gives back the article text of each block")
    func textPreserved() throws {
        let annotated = WriterFixture.annotated
        let document = Self.writer.document(for: annotated)
        let blocks = try document.select(
            "//tei:body//tei:head | //tei:body//tei:p", namespaces: ["tei": TEIWriter.teiNamespace])
        #expect(blocks.map(\.textContent) == annotated.article.blocks.map { String(annotated.article.text(of: $0)) })
    }

    @Test("a quotation over two paragraphs becomes two said parts chained with next and prev")
    func quotationParts() throws {
        let document = Self.writer.document(for: WriterFixture.annotated)
        let parts = try document.select("//tei:said", namespaces: ["tei": TEIWriter.teiNamespace])
        #expect(parts.count == 2)
        let first = "gazette-2024-11-03-0001-q1"
        let second = "gazette-2024-11-03-0001-q1-2"
        #expect(parts[0].attribute("id", namespace: XMLDocument.xmlNamespace) == first)
        #expect(parts[0].attribute("next") == "#" + second)
        #expect(parts[1].attribute("prev") == "#" + first)
        #expect(parts.allSatisfy { $0.attribute("who") == "#gazette-2024-11-03-0001-per1" })
    }

    @Test("a described speaker is a person with a description note, valid in both schemas")
    func describedSpeaker() throws {
        var annotated = WriterFixture.annotated
        annotated.register.entries.append(
            RegisterEntry(type: .person, name: "the harbour's engineers", isDescription: true))
        annotated.register.entries.append(
            RegisterEntry(type: .organization, name: "the ministry", isDescription: true))
        annotated.quotations[0].speaker = 3
        let bytes = try Self.writer.serialize(annotated)
        let document = try XMLDocument(parsing: bytes)
        let tei = ["tei": TEIWriter.teiNamespace]
        let person = try #require(try document.select("//tei:person[tei:note]", namespaces: tei).first)
        #expect(person.childElements.map(\.name) == ["note"])
        #expect(person.childElements.first?.attribute("type") == "description")
        #expect(person.childElements.first?.textContent == "the harbour's engineers")
        let id = try #require(person.attribute("id", namespace: XMLDocument.xmlNamespace))
        let said = try document.select("//tei:said", namespaces: tei)
        #expect(said.allSatisfy { $0.attribute("who") == "#" + id })
        for verdict in try TEIAll.verdictsOfBothSchemas(bytes, file: "described.xml") {
            #expect(verdict.isValid, "\(verdict.diagnostics)")
        }
    }

    @Test("a headline after a paragraph (a page with two articles) is written as a paragraph, valid in both schemas")
    func lateHeadline() throws {
        var annotated = WriterFixture.annotated
        annotated.article.blocks[2].kind = .headline
        let bytes = try Self.writer.serialize(annotated)
        let document = try XMLDocument(parsing: bytes)
        let div = try #require(try document.select("//tei:div", namespaces: ["tei": TEIWriter.teiNamespace]).first)
        #expect(div.childElements.map(\.name) == ["head", "p", "p"])
        for verdict in try TEIAll.verdictsOfBothSchemas(bytes, file: "late-headline.xml") {
            #expect(verdict.isValid, "\(verdict.diagnostics)")
        }
    }

    @Test("certainty is written with two decimals within 0…1")
    func certainty() throws {
        let document = Self.writer.document(for: WriterFixture.annotated)
        let values = try document.select("//tei:persName[@cert]", namespaces: ["tei": TEIWriter.teiNamespace])
            .compactMap { $0.attribute("cert") }
        #expect(values == ["0.99"])
    }
}

import AnnotationModel
import Foundation
import LibXML
import TEIAnnotator
import TEIValidation
import TestSupport
import Testing

@Suite("The linguistic layer in TEI")
struct LinguisticLayerTests {
    static let annotator = try! Annotator()
    static let annotated = try! annotator.annotate(
        bytes: Repository.bytes(Repository.seedArticle), id: "a000_234219daa5ff928f",
        sourceName: "000_234219daa5ff928f.txt")
    static let tei = "http://www.tei-c.org/ns/1.0"

    @Test("valid against the project schema and tei_all")
    func valid() throws {
        let bytes = try Self.annotator.tei(Self.annotated, linguistic: true)
        for verdict in try TEIAll.verdictsOfBothSchemas(bytes, file: "seed-linguistic.xml") {
            #expect(verdict.isValid, "\(verdict.diagnostics)")
        }
    }

    @Test("removing the tags gives back the same text as without the layer")
    func sameText() throws {
        let plain = try TEIAnnotationReader.read(Self.annotator.teiDocument(Self.annotated), name: "plain")
        let linguistic = try TEIAnnotationReader.read(
            Self.annotator.teiDocument(Self.annotated, linguistic: true), name: "linguistic")
        #expect(linguistic.text == plain.text)
        #expect(linguistic.entities == plain.entities)
        #expect(linguistic.quotes.map(\.speakerNames) == plain.quotes.map(\.speakerNames))
    }

    @Test("every token is a w or pc with lemma, pos and msd; names and quotations wrap whole tokens")
    func tokens() throws {
        let document = Self.annotator.teiDocument(Self.annotated, linguistic: true)
        let namespaces = ["tei": Self.tei]
        let tokens = try document.select("//tei:body//tei:w | //tei:body//tei:pc", namespaces: namespaces)
        #expect(tokens.count == Self.annotated.segmentation.tokens.count)
        let sentences = try document.select("//tei:body//tei:s", namespaces: namespaces)
        #expect(sentences.count == Self.annotated.segmentation.sentences.count)
        for token in tokens {
            #expect(token.attribute("pos") != nil && token.attribute("msd")?.hasPrefix("UPosTag=") == true)
            if token.name == "w" { #expect(token.attribute("lemma") != nil) }
        }
        // No text directly inside a name or a quotation except the white space between its tokens.
        let wrappers = try document.select(
            "//tei:body//tei:persName | //tei:body//tei:placeName | //tei:body//tei:orgName | //tei:body//tei:said",
            namespaces: namespaces)
        for wrapper in wrappers {
            for child in wrapper.children where child.kind == .text {
                let onlySpace = child.textContent.allSatisfy { $0.isWhitespace }
                #expect(onlySpace, "loose text in <\(wrapper.name)>")
            }
        }
        let glued = try document.select("//tei:body//*[@join='right']", namespaces: namespaces)
        #expect(glued.count == Self.annotated.segmentation.tokens.filter { !$0.spaceAfter }.count)
    }

    @Test("Turkey opening a sentence is a proper noun, with itself as lemma")
    func properNouns() throws {
        let document = Self.annotator.teiDocument(Self.annotated, linguistic: true)
        let turkey = try document.select("//tei:body//tei:placeName/tei:w[. = 'Turkey']", namespaces: ["tei": Self.tei])
        #expect(!turkey.isEmpty)
        #expect(turkey.allSatisfy { $0.attribute("pos") == "NNP" && $0.attribute("lemma") == "Turkey" })
    }
}

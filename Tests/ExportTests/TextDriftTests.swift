import Foundation
import TEIAnnotator
import Testing

/// No white space is added to the article's text on its way through TEI to the exports: every text
/// an export carries is the slice of the article text its offsets give.
@Suite("Exported text equals the article's")
struct TextDriftTests {
    /// The article's paragraphs (and headline), as the annotator read them.
    static func blocks(_ article: Article) -> [String] { article.blocks.map { String(article.text[$0.span]) } }

    /// `text[start..<end]` in Unicode code points, as Python slices.
    static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.dropFirst(start).prefix(end - start))
        return String(scalars)
    }

    @Test("each <head> and <p> of the plain and the linguistic TEI holds exactly its paragraph")
    func teiParagraphs() throws {
        var paragraphsHoldingOnlyAQuotation = 0
        for real in try RealArticle.all() {
            for bytes in [real.plainTEI, real.linguisticTEI] {
                let document = try XMLDocument(parsing: bytes, url: real.name + ".xml")
                var texts: [String] = []
                try #require(document.rootElement).forEachDescendantElement { element in
                    guard ["head", "p"].contains(element.name), element.parent?.name == "div" else { return }
                    texts.append(element.textContent)
                    let text = element.children.filter { $0.kind == .text }.map(\.textContent).joined()
                    if bytes == real.plainTEI && text.isEmpty && element.childElements.map(\.name) == ["said"] {
                        paragraphsHoldingOnlyAQuotation += 1
                    }
                }
                #expect(texts == Self.blocks(real.article), "\(real.name)")
            }
        }
        // The articles hold the case that drifted: a paragraph that is one quotation.
        #expect(paragraphsHoldingOnlyAQuotation > 0)
    }

    @Test("JSON and brat from the plain and the linguistic TEI: the article text, and each text its slice")
    func exportedSlices() throws {
        var multiPart = 0
        for real in try RealArticle.all() {
            let text = Self.blocks(real.article).joined(separator: "\n\n")
            for input in [try real.plainInput(), try real.linguisticInput()] {
                let jsonFile = try #require(try Exporter().export([input], to: .json).first)
                let json = try JSONDecoder().decode(ArticleJSON.self, from: Data(jsonFile.bytes))
                #expect(json.text == text, "\(real.name)")
                for entity in json.ents {
                    #expect(entity.text == Self.slice(text, entity.start, entity.end), "\(real.name)")
                }
                for quote in json.quotes ?? [] {
                    #expect(quote.text == Self.slice(text, quote.start, quote.end), "\(real.name)")
                    if (quote.parts?.count ?? 1) > 1 { multiPart += 1 }
                }

                let brat = try Exporter().export([input], to: .brat)
                let txt = try #require(brat.first { $0.name.hasSuffix(".txt") })
                #expect(String(decoding: txt.bytes, as: UTF8.self) == text)
                let ann = String(decoding: try #require(brat.first { $0.name.hasSuffix(".ann") }).bytes, as: UTF8.self)
                for line in ann.split(separator: "\n") where line.hasPrefix("T") {
                    let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                    let bound = try #require(BratRules.textBounds(String(line)).textBounds.first)
                    // brat joins the texts of an annotation's fragments with one space (DISCONT_SEP).
                    let covered = bound.fragments.map { Self.slice(text, $0.start, $0.end) }.joined(separator: " ")
                    #expect(String(columns[2]) == covered, "\(real.name): \(line)")
                }
            }
        }
        #expect(multiPart > 0)
    }
}

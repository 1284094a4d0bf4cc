import AnnotationModel
import ArticleReading
import Testing

/// Text copied from a whole web page: the site's menus and footer around the article are cut as navigation.
@Suite("Page chrome in text pasted from a browser")
struct PageChromeTests {
    static let menu = ["Local", "World", "Politics", "Business", "Tech", "Science", "Sport", "Opinion"]
    static let footer = ["About us", "Contact", "Careers", "Terms of use", "Privacy policy", "Site map", "RSS"]
    static let paragraphs = [
        "The city council voted on Tuesday to keep the old harbour bridge open to traffic for another ten years.",
        "Engineers had warned that the steel deck would need repairs costing several million before the winter.",
        "The mayor said the money would come from the transport budget, and that no fares would rise this year.",
    ]

    private func read(_ text: String) throws -> Article {
        try PlainTextReader().read(text: text, id: "page")
    }

    private func texts(_ article: Article) -> [String] {
        article.blocks.map { String(article.text(of: $0)) }
    }

    @Test("menu lines before the article and footer lines after it are removed as navigation")
    func menusAndFooterCut() throws {
        let page = (Self.menu + ["Bridge stays open"] + Self.paragraphs + Self.footer).joined(separator: "\n\n")
        let article = try read(page)
        #expect(texts(article) == Self.paragraphs)
        #expect(article.blocks.allSatisfy { $0.kind == .paragraph })
        let navigation = article.removed.filter { $0.reason == .navigation }.map { String(article.text[$0.span]) }
        #expect(navigation == Self.menu + ["Bridge stays open"] + Self.footer)
    }

    @Test("short turns of a conversation before long ones are not a menu: nothing is cut")
    func conversationKept() throws {
        let turns = ["Eight.", "Four.", "Very good.", "Seven?", "It's four.", "Five.", "Six, good.", "Ocho."]
        let article = try read((turns + Self.paragraphs).joined(separator: "\n\n"))
        #expect(!article.removed.contains { $0.reason == .navigation })
        #expect(texts(article) == turns + Self.paragraphs)
    }

    @Test("an article's own headline and closing lines, fewer than six at an end, are kept")
    func shortEndsKept() throws {
        let text = (["Bridge stays open", "Council vote"] + Self.paragraphs + ["Follow the story", "More soon"])
            .joined(separator: "\n\n")
        let article = try read(text)
        let expected = ["Bridge stays open", "Council vote"] + Self.paragraphs + ["Follow the story", "More soon"]
        #expect(texts(article) == expected)
        #expect(article.blocks.first?.kind == .headline)
        #expect(!article.removed.contains { $0.reason == .navigation })
        #expect(article.metadata.title == "Bridge stays open")
    }

    @Test("text of short lines only, with no line of prose, is kept whole")
    func noProseKeptWhole() throws {
        let text = (Self.menu + Self.footer).joined(separator: "\n")
        let article = try read(text)
        #expect(!article.removed.contains { $0.reason == .navigation })
        #expect(article.blocks.count == Self.menu.count + Self.footer.count)
    }

    @Test("a blog's counted comments heading starts the comments; a sentence with the same words does not")
    func countedCommentsHeading() throws {
        let comments = [
            "Great piece, I have been saying this about the bridge for years and nobody at the council listened.",
            "The deck was repainted in 2015 and it already looks rusty again, so I doubt the estimate very much.",
        ]
        for heading in ["34 responses to “Bridge stays open”", "6 thoughts on \"Bridge stays open\""] {
            let article = try read((Self.paragraphs + [heading] + comments).joined(separator: "\n\n"))
            #expect(texts(article) == Self.paragraphs)
            #expect(article.removed.filter { $0.reason == .comments }.count == 3)
        }
        let survey = "34 responses to the survey came in by Friday"
        let article = try read((Self.paragraphs + [survey] + comments).joined(separator: "\n\n"))
        #expect(texts(article) == Self.paragraphs + [survey] + comments)
    }
}

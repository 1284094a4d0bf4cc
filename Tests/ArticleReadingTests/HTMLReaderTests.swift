import AnnotationModel
import ArticleReading
import Testing

/// The article's paragraphs as the HTML reader finds them in `html`.
private func paragraphs(_ html: String) throws -> [String] {
    let article = try HTMLReader().read(html: html, id: "a")
    return article.blocks.filter { $0.kind == .paragraph }.map { String(article.text(of: $0)) }
}

/// A paragraph of story text: long enough, ending in a full stop, numbered so each is different.
private func story(_ number: Int, words: Int = 30) -> String {
    "Story sentence \(number) " + (1...words).map { "word\(number)x\($0)" }.joined(separator: " ") + "."
}

@Suite("HTML reader: finding the article")
struct HTMLReaderTests {
    @Test("a link marked as content inside a paragraph does not split it")
    func inlineHintKeepsParagraph() throws {
        let html = """
            <html><body><article><h1>Title</h1>
            <p>Drinking plenty of <a class="content-link" href="/water">water</a> throughout the day is simple.</p>
            <p>\(story(1))</p><p>\(story(2))</p>
            </article></body></html>
            """
        let found = try paragraphs(html)
        #expect(found.first == "Drinking plenty of water throughout the day is simple.")
    }

    @Test("a page wrapped in one <form> (ASP.NET) still has its article")
    func pageWideForm() throws {
        let html = """
            <html><body><form id="aspnetForm" action="/page.aspx">
            <div class="main"><h1>Title</h1><p>\(story(1))</p><p>\(story(2))</p><p>\(story(3))</p></div>
            </form></body></html>
            """
        let found = try paragraphs(html)
        #expect(found == [story(1), story(2), story(3)])
    }
}

@Suite("HTML reader: furniture")
struct HTMLFurnitureTests {
    @Test("class words written in camel case are words too (newsCaption is a caption)")
    func camelCaseClassWords() throws {
        let html = """
            <html><body><article><h1>Title</h1><p>\(story(1))</p>
            <div class="photo"><span class="newsCaption">Protesters have worn masks to hide their faces</span></div>
            <p>\(story(2))</p></article></body></html>
            """
        #expect(try paragraphs(html) == [story(1), story(2)])
    }
}

@Suite("HTML reader: choosing the article's container")
struct ArticleContainerTests {
    @Test("readers' comments longer than the story are not taken for it")
    func commentsStayComments() throws {
        let comments = (10...15).map { "<p>\(story($0, words: 60))</p>" }.joined()
        let html = """
            <html><body><div class="story"><h1>Title</h1><p>\(story(1))</p><p>\(story(2))</p></div>
            <div id="comments">\(comments)</div></body></html>
            """
        #expect(try paragraphs(html) == [story(1), story(2)])
    }

    @Test("teaser blurbs, one to a card between headline links, do not outweigh the marked body")
    func teaserBlurbsDoNotCount() throws {
        let cards = (10...19).map {
            "<div class=\"card\"><h3><a href=\"/\($0)\">Teaser \($0)</a></h3>"
                + "<div class=\"blurb\">\(story($0))</div></div>"
        }.joined()
        let html = """
            <html><body><article><h1>Title</h1><div itemprop="articleBody">
            <p>\(story(1))</p><p>\(story(2))</p><p>\(story(3))</p></div></article>
            <div class="more">\(cards)</div></body></html>
            """
        #expect(try paragraphs(html) == [story(1), story(2), story(3)])
    }

    @Test("a body cut into parts of the same class by a full-width ad is read whole")
    func bodyInParts() throws {
        let html = """
            <html><body><article><h1>Title</h1>
            <div class="grid"><div class="article__body"><p>\(story(1))</p><p>\(story(2))</p></div></div>
            <div class="grid"><div class="article__body"><p>\(story(3))</p><p>\(story(4))</p>
            <p>\(story(5))</p><p>\(story(6))</p></div></div>
            </article><div class="promo-list"><p>\(story(9))</p></div></body></html>
            """
        #expect(try paragraphs(html) == (1...6).map { story($0) })
    }

    @Test("a teaser's headline breaks the run even inside the card's <header>")
    func headingInFurnitureBreaksRun() throws {
        let cards = (10...19).map {
            "<article class=\"card\"><header><h2><a href=\"/\($0)\">Teaser \($0)</a></h2></header>"
                + "<div class=\"description\"><p>\(story($0))</p></div></article>"
        }.joined()
        let html = """
            <html><body><article class="single"><h1>Title</h1><div class="content">
            <p>\(story(1))</p><p>\(story(2))</p><p>\(story(3))</p></div></article>
            <section class="wrapper">\(cards)</section></body></html>
            """
        #expect(try paragraphs(html) == [story(1), story(2), story(3)])
    }

    @Test("a part of the body holding a lone short paragraph after a heading is kept")
    func loneParagraphPart() throws {
        let html = """
            <html><body><article><h1>Title</h1>
            <section class="article__content"><p>\(story(1))</p><p>\(story(2))</p><p>\(story(3))</p></section>
            <section class="article__content"><h4>Q: Favorite athlete?</h4>
            <p>A: Lebron James, and before him Michael Jordan</p></section>
            </article></body></html>
            """
        let expected = [
            story(1), story(2), story(3), "Q: Favorite athlete?", "A: Lebron James, and before him Michael Jordan",
        ]
        #expect(try paragraphs(html) == expected)
    }

    @Test("parts of a body share its body word even when their other class words differ")
    func partsShareBodyWord() throws {
        let html = """
            <html><body><article><h1>Title</h1>
            <div class="section"><div class="article-body-text component version-2">
            <p>\(story(1))</p><p>\(story(2))</p><p>\(story(3))</p></div></div>
            <div class="embed"><iframe src="https://example.com/player"></iframe></div>
            <div class="section"><div class="article-body-text component"><p>\(story(4))</p></div></div>
            <div class="section"><div class="teaser component version-2"><p>\(story(5))</p></div></div>
            </article></body></html>
            """
        #expect(try paragraphs(html) == (1...4).map { story($0) })
    }
}

import AnnotationModel
import ArticleReading
import Testing

@Suite("Language tags")
struct LanguageTagTests {
    @Test(
        "well-formed tags are kept, pages' underscores read as hyphens",
        arguments: [
            ("en", "en"), ("en-GB", "en-GB"), (" de_AT ", "de-AT"), ("zh-Hant-TW", "zh-Hant-TW"), ("es-419", "es-419"),
        ])
    func wellFormed(_ tag: String, _ expected: String) {
        #expect(ArticleMetadata.languageTag(tag) == expected)
    }

    @Test(
        "what is no tag gives nil",
        arguments: ["", "ntent=", "À\"en\"", "english language", "en--GB", "toolongtag", "1en"])
    func notATag(_ tag: String) {
        #expect(ArticleMetadata.languageTag(tag) == nil)
    }

    @Test("an HTML page's lang is read only when it is a tag (found by fuzzing: lang=\"ntent=\")")
    func htmlLang() throws {
        func language(_ lang: String) throws -> String {
            let page =
                "<html lang=\"\(lang)\"><body><article><h1>Talks</h1><p>Joe Biden met Olaf Scholz in Berlin.</p>"
                + "<p>They spoke for an hour about trade.</p></article></body></html>"
            return try HTMLReader().read(bytes: Array(page.utf8), id: "a").metadata.language
        }
        #expect(try language("en_US") == "en-US")
        #expect(try language("ntent=") == "en")
    }
}

import AnnotationModel
import Testing
import Tokenization

@Suite("Tokens and sentences")
struct TokenizerTests {
    private func segment(_ text: String) -> (Article, Segmentation) {
        let article = Article(
            id: "a", text: text, blocks: [TextBlock(kind: .paragraph, span: TextSpan(0, text.utf8.count))])
        return (article, Tokenizer().segment(article))
    }

    private func tokens(_ text: String) -> [String] {
        let (article, segmentation) = segment(text)
        return segmentation.tokens.map { String(article.text[$0.span]) }
    }

    private func sentences(_ text: String) -> [String] {
        let (article, segmentation) = segment(text)
        return segmentation.sentences.map { String(article.text[$0.span]) }
    }

    @Test("punctuation, quotation marks and possessives are tokens of their own")
    func tokenization() {
        #expect(
            tokens("“The U.S. is active,” Cavusoglu said of Haftar’s forces.")
                == [
                    "“", "The", "U.S.", "is", "active", ",", "”", "Cavusoglu", "said", "of", "Haftar", "’s", "forces",
                    ".",
                ])
        #expect(
            tokens("They don't know; it's 3.5% of $1,000 at 3:04.") == [
                "They", "do", "n't", "know", ";", "it", "'s", "3.5", "%", "of", "$", "1,000", "at", "3:04", ".",
            ])
    }

    @Test("hyphens between words are split, as in the gold data")
    func hyphens() {
        #expect(tokens("Kremlin-backed al-Sarraj") == ["Kremlin", "-", "backed", "al", "-", "Sarraj"])
    }

    @Test("abbreviations, initials and company suffixes keep their period")
    func abbreviations() {
        #expect(
            tokens("Mr. J. Smith of Bloomberg L.P. met Gen. Lee in Jan. 2020 at No. 5.") == [
                "Mr.", "J.", "Smith", "of", "Bloomberg", "L.P.", "met", "Gen.", "Lee", "in", "Jan.", "2020", "at",
                "No.", "5", ".",
            ])
    }

    @Test("token offsets are UTF-8 offsets into the text, with spacing recorded")
    func offsets() {
        let (article, segmentation) = segment("Erdoğan’s “call”")
        #expect(segmentation.tokens.map { String(article.text[$0.span]) } == ["Erdoğan", "’s", "“", "call", "”"])
        #expect(segmentation.tokens[0].span == TextSpan(0, 8))
        #expect(segmentation.tokens.map(\.spaceAfter) == [false, true, false, false, true])
    }

    @Test("abbreviations and initials do not end sentences")
    func abbreviationsInsideSentences() {
        #expect(
            sentences("Mr. Smith met Gen. Lee on Jan. 5 in the U.S. capital. They talked.") == [
                "Mr. Smith met Gen. Lee on Jan. 5 in the U.S. capital.", "They talked.",
            ])
        #expect(
            sentences("Donald J. Trump spoke. Bloomberg L.P. declined to comment.") == [
                "Donald J. Trump spoke.", "Bloomberg L.P. declined to comment.",
            ])
    }

    @Test("an abbreviation ends a sentence before a typical sentence opener")
    func abbreviationAtSentenceEnd() {
        #expect(
            sentences("They were allowed into the U.S. The President later acted.") == [
                "They were allowed into the U.S.", "The President later acted.",
            ])
    }

    @Test("closing quotation marks stay with their sentence; a quote followed by a lower-case word goes on")
    func quotes() {
        #expect(
            sentences("“We are ready.” He left. “Why?” she asked.") == [
                "“We are ready.”", "He left.", "“Why?” she asked.",
            ])
    }

    @Test("sentences never cross blocks")
    func blocks() {
        let text = "Headline without stop\n\nFirst sentence. Second one"
        let article = Article(
            id: "a", text: text,
            blocks: [
                TextBlock(kind: .headline, span: TextSpan(0, 21)),
                TextBlock(kind: .paragraph, span: TextSpan(23, text.utf8.count)),
            ])
        let segmentation = Tokenizer().segment(article)
        #expect(segmentation.sentences.map(\.block) == [0, 1, 1])
        #expect(
            segmentation.sentences.map { String(text[$0.span]) } == [
                "Headline without stop", "First sentence.", "Second one",
            ])
    }

    @Test("URLs stay whole")
    func urls() {
        #expect(tokens("See https://example.com/a?b=1. Then") == ["See", "https://example.com/a?b=1", ".", "Then"])
    }
}

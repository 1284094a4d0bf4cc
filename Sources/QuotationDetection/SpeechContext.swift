import AnnotationModel

/// An article seen by the quotation stage: tokens with their lower-case forms, sentences, and the
/// entity mentions indexed by the tokens they start and end on.
struct SpeechContext {
    let text: String
    let tokens: [Token]
    /// Lower-case form of every token.
    let words: [String]
    /// Penn Treebank tag of every token.
    let tags: [String]
    let sentences: [Sentence]
    /// The sentence of every token (-1 for tokens outside sentences).
    let sentenceOf: [Int]
    let blocks: [TextBlock]
    let mentions: [EntityMention]
    let register: EntityRegister
    /// Mention index by the token it starts on, and by the token it ends on.
    let mentionStarting: [Int: Int]
    let mentionEnding: [Int: Int]
    /// The first and last token of every mention.
    let mentionFirstToken: [Int]
    let mentionLastToken: [Int]

    init(
        article: Article, segmentation: Segmentation, analyses: [WordAnalysis], mentions: [EntityMention],
        register: EntityRegister
    ) {
        precondition(analyses.count == segmentation.tokens.count)
        text = article.text
        tokens = segmentation.tokens
        words = segmentation.tokens.map { article.text[$0.span].lowercased() }
        tags = analyses.map(\.xpos)
        sentences = segmentation.sentences
        sentenceOf = segmentation.sentenceOfTokens()
        blocks = article.blocks
        self.mentions = mentions
        self.register = register
        var starting: [Int: Int] = [:]
        var ending: [Int: Int] = [:]
        var firstTokens: [Int] = []
        var lastTokens: [Int] = []
        for (index, mention) in mentions.enumerated() {
            let first = segmentation.firstToken(endingAfter: mention.span.start)
            var last = first
            while last + 1 < segmentation.tokens.count && segmentation.tokens[last + 1].span.start < mention.span.end {
                last += 1
            }
            starting[first] = index
            ending[last] = index
            firstTokens.append(first)
            lastTokens.append(last)
        }
        mentionFirstToken = firstTokens
        mentionLastToken = lastTokens
        mentionStarting = starting
        mentionEnding = ending
    }

    func isCapitalized(_ index: Int) -> Bool {
        tokens[index].kind == .word && text[tokens[index].span].first?.isUppercase == true
    }

    func isQuotationMark(_ index: Int) -> Bool {
        ["“", "”", "\"", "‘", "’", "«", "»", "'"].contains(words[index]) && tokens[index].kind == .punctuation
    }

    /// Whether token `index` is a speech verb (`called` in `so-called` is not).
    func isSpeechVerb(_ index: Int) -> Bool {
        guard SpeechLexicon.verbs.contains(words[index]) else { return false }
        return !(index >= 2 && words[index - 1] == "-" && words[index - 2] == "so")
    }

    /// Whether the tokens hold a finite verb (or a modal): a clause, not a phrase.
    func hasFiniteVerb(_ range: Range<Int>) -> Bool {
        range.contains { ["VBD", "VBZ", "VBP", "MD"].contains(tags[$0]) }
    }

    /// Whether the tokens hold a verb that can head a reported clause: a finite verb, or a past form the
    /// tagger may have taken for a participle (`the result reflected …` tagged `VBN`).
    func hasClauseVerb(_ range: Range<Int>) -> Bool {
        range.contains { ["VBD", "VBZ", "VBP", "MD", "VBN"].contains(tags[$0]) }
    }

    func isSentenceFinal(_ index: Int) -> Bool {
        [".", "!", "?", "…", "..."].contains(words[index])
    }

    /// The block that holds token `index`.
    func block(of index: Int) -> Int? {
        blocks.firstIndex { $0.span.start <= tokens[index].span.start && tokens[index].span.end <= $0.span.end }
    }
}

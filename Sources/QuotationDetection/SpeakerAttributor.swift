import AnnotationModel

/// Finds who said a direct quotation, for the plain patterns of news writing:
/// `“…,” X said`, `“…,” said X`, `X said: “…”`, `X told Y: “…”`, and `…, he said` (a pronoun
/// taken to mean the person mentioned last before the quotation).
struct SpeakerAttributor {
    /// Speech verbs in their common forms.
    static let speechVerbs: Set<String> = [
        "say", "says", "said", "saying", "tell", "tells", "told", "add", "adds", "added", "ask", "asks", "asked",
        "state", "states", "stated", "explain", "explains", "explained", "note", "notes", "noted", "write",
        "writes", "wrote", "claim", "claims", "claimed", "warn", "warns", "warned", "insist", "insists",
        "insisted", "argue", "argues", "argued", "reply", "replies", "replied", "declare", "declares", "declared",
        "announce", "announces", "announced", "continue", "continues", "continued", "recall", "recalls",
        "recalled", "admit", "admits", "admitted", "acknowledge", "acknowledged", "acknowledges", "remark",
        "remarked", "told", "tweet", "tweeted", "tweets", "posted", "wrote", "urged", "urges", "suggested",
        "suggests", "stressed", "stresses", "emphasized", "emphasised", "concluded", "answered", "responded",
        "testified", "confirmed", "denied", "vowed", "pledged", "predicted", "cautioned", "complained",
    ]
    /// Verbs that news puts before their subject after a quotation: `“…,” said X`.
    static let invertingVerbs: Set<String> = [
        "said", "says", "added", "adds", "asked", "asks", "continued", "wrote", "writes", "explained", "noted",
        "recalled", "replied", "warned", "insisted", "argued", "declared", "stated", "remarked", "answered",
    ]
    static let personPronouns: Set<String> = ["he", "she"]

    let text: String
    let tokens: [Token]
    let mentions: [EntityMention]
    let register: EntityRegister

    /// The speaker of the quotation over `quoteTokens` inside `sentenceTokens`' block, and how sure the rule is.
    func speaker(of quoteTokens: Range<Int>, block: Range<Int>) -> (entry: Int, confidence: Double)? {
        after(quoteTokens, block) ?? before(quoteTokens, block)
    }

    /// `“…,” X said`, `“…,” said X`, `“…” of the country, he said`: up to the end of the sentence after the quote.
    private func after(_ quote: Range<Int>, _ block: Range<Int>) -> (entry: Int, confidence: Double)? {
        var index = quote.upperBound
        let limit = min(block.upperBound, quote.upperBound + 25)
        while index < limit {
            let word = lowercased(index)
            if isSentenceEnd(index) || isQuotationMark(index) { return nil }
            if Self.speechVerbs.contains(word) {
                // X said / X, the minister, said / he said
                if let subject = subject(endingBefore: index, notBefore: quote.upperBound) { return subject }
                // said X, said Prime Minister X (not "told X": that is the listener)
                if Self.invertingVerbs.contains(word), let mention = mention(afterTitlesFrom: index + 1, limit: limit),
                    let speaker = speakerEntry(mention)
                {
                    return (speaker, 0.9)
                }
                return nil
            }
            index += 1
        }
        return nil
    }

    /// `X said: “…”`, `X told NTV: “…”`: the clause right before the opening mark.
    private func before(_ quote: Range<Int>, _ block: Range<Int>) -> (entry: Int, confidence: Double)? {
        guard quote.lowerBound > block.lowerBound else { return nil }
        let mark = quote.lowerBound - 1
        guard [":", ","].contains(lowercased(mark)) else { return nil }
        var index = mark - 1
        let limit = max(block.lowerBound, mark - 8)
        while index >= limit {
            if isSentenceEnd(index) || isQuotationMark(index) { return nil }
            if Self.speechVerbs.contains(lowercased(index)) {
                return subject(endingBefore: index, notBefore: max(block.lowerBound, index - 8))
            }
            index -= 1
        }
        return nil
    }

    /// The subject just before a speech verb: a person or organization mention (possibly followed by an
    /// appositive between commas), or a personal pronoun.
    private func subject(endingBefore verb: Int, notBefore floor: Int) -> (entry: Int, confidence: Double)? {
        guard verb > floor else { return nil }
        let previous = verb - 1
        if Self.personPronouns.contains(lowercased(previous)) {
            return lastPerson(before: tokens[previous].span.start).map { ($0, 0.6) }
        }
        // The last mention ending in the few tokens before the verb.
        for mention in mentions.reversed() where mention.span.end <= tokens[verb].span.start {
            let first = firstToken(startingAt: mention.span.start)
            guard first >= floor else { break }
            let gap = tokens(between: mention.span.end, and: tokens[verb].span.start)
            // Directly before the verb, or followed by an appositive closed by a comma.
            guard gap == 0 || (gap <= 6 && lowercased(previous) == ",") else { break }
            if let speaker = speakerEntry(mention) { return (speaker, gap == 0 ? 0.9 : 0.75) }
            break
        }
        return nil
    }

    private func speakerEntry(_ mention: EntityMention) -> Int? {
        mention.type == .person || mention.type == .organization ? mention.entry : nil
    }

    /// The mention starting at `index`, or after up to three capitalised words (a title) from there.
    private func mention(afterTitlesFrom index: Int, limit: Int) -> EntityMention? {
        var candidate = index
        while candidate < min(limit, index + 4) {
            let start = tokens[candidate].span.start
            if let mention = mentions.first(where: { $0.span.start == start }) { return mention }
            guard tokens[candidate].kind == .word, text[tokens[candidate].span].first?.isUppercase == true else {
                return nil
            }
            candidate += 1
        }
        return nil
    }

    private func lastPerson(before offset: Int) -> Int? {
        mentions.last { $0.type == .person && $0.span.end <= offset }?.entry
    }

    private func firstToken(startingAt offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].span.start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private func tokens(between start: Int, and end: Int) -> Int {
        firstToken(startingAt: end) - firstToken(startingAt: start)
    }

    private func lowercased(_ index: Int) -> String { text[tokens[index].span].lowercased() }

    private func isSentenceEnd(_ index: Int) -> Bool {
        let word = lowercased(index)
        return word == "." || word == "!" || word == "?"
    }

    private func isQuotationMark(_ index: Int) -> Bool {
        ["“", "”", "\"", "‘"].contains(lowercased(index))
    }
}

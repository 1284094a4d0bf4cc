/// A language the identifier found, as a BCP 47 tag (`en`, `de`, `und` for text that is clearly not
/// English but in a language the identifier does not know, `und-Cyrl` when only the script is known).
public struct IdentifiedLanguage: Hashable, Sendable {
    public var tag: String

    public init(tag: String) {
        self.tag = tag
    }

    /// True for English (`en`, `en-GB`, …).
    public var isEnglish: Bool { tag == "en" || tag.hasPrefix("en-") }

    /// The language's English name (`German`), or nil for an undetermined one.
    public var name: String? { LanguageNames.english[String(tag.prefix { $0 != "-" })] }
}

/// Tells which language an article is written in, from its function words (Latin and Cyrillic
/// script) or its script (Greek, Arabic, Hebrew, Chinese, Japanese, Korean, Indic and others).
///
/// The identifier answers only on clear evidence: a headline or a line of names gives nil, and the
/// caller keeps what the input declared. Text in a Latin-script language it does not know is `und`
/// when it is long enough and has almost no English function words.
public struct LanguageIdentifier: Sendable {
    /// At most this many words are read: the start of an article tells its language.
    static let wordLimit = 300

    public init() {}

    /// The language of `text`, or nil when the text does not say clearly.
    public func identify(_ text: some StringProtocol) -> IdentifiedLanguage? {
        let sample = WordSample(text, wordLimit: Self.wordLimit)
        let letters = sample.totalLetters
        guard letters > 0 else { return nil }
        let (script, count) = sample.dominantScript
        if script == .latin || 2 * count < letters { return latinLanguage(sample) }
        switch script {
        case .cyrillic:
            return FunctionWordVote.cyrillic.language(of: sample.words) ?? IdentifiedLanguage(tag: "und-Cyrl")
        case .devanagari:
            return FunctionWordVote.devanagari.language(of: sample.words) ?? IdentifiedLanguage(tag: "und-Deva")
        case .han:
            // Japanese writes its grammar in kana between the characters.
            let kana = sample.letters(in: .kana)
            return IdentifiedLanguage(tag: kana * 10 >= count ? "ja" : "zh")
        case .kana: return IdentifiedLanguage(tag: "ja")
        case .arabic:
            // Urdu and Persian add letters to the Arabic alphabet (Urdu also Persian's).
            return IdentifiedLanguage(tag: sample.urduLetters > 0 ? "ur" : sample.persianLetters > 0 ? "fa" : "ar")
        default: return IdentifiedLanguage(tag: script.language ?? "und")
        }
    }

    private func latinLanguage(_ sample: WordSample) -> IdentifiedLanguage? {
        let vote = FunctionWordVote.latin.counts(sample.words)
        let english = vote.counts[0]  // English is the first of FunctionWords.latin
        let words = sample.words.count
        if let best = vote.best, best.index != 0 || best.isTied {
            let isClear =
                best.count >= 4 && Double(best.count) >= 0.12 * Double(words)
                && Double(best.count) >= 1.5 * Double(english)
            if isClear { return IdentifiedLanguage(tag: best.isTied ? "und" : FunctionWordVote.latin.tags[best.index]) }
        } else if english >= 3 {
            return IdentifiedLanguage(tag: "en")
        }
        // Long text with hardly an English function word is not English, whatever it is.
        if words >= 30 && Double(english) < 0.05 * Double(words) { return IdentifiedLanguage(tag: "und") }
        return nil
    }
}

/// Counts of function words per language over a text.
struct FunctionWordVote: Sendable {
    let tags: [String]
    /// Word → the languages (bit i: `tags[i]`) it is a function word of.
    private let languagesOfWord: [String: UInt64]

    static let latin = FunctionWordVote(FunctionWords.latin)
    static let cyrillic = FunctionWordVote(FunctionWords.cyrillic)
    static let devanagari = FunctionWordVote(FunctionWords.devanagari)

    init(_ lists: [(tag: String, words: String)]) {
        precondition(lists.count <= 64)
        tags = lists.map(\.tag)
        var languagesOfWord: [String: UInt64] = [:]
        for (index, list) in lists.enumerated() {
            for word in list.words.split(separator: " ") { languagesOfWord[String(word), default: 0] |= 1 << index }
        }
        self.languagesOfWord = languagesOfWord
    }

    struct Result {
        var counts: [Int]
        /// The language with most function words, and whether another has as many.
        var best: (index: Int, count: Int, isTied: Bool)? {
            guard let top = counts.max(), top > 0, let index = counts.firstIndex(of: top) else { return nil }
            return (index, top, counts.filter { $0 == top }.count > 1)
        }
    }

    func counts(_ words: [String]) -> Result {
        var counts = [Int](repeating: 0, count: tags.count)
        for word in words {
            guard var languages = languagesOfWord[word] else { continue }
            while languages != 0 {
                counts[languages.trailingZeroBitCount] += 1
                languages &= languages - 1
            }
        }
        return Result(counts: counts)
    }

    /// Among languages that share a script: the one with clearly most function words (two more than
    /// any other: the words they share count for both), or nil.
    func language(of words: [String]) -> IdentifiedLanguage? {
        let counts = counts(words).counts
        guard let top = counts.max(), top >= 2, let index = counts.firstIndex(of: top) else { return nil }
        let second = counts.enumerated().filter { $0.offset != index }.map(\.element).max() ?? 0
        return top >= second + 2 ? IdentifiedLanguage(tag: tags[index]) : nil
    }
}

import AnnotationModel
import PartOfSpeech
import SequenceLabeling

/// Document-level consistency: a name the tagger found once is a name wherever the article repeats
/// it. Other capitalised occurrences of a found form — and of a found person's surname (`Galois`
/// after `Évariste Galois`, `Sarraj` after `Fayez al-Sarraj`) or shorter full name (`Tayyip Erdogan`
/// after `Recep Tayyip Erdogan`) — become mentions of the same type.
/// So is the distinctive word of an organization named `Church of Scientology` (`Scientology`): the
/// word after `of` that ends a name whose word before `of` is an organization's head word, when that
/// word is no place, no person's name, no nationality and no English word (`University of Sheffield`
/// gives no `Sheffield`, `Bank of England` no `England`).
/// A single capitalised word that opens a sentence is taken only when it is a person's surname.
struct NamePropagation {
    let gazetteers: Gazetteers
    let english: EnglishLexicon

    func propagate(_ names: [NameSpan], _ view: TokenView, _ segmentation: Segmentation) -> [NameSpan] {
        guard !names.isEmpty else { return names }
        var forms: [String: (type: EntityType, isSurname: Bool)] = [:]
        var votes: [String: [EntityType: Double]] = [:]
        for name in names {
            let surface = String(view.text[name.span])
            votes[surface, default: [:]][name.type, default: 0] += name.confidence
            let words = surface.split(separator: " ")
            if name.type == .organization, let short = distinctiveWord(words), votes[short] == nil {
                forms[short] = (.organization, false)
            }
            guard name.type == .person else { continue }
            guard words.count >= 2, var last = words.last else { continue }
            // The shorter full names inside a longer one: `Tom Cruise` in `Scientologist Tom Cruise`.
            for length in stride(from: min(words.count - 1, Self.longestPersonName), through: 2, by: -1) {
                let tail = words.suffix(length).joined(separator: " ")
                if votes[tail] == nil && forms[tail] == nil { forms[tail] = (.person, false) }
            }
            for particle in NameParticles.all where last.hasPrefix(particle + "-") {
                last = last.dropFirst(particle.count + 1)
            }
            if votes[String(last)] == nil { forms[String(last)] = (.person, true) }
        }
        for (surface, scores) in votes {
            let type = scores.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            forms[surface] = (type, forms[surface]?.isSurname ?? false)
        }
        let longest = forms.keys.map { $0.split(separator: " ").count }.max() ?? 1

        let covered = view.covered(by: names.map(\.span), segmentation)
        // Forms by surface key (``SurfaceKey``): runs of tokens are looked up without building strings.
        var formsByKey = KeyTable<(type: EntityType, isSurname: Bool)>(minimumCapacity: forms.count)
        for (surface, form) in forms { formsByKey.set(SurfaceKey.of(surface), form) }
        var keys: [UInt64] = []
        keys.reserveCapacity(longest)
        var added: [NameSpan] = []
        var text = view.text
        text.withUTF8 { bytes in
            view.forEachFreeCapitalized(segmentation, covered: covered) { index, sentence in
                let longestHere = min(longest, sentence.tokens.upperBound - index)
                SurfaceKey.runs(
                    bytes, view.tokens, from: index, count: longestHere, limit: sentence.tokens.upperBound, into: &keys)
                for length in stride(from: longestHere, through: 1, by: -1) {
                    let range = index..<(index + length)
                    guard !covered[range].contains(true), let form = formsByKey[keys[length - 1]] else { continue }
                    let opensSentence = index == firstWord(of: sentence, view)
                    if length == 1 && opensSentence && !form.isSurname { continue }
                    added.append(
                        NameSpan(
                            span: TextSpan(view.tokens[index].span.start, view.tokens[range.upperBound - 1].span.end),
                            type: form.type, confidence: 0.6))
                    return length
                }
                return 0
            }
        }
        return (names + added).sorted { $0.span < $1.span }
    }

    /// The most words a shorter full name is taken with (a longer tagged span is no person's name).
    static let longestPersonName = 5

    /// `Scientology` for `Church of Scientology`; nil when the name has no such word.
    private func distinctiveWord(_ words: [Substring]) -> String? {
        guard words.count >= 3, words[words.count - 2] == "of", let word = words.last, word.count >= 4,
            word.first?.isUppercase == true, word.dropFirst().allSatisfy(\.isLowercase),
            gazetteers.organizationSuffixes.contains(words[words.count - 3])
        else { return nil }
        let isKnown =
            gazetteers.places[word] != nil || gazetteers.givenNames.contains(word) || gazetteers.surnames.contains(word)
            || gazetteers.demonyms[word] != nil || english.isCommonWord(word.lowercased())
        return isKnown ? nil : String(word)
    }

    /// The first word of a sentence, after opening quotation marks and brackets.
    private func firstWord(of sentence: Sentence, _ view: TokenView) -> Int {
        sentence.tokens.first { view.tokens[$0].kind == .word } ?? sentence.tokens.lowerBound
    }
}

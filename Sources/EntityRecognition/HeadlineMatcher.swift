import AnnotationModel
import SequenceLabeling

/// Finds names in a headline written in Title Case, where capitals tell nothing: the forms the
/// article's body uses for its names (and their surnames: `Haftar` after `Khalifa Haftar`), then
/// organizations and prominent places of the gazetteers, longest match first.
struct HeadlineMatcher {
    let gazetteers: Gazetteers

    /// True when most longer words of the tokens are capitalised, as in `Turkey Urges U.S. to Step Up`.
    static func isTitleCase(_ view: TokenView, _ tokens: Range<Int>) -> Bool {
        let words = tokens.filter { view.tokens[$0].kind == .word && view.tokens[$0].span.length > 3 }
        guard words.count >= 2 else { return false }
        return words.filter(view.isCapitalized).count * 10 >= words.count * 7
    }

    func names(in tokens: Range<Int>, _ view: TokenView, known: [NameSpan]) -> [NameSpan] {
        let forms = knownForms(view, known)
        var result: [NameSpan] = []
        var index = tokens.lowerBound
        while index < tokens.upperBound {
            guard view.isCapitalized(index) else {
                index += 1
                continue
            }
            var matched = false
            for length in stride(from: min(5, tokens.upperBound - index), through: 1, by: -1) {
                let range = index..<(index + length)
                guard view.isCapitalized(range.upperBound - 1) else { continue }
                let surface = view.surface(range)
                let span = TextSpan(
                    view.tokens[range.lowerBound].span.start, view.tokens[range.upperBound - 1].span.end)
                let type: EntityType
                if let known = forms[surface] {
                    type = known
                } else if gazetteers.organizations[surface] != nil {
                    type = .organization
                } else if let place = gazetteers.places[surface], place.kind >= .region || place.population >= 1_000_000
                {
                    type = .place
                } else {
                    continue
                }
                result.append(NameSpan(span: span, type: type, confidence: forms[surface] == nil ? 0.7 : 0.85))
                index += length
                matched = true
                break
            }
            if !matched { index += 1 }
        }
        return result
    }

    /// The body's name forms and their types; a person's last name (without a particle) counts too.
    private func knownForms(_ view: TokenView, _ known: [NameSpan]) -> [String: EntityType] {
        var forms: [String: EntityType] = [:]
        for name in known {
            let surface = String(view.text[name.span])
            if forms[surface] == nil { forms[surface] = name.type }
            guard name.type == .person else { continue }
            let words = surface.split(separator: " ")
            guard words.count >= 2, let last = words.last else { continue }
            if forms[String(last)] == nil { forms[String(last)] = .person }
            for particle in NameParticles.all where last.hasPrefix(particle + "-") {
                let bare = String(last.dropFirst(particle.count + 1))
                if forms[bare] == nil { forms[bare] = .person }
            }
        }
        return forms
    }
}

/// Lower-case particles inside names: `al-Sarraj`, `bin Salman`, `van Gogh`.
enum NameParticles {
    static let all: Set<String> = [
        "al", "el", "bin", "ibn", "de", "da", "del", "der", "van", "von", "la", "le", "du", "di",
    ]
    /// Their surface keys.
    static let keys: KeyTable<Bool> = all.reduce(into: KeyTable()) { $0.set(SurfaceKey.of($1), true) }
}

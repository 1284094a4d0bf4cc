import AnnotationModel

/// Marks what the tagger left out but the curated gazetteers know for sure: organizations of the
/// curated list and countries, continents, regions and cities of a million people, written with a
/// capital outside any name the tagger found (`Kremlin` in `Kremlin-backed`); and institutions named by
/// their head word alone inside a sentence (`the Senate voted`).
struct GazetteerBackfill {
    let gazetteers: Gazetteers

    func names(_ tagged: [NameSpan], _ view: TokenView, _ segmentation: Segmentation, skipping skipped: [TextSpan])
        -> [NameSpan]
    {
        let covered = view.covered(by: tagged.map(\.span) + skipped, segmentation)
        var added: [NameSpan] = []
        view.forEachFreeCapitalized(segmentation, covered: covered) { index, sentence in
            if index > sentence.tokens.lowerBound, Self.institutions.contains(view.string(index)),
                index + 1 == sentence.tokens.upperBound
                    || !(view.isCapitalized(index + 1) || ["of", "for", "on"].contains(view.string(index + 1))),
                !view.isCapitalized(index - 1)
            {
                added.append(NameSpan(span: view.tokens[index].span, type: .organization, confidence: 0.55))
                return 1
            }
            for length in stride(from: min(5, sentence.tokens.upperBound - index), through: 1, by: -1) {
                let range = index..<(index + length)
                guard !covered[range].contains(true), view.isCapitalized(range.upperBound - 1) else { continue }
                guard let type = type(of: view.surface(range)) else { continue }
                added.append(
                    NameSpan(
                        span: TextSpan(view.tokens[index].span.start, view.tokens[range.upperBound - 1].span.end),
                        type: type, confidence: 0.55))
                return length
            }
            return 0
        }
        return added
    }

    /// Institutions named by their head word alone, capitalized inside a sentence (`the Senate voted`,
    /// `the Government said`): organizations.
    static let institutions: Set<Substring> = [
        "Administration", "Army", "Cabinet", "Congress", "Court", "Government", "House", "Navy", "Parliament", "Senate",
    ]

    /// The type the gazetteers are sure of for a surface form, if any.
    func type(of surface: String) -> EntityType? {
        if gazetteers.organizations[surface] != nil { return .organization }
        guard let place = gazetteers.places[surface] else { return nil }
        return place.kind >= .region || place.population >= 1_000_000 ? .place : nil
    }
}

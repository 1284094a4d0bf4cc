import AnnotationModel

/// Names of buildings, structures and natural features are places, whatever else their names hold:
/// `Metro Toronto Convention Centre`, `NTU Hospital Station`, `Volgograd Arena`, `Yangtze River`. A name
/// of two or more words whose last word is such a head word (`Resources/Gazetteers/place-heads.tsv`)
/// becomes a place, unless the curated list knows it as an organization, or it reads as a person's name
/// (a given name and a surname: `Linda Park`).
struct PlaceHeadRule {
    let gazetteers: Gazetteers

    func retype(_ names: [NameSpan], _ text: String) -> [NameSpan] {
        names.map { name in
            guard name.type != .place, isPlaceName(text[name.span]) else { return name }
            return NameSpan(span: name.span, type: .place, confidence: name.confidence)
        }
    }

    private func isPlaceName(_ surface: Substring) -> Bool {
        let words = surface.split(separator: " ")
        guard words.count >= 2, let last = words.last, gazetteers.placeHeads.contains(last),
            gazetteers.organizations[surface] == nil
        else { return false }
        return !(words.count == 2 && gazetteers.givenNames.contains(words[0]))
    }
}

import AnnotationModel

/// Splits a name that runs into a person's name the article uses elsewhere: `Ambassador to the United
/// States Hamdullah Mohib` tagged as one name becomes the place `United States` and the person `Hamdullah
/// Mohib` when the article also names `Hamdullah Mohib` on his own, and `University of Texas Arlington
/// Amneh Jafari` gives up `Amneh Jafari` when the article says `Jafari said`.
///
/// A name of three or more words is split when its last words are a person's name found elsewhere as a
/// name of its own (two or more words), or its last word is a person's name found elsewhere as a single
/// word and the word before it is capitalized (the given name). The words before take the type the
/// curated gazetteers are sure of (any place of the gazetteer counts here), or else keep the name's type; a person's name is split only when the
/// gazetteers know the words before (`Joshua Abraham Norton` stays one name).
struct RunOnNameSplitter {
    let gazetteers: Gazetteers

    func split(_ names: [NameSpan], _ view: TokenView) -> [NameSpan] {
        let personForms = Set(names.filter { $0.type == .person }.map { String(view.text[$0.span]) })
        var result: [NameSpan] = []
        for name in names {
            guard let tokens = view.tokens(of: name.span) else {
                result.append(name)
                continue
            }
            let (first, last) = (tokens.lowerBound, tokens.upperBound)
            guard last - first >= 2, let personStart = personStart(first, last, view, personForms) else {
                result.append(name)
                continue
            }
            let person = TextSpan(view.tokens[personStart].span.start, name.span.end)
            let head = TextSpan(name.span.start, view.tokens[personStart - 1].span.end)
            let headSurface = String(view.text[head])
            let known =
                GazetteerBackfill(gazetteers: gazetteers).type(of: headSurface)
                ?? (gazetteers.places[headSurface] != nil ? .place : nil)
            // A person's name with more given names (`Joshua Abraham Norton`, `Eugene A. Nida`) is one name.
            let headIsGivenName = personStart - first == 1 && gazetteers.givenNames.contains(headSurface)
            guard name.type != .person || (known != nil && !headIsGivenName) else {
                result.append(name)
                continue
            }
            result.append(NameSpan(span: head, type: known ?? name.type, confidence: name.confidence))
            result.append(NameSpan(span: person, type: .person, confidence: name.confidence))
        }
        return result
    }

    /// The first token of the person's name that ends tokens `first...last`, leaving at least one
    /// capitalized token before it; nil when there is none.
    private func personStart(_ first: Int, _ last: Int, _ view: TokenView, _ forms: Set<String>) -> Int? {
        let whole = view.surface(first..<(last + 1))
        // A person's name has at most `NamePropagation.longestPersonName` words.
        let earliest = max(first + 1, last + 1 - NamePropagation.longestPersonName)
        for start in earliest...(last - 1) where view.isCapitalized(start) && view.isCapitalized(start - 1) {
            let tail = view.surface(start..<(last + 1))
            if tail != whole && forms.contains(tail) { return start }
        }
        if forms.contains(String(view.string(last))) && view.isCapitalized(last - 1) && last - 1 > first
            && view.isCapitalized(last - 2)
        {
            return last - 1
        }
        return nil
    }
}

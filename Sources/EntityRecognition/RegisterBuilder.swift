import AnnotationModel

/// Merges typed names into an article's register: one entry per real-world entity, however it is written.
///
/// - A surface form keeps one type across the article: the type with the most confidence summed over its
///   mentions, the curated gazetteers counting as one more mention, and each mention of a person's full
///   name as a person mention of the surname; a surname the gazetteers do not know as a place or an
///   organization is the person's; an institution named by its head word alone (`Senate`) is an
///   organization.
/// - Persons: a later mention that is the end of an earlier, fuller name (`Haftar` after `Khalifa Haftar`,
///   `Sarraj` after `Fayez al-Sarraj`) joins that entry, and so does a fuller name after its short form;
///   a single word that only one person's longer name holds joins it (`Wang` of `Wang Xiao-lin`,
///   `Fernández` of `Lucía Fernández Ortega`), and so does a longer name after a single word it holds
///   (`Wang Xiao-lin` after a headline's `Wang`). A surname that is also a town is the person where no
///   preposition of place stands before it (`Granada said` after `Tomás Granada`).
/// - Places: names of the same GeoNames place join (`U.S.`, `United States`); the entry carries its GeoNames URI.
/// - Organizations: an abbreviation joins the full name the curated list expands it to (`NATO`).
/// - An acronym the text defines (`… Atmosphere (IPMA)`, ``AcronymDefinitions``) joins its full name, whatever the type.
/// - An entry's name is its fullest form; the others are its variants, in order of first use.
/// - Titles right before a person's mention (`Foreign Minister`, `Turkish President`) become the person's roles.
struct RegisterBuilder {
    let gazetteers: Gazetteers
    let roleFinder: RoleFinder

    /// - Parameter organizations: surface forms that document-level evidence shows to be organizations
    ///   whatever else they name (a country as a sports team, ``SportsTeams``).
    /// - Parameter aliases: acronyms the text defines, with the full names they stand for.
    func build(
        _ names: [NameSpan], _ view: TokenView, organizations: Set<String> = [], aliases: [String: String] = [:]
    ) -> (EntityRegister, [EntityMention]) {
        let surfaces = names.map { String(view.text[$0.span]) }
        // One type per surface form.
        var weights: [String: [EntityType: Double]] = [:]
        for (name, surface) in zip(names, surfaces) {
            weights[surface, default: [:]][name.type, default: 0] += name.confidence
        }
        // A person's full name vouches for the surname written alone (`Braverman` after `Suella Braverman`).
        let words = NameWordCache()
        var surnames: Set<String> = []
        for (name, surface) in zip(names, surfaces) where name.type == .person {
            let nameWords = words.words(of: surface)
            guard nameWords.count >= 2, let surname = nameWords.last, weights[String(surname)] != nil else { continue }
            weights[String(surname)]![.person, default: 0] += name.confidence
            surnames.insert(String(surname))
        }
        // What the curated gazetteers are sure of counts as one more mention; a country or continent
        // named as such is a place, whatever an organization-like form (`United Arab Emirates`) made
        // the tagger think (a person of that name, `Jordan`, stays a person).
        for surface in weights.keys {
            if let place = gazetteers.places[surface], place.kind >= .country,
                let organization = weights[surface]![.organization]
            {
                weights[surface]![.place, default: 0] += organization
            }
            if let known = GazetteerBackfill(gazetteers: gazetteers).type(of: surface) {
                weights[surface]![known, default: 0] += 0.6
            }
        }
        var typeOf = weights.mapValues { scores in
            scores.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
        }
        for surface in organizations where typeOf[surface] != nil { typeOf[surface] = .organization }
        // An institution named by its head word alone is an organization (`the House`, `the Senate`).
        for surface in typeOf.keys where GazetteerBackfill.institutions.contains(Substring(surface)) {
            typeOf[surface] = .organization
        }
        // A surname that names no place or organization the gazetteers know is the person's (`Devocht`
        // after `Tom Devocht`, however the tagger typed it alone).
        for surname in surnames
        where gazetteers.places[surname] == nil && gazetteers.organizations[surname] == nil
            && !organizations.contains(surname)
        {
            typeOf[surname] = .person
        }

        var entries: [RegisterEntry] = []
        var forms: [[String]] = []  // all forms of each entry, fullest first after merging
        var mentions: [EntityMention] = []
        var entryOfForm: [String: Int] = [:]  // a form already placed stays with its entry
        for (name, surface) in zip(names, surfaces) {
            var type = typeOf[surface] ?? name.type
            // A person's surname that is also a town (`Granada` after `Tomás Granada`) is the person,
            // unless a preposition of place stands before it (`born in Granada`).
            if type == .place, surnames.contains(surface), let place = gazetteers.places[surface], place.kind == .city,
                !isAfterLocative(name.span, view)
            {
                type = .person
            }
            let entryIndex: Int
            if let known = entryOfForm[surface], entries[known].type == type {
                entryIndex = known
            } else if let existing = entry(for: surface, type, entries, forms, aliases, words) {
                entryIndex = existing
                if !forms[existing].contains(surface) { forms[existing].append(surface) }
            } else {
                entries.append(RegisterEntry(type: type, name: surface))
                forms.append([surface])
                entryIndex = entries.count - 1
            }
            entryOfForm[surface] = entryIndex
            if type == .person, let role = roleFinder.role(before: name.span, view),
                !entries[entryIndex].roles.contains(role)
            {
                entries[entryIndex].roles.append(role)
            }
            mentions.append(EntityMention(span: name.span, type: type, entry: entryIndex, confidence: name.confidence))
        }
        for index in entries.indices {
            let fullest = forms[index].enumerated().max { lhs, rhs in
                let (l, r) = (lhs.element.split(separator: " ").count, rhs.element.split(separator: " ").count)
                return l != r ? l < r : lhs.offset > rhs.offset
            }!.element
            entries[index].name = fullest
            entries[index].variants = forms[index].filter { $0 != fullest }
            if entries[index].type == .place,
                let place = forms[index].lazy.compactMap({ self.gazetteers.places[$0] }).first
            {
                entries[index].authorityURIs = [place.uri]
            }
        }
        return (EntityRegister(entries: entries), mentions)
    }

    /// The entry `surface` (of `type`) joins: one that the form matches (``matches``) or an acronym the
    /// text defined stands for; else, for a single word, the one person whose longer name holds it
    /// (`Wang` of `Wang Xiao-lin`, `Fernández` of `Lucía Fernández Ortega`).
    private func entry(
        for surface: String, _ type: EntityType, _ entries: [RegisterEntry], _ forms: [[String]],
        _ aliases: [String: String], _ words: NameWordCache
    ) -> Int? {
        let candidates = entries.indices.filter { entries[$0].type == type }
        if let matching = candidates.first(where: {
            matches(surface, forms[$0], type, words)
                || forms[$0].contains { aliases[surface] == $0 || aliases[$0] == surface }
        }) {
            return matching
        }
        let nameWords = words.words(of: surface)
        guard type == .person else { return nil }
        if nameWords.count == 1 {
            let holding = candidates.filter {
                forms[$0].contains { words.words(of: $0).count >= 2 && words.words(of: $0).contains(nameWords[0]) }
            }
            return holding.count == 1 ? holding[0] : nil
        }
        // The full name after a short form used first (`Wang` in a headline, then `Wang Xiao-lin`).
        let held = candidates.filter { entry in
            forms[entry].allSatisfy { words.words(of: $0).count == 1 }
                && forms[entry].contains { form in words.words(of: form).first.map { nameWords.contains($0) } ?? false }
        }
        return held.count == 1 ? held[0] : nil
    }

    private func isAfterLocative(_ span: TextSpan, _ view: TokenView) -> Bool {
        guard let index = view.tokenIndex(startingAt: span.start), index > 0 else { return false }
        return ["in", "at", "from", "to", "near", "of", "outside", "around"].contains(view.string(index - 1))
    }

    /// Whether `surface` names the same entity as an entry known by `forms`.
    private func matches(_ surface: String, _ forms: [String], _ type: EntityType, _ cache: NameWordCache) -> Bool {
        if forms.contains(surface) { return true }
        switch type {
        case .person:
            let words = cache.words(of: surface)
            return forms.contains { form in
                let other = cache.words(of: form)
                return isSuffix(words, of: other) || isSuffix(other, of: words)
            }
        case .place:
            guard let id = gazetteers.places[surface]?.geonamesID else { return false }
            return forms.contains { gazetteers.places[$0]?.geonamesID == id }
        case .organization:
            let expanded = gazetteers.organizations[surface]?.abbreviationOf
            return forms.contains { form in
                form == expanded || gazetteers.organizations[form]?.abbreviationOf == surface
            }
        }
    }

    private func isSuffix(_ short: [Substring], of long: [Substring]) -> Bool {
        !short.isEmpty && short.count <= long.count && Array(long.suffix(short.count)) == short
    }
}

/// The words of persons' names without name particles (`Fayez al-Sarraj` → [Fayez, Sarraj]),
/// computed once per form.
final class NameWordCache {
    private var cache: [String: [Substring]] = [:]

    func words(of name: String) -> [Substring] {
        if let known = cache[name] { return known }
        let words: [Substring] = name.split(separator: " ").compactMap { word in
            for particle in NameParticles.all where word.hasPrefix(particle + "-") {
                return word.dropFirst(particle.count + 1)
            }
            return NameParticles.all.contains(String(word)) ? nil : word
        }
        cache[name] = words
        return words
    }
}

/// Finds the title or role written right before a person's name: `Foreign Minister`, `Turkish President`.
struct RoleFinder {
    let gazetteers: Gazetteers

    func role(before span: TextSpan, _ view: TokenView) -> String? {
        guard let nameStart = view.tokenIndex(startingAt: span.start), nameStart > 0 else { return nil }
        var titleStart: Int?
        for length in 1...max(1, gazetteers.longestTitle) where nameStart - length >= 0 {
            let range = (nameStart - length)..<nameStart
            if gazetteers.personTitles[view.surface(range)] != nil && view.isCapitalized(range.lowerBound) {
                titleStart = range.lowerBound
            }
        }
        // Honorifics (Mr., Dr.) are forms of address, not roles.
        guard var start = titleStart, gazetteers.personTitles[view.surface(start..<nameStart)] != "honorific" else {
            return nil
        }
        // A nationality before the title belongs to the role: "Turkish President".
        if start > 0, gazetteers.demonyms[String(view.string(start - 1))] != nil { start -= 1 }
        return view.surface(start..<nameStart)
    }
}

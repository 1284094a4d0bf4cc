import AnnotationModel

/// Drops names that name products: software, devices and games are capitalised like names but are
/// neither persons, places nor organizations (`Internet Explorer`, `iPhone`, `Windows`). A version
/// after the name does not hide it: `Windows 7`, `Internet Explorer 9`, `IE6`, `Xbox One X`.
struct ProductFilter {
    let gazetteers: Gazetteers

    func filter(_ names: [NameSpan], _ text: String) -> [NameSpan] {
        names.filter { !isProduct(text[$0.span]) }
    }

    /// Whether `surface`, less any version at its end, is a product's name.
    func isProduct(_ surface: Substring) -> Bool {
        var name = surface
        // A product's name and at most two version marks (`Xbox One X`).
        for _ in 0...2 {
            if gazetteers.products.contains(name) { return true }
            guard let shorter = withoutVersion(name) else { return false }
            name = shorter
        }
        return gazetteers.products.contains(name)
    }

    /// `name` less its last version mark: a separate number or single capital (`7`, `3.5`, `X`), or
    /// digits glued to a word (`IE6` → `IE`); nil when it ends in none.
    private func withoutVersion(_ name: Substring) -> Substring? {
        guard let lastCharacter = name.last, lastCharacter.isNumber || lastCharacter.isUppercase else { return nil }
        if let space = name.lastIndex(of: " ") {
            let last = name[name.index(after: space)...]
            let isNumber = last.first?.isNumber == true && last.allSatisfy { $0.isNumber || $0 == "." }
            let isLetterMark = last.count == 1 && last.first?.isUppercase == true
            if isNumber || isLetterMark { return name[..<space] }
        }
        let stem = name.prefix { !$0.isNumber }
        guard !stem.isEmpty, stem.count < name.count, name[stem.endIndex...].allSatisfy(\.isNumber) else { return nil }
        return stem
    }
}

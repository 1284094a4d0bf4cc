import AnnotationModel

/// Drops a place's code written as part of a currency (`US$ 20,000`, `HK$`, `A$`): the sum is in a
/// currency, not in the place.
struct CurrencyPrefixFilter {
    func filter(_ names: [NameSpan], _ view: TokenView) -> [NameSpan] {
        names.filter { name in
            guard name.type == .place, let last = view.tokens(of: name.span)?.upperBound, last + 1 < view.tokens.count,
                view.glued(last)
            else { return true }
            return !Self.currencySigns.contains(view.string(last + 1))
        }
    }

    private static let currencySigns: Set<Substring> = ["$", "€", "£", "¥"]
}

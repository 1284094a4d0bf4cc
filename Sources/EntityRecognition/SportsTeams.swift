import AnnotationModel

/// Finds places that an article uses as sports teams: in a match report, `Sweden defeated South Korea
/// 1 – 0` and `Belgium 3 – 0 Panama` name national teams, which are organizations (metonymy by
/// referent), not the countries.
///
/// A place (or a name the tagger already took for a team) is a team when it stands next to a score in the same clause: at most four tokens before a
/// score with no punctuation between (`Sweden defeated South Korea 1 – 0`), or right after it or after
/// `to`, `against`, `over` or `versus` (`3 – 0 Panama`, `lost 1 – 2 to England`); a place after `in` or
/// `at` is where the match was played (`1 – 0 in Sochi`). A score is two numbers of at most two digits
/// joined by a dash (`1 – 0`, `3-0`), not a range of days (`5–6 September`) or references (`[2–9]`).
/// One place beside a number range is not enough: the article must name at least two such teams.
/// Shorter forms of a team's name (`Korea` for `South Korea`) and other names of the same GeoNames
/// place are teams too.
struct SportsTeams {
    let gazetteers: Gazetteers

    /// The surface forms, among `names`, that name teams (places and organizations beside scores).
    func surfaces(_ names: [NameSpan], _ view: TokenView, _ segmentation: Segmentation) -> Set<String> {
        let scores = scoreRanges(view)
        guard !scores.isEmpty else { return [] }
        let sentenceOfToken = segmentation.sentenceOfTokens()
        var teams: Set<String> = []
        for name in names where name.type != .person {
            guard let tokens = view.tokens(of: name.span) else { continue }
            let (first, last) = (tokens.lowerBound, tokens.upperBound)
            // Where a match is played is a place: `in Sochi`, `at Wembley`.
            if first > 0 && Self.locatives.contains(view.string(first - 1)) { continue }
            // Only the first score after the name and the last one before it can be near it.
            let next = firstScore(in: scores, startingAfter: last)
            let candidates = [next - 1, next].filter { scores.indices.contains($0) }.map { scores[$0] }
            let nearScore = candidates.contains { score in
                guard sentenceOfToken[first] == sentenceOfToken[score.lowerBound] else { return false }
                if last < score.lowerBound && score.lowerBound - last - 1 <= 4 {
                    return !containsClauseBreak((last + 1)..<score.lowerBound, view)
                }
                if first >= score.upperBound && first - score.upperBound <= 1 {
                    return (score.upperBound..<first).allSatisfy { Self.opponentWords.contains(view.string($0)) }
                }
                return false
            }
            if nearScore { teams.insert(String(view.text[name.span])) }
        }
        guard teams.count >= 2 else { return [] }
        return teams.union(otherForms(of: teams, among: names, view))
    }

    /// The index of the first of `scores` (in text order) that starts after token `token`.
    private func firstScore(in scores: [Range<Int>], startingAfter token: Int) -> Int {
        var low = 0
        var high = scores.count
        while low < high {
            let middle = (low + high) / 2
            if scores[middle].lowerBound <= token { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The places among `names` that are shorter forms of a team's name or the same GeoNames place.
    private func otherForms(of teams: Set<String>, among names: [NameSpan], _ view: TokenView) -> Set<String> {
        let teamWords = teams.map { $0.split(separator: " ") }
        let teamPlaces = Set(teams.compactMap { gazetteers.places[$0]?.geonamesID }).subtracting([0])
        var forms: Set<String> = []
        for name in names where name.type == .place {
            let surface = String(view.text[name.span])
            let words = surface.split(separator: " ")
            let isShortForm = teamWords.contains { $0.count > words.count && Array($0.suffix(words.count)) == words }
            let isSamePlace = gazetteers.places[surface].map { teamPlaces.contains($0.geonamesID) } ?? false
            if isShortForm || isSamePlace { forms.insert(surface) }
        }
        return forms
    }

    /// Token ranges of scores: `1–0` as one token, or `1 – 0` as three. Read on the UTF-8 bytes: most
    /// tokens are rejected by their first byte.
    private func scoreRanges(_ view: TokenView) -> [Range<Int>] {
        var text = view.text
        return text.withUTF8 { bytes in
            var ranges: [Range<Int>] = []
            var index = 0
            while index < view.tokens.count {
                let span = view.tokens[index].span
                guard span.length > 0, Self.isDigit(bytes[span.start]) else {
                    index += 1
                    continue
                }
                var length = 0
                if isScore(bytes, span) {
                    length = 1
                } else if index + 2 < view.tokens.count, isGoals(bytes, span),
                    dashLength(bytes, view.tokens[index + 1].span.start) == view.tokens[index + 1].span.length,
                    isGoals(bytes, view.tokens[index + 2].span)
                {
                    length = 3
                }
                let end = index + length
                // A range of days (`5–6 September`) or of references (`[2–9]`) is not a score.
                let isRange =
                    (end < view.tokens.count
                        && (CalendarWords.months.contains(view.string(end))
                            || CalendarWords.monthAbbreviations.contains(view.string(end))))
                    || (index > 0 && ["[", "("].contains(view.string(index - 1)))
                if length > 0 && !isRange { ranges.append(index..<end) }
                index += max(length, 1)
            }
            return ranges
        }
    }

    private static let locatives: Set<Substring> = ["in", "at", "near", "from", "outside"]
    private static let opponentWords: Set<Substring> = ["to", "against", "over", "versus", "vs", "vs.", "v", "v."]

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// One or two ASCII digits.
    private func isGoals(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> Bool {
        (1...2).contains(span.length) && (span.start..<span.end).allSatisfy { Self.isDigit(bytes[$0]) }
    }

    /// Goals, a dash and goals in one token.
    private func isScore(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> Bool {
        var index = span.start
        while index < span.end && Self.isDigit(bytes[index]) { index += 1 }
        let dash = dashLength(bytes, index)
        guard (1...2).contains(index - span.start), dash > 0, index + dash < span.end else { return false }
        return isGoals(bytes, TextSpan(index + dash, span.end))
    }

    /// The length in bytes of the dash (`-`, `‐`, `–`, `—`) at `offset`; 0 when there is none.
    private func dashLength(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
        guard offset < bytes.count else { return 0 }
        if bytes[offset] == UInt8(ascii: "-") { return 1 }
        guard offset + 2 < bytes.count, bytes[offset] == 0xE2, bytes[offset + 1] == 0x80 else { return 0 }
        return [0x90, 0x93, 0x94].contains(bytes[offset + 2]) ? 3 : 0
    }

    private func containsClauseBreak(_ range: Range<Int>, _ view: TokenView) -> Bool {
        range.contains { [";", ".", ",", ":", "!", "?"].contains(view.string($0)) }
    }
}

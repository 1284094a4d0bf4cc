/// Which tag sequences a model may produce: allowed transitions and allowed final tags.
public struct TagConstraints: Sendable {
    public let tagCount: Int
    /// `[previous * tagCount + next]`; the row `tagCount` is the start of a sentence.
    let allowed: [Bool]
    let canEnd: [Bool]
    /// For each tag, the tags that may come before it and those that may come after it, in ascending
    /// order, list after list: the tags before tag `t` are `previousFlat[previousStarts[t]..<previousStarts[t + 1]]`.
    let previousFlat: [Int]
    let previousStarts: [Int]
    let nextFlat: [Int]
    let nextStarts: [Int]

    /// Any tag may follow any tag.
    public static func unconstrained(tagCount: Int) -> TagConstraints {
        TagConstraints(
            tagCount: tagCount, allowed: [Bool](repeating: true, count: (tagCount + 1) * tagCount),
            canEnd: [Bool](repeating: true, count: tagCount))
    }

    /// Constraints from rules: `allows(previous, next)` (previous nil at a sentence start), `canEnd(tag)`.
    public init(tagCount: Int, allows: (Int?, Int) -> Bool, canEnd: (Int) -> Bool) {
        var table = [Bool](repeating: false, count: (tagCount + 1) * tagCount)
        for previous in 0...tagCount {
            for next in 0..<tagCount {
                table[previous * tagCount + next] = allows(previous == tagCount ? nil : previous, next)
            }
        }
        self.init(tagCount: tagCount, allowed: table, canEnd: (0..<tagCount).map(canEnd))
    }

    private init(tagCount: Int, allowed: [Bool], canEnd: [Bool]) {
        self.tagCount = tagCount
        self.allowed = allowed
        self.canEnd = canEnd
        let previousTags = (0..<tagCount).map { next in (0..<tagCount).filter { allowed[$0 * tagCount + next] } }
        let nextTags = (0..<tagCount).map { previous in (0..<tagCount).filter { allowed[previous * tagCount + $0] } }
        previousFlat = previousTags.flatMap { $0 }
        previousStarts = previousTags.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        nextFlat = nextTags.flatMap { $0 }
        nextStarts = nextTags.reduce(into: [0]) { $0.append($0.last! + $1.count) }
    }
}

import AnnotationModel
import SequenceLabeling

/// The tags of the sequence tagger: for each entity type, Begin, Inside, Last and Unit (a one-token
/// name), and Outside. A name is a B I* L run or a single U.
public enum BILOUTags {
    /// Tag 0 is O; then B, I, L, U for each type in ``EntityType/allCases`` order.
    public static let count = 1 + 4 * EntityType.allCases.count

    public enum Position: Int, Sendable {
        case begin = 0, inside, last, unit
    }

    public static let outside = 0

    public static func tag(_ position: Position, _ type: EntityType) -> Int {
        1 + 4 * EntityType.allCases.firstIndex(of: type)! + position.rawValue
    }

    public static func position(of tag: Int) -> Position? {
        tag == outside ? nil : Position(rawValue: (tag - 1) % 4)
    }

    public static func type(of tag: Int) -> EntityType? {
        tag == outside ? nil : EntityType.allCases[(tag - 1) / 4]
    }

    /// Tag names for model files and debugging: `O`, `B-PER`, `I-PER`, …
    public static let names: [String] = (0..<count).map { tag in
        guard let position = position(of: tag), let type = type(of: tag) else { return "O" }
        return "BILU".map(String.init)[position.rawValue] + "-" + type.rawValue
    }

    /// Whether `next` may follow `previous` (`nil`: the start of a sentence).
    public static func allows(_ previous: Int?, _ next: Int) -> Bool {
        let openBefore = previous.flatMap(position(of:)).map { $0 == .begin || $0 == .inside } ?? false
        let nextPosition = position(of: next)
        if openBefore {
            // Inside a name: only I or L of the same type.
            return (nextPosition == .inside || nextPosition == .last) && type(of: next) == type(of: previous!)
        }
        return nextPosition == nil || nextPosition == .begin || nextPosition == .unit
    }

    /// The valid BILOU sequences, for decoding.
    public static let constraints = TagConstraints(tagCount: count, allows: allows, canEnd: canEnd)

    /// Whether a sentence may end after `tag`.
    public static func canEnd(_ tag: Int) -> Bool {
        let position = position(of: tag)
        return position == nil || position == .last || position == .unit
    }

    /// The tags of `count` tokens with `names` (token ranges and types, not overlapping).
    public static func encode(_ names: [(tokens: Range<Int>, type: EntityType)], count: Int) -> [Int] {
        var tags = [Int](repeating: outside, count: count)
        for name in names where !name.tokens.isEmpty {
            if name.tokens.count == 1 {
                tags[name.tokens.lowerBound] = tag(.unit, name.type)
                continue
            }
            for index in name.tokens { tags[index] = tag(.inside, name.type) }
            tags[name.tokens.lowerBound] = tag(.begin, name.type)
            tags[name.tokens.upperBound - 1] = tag(.last, name.type)
        }
        return tags
    }

    /// The names in a valid tag sequence.
    public static func decode(_ tags: [Int]) -> [(tokens: Range<Int>, type: EntityType)] {
        var names: [(Range<Int>, EntityType)] = []
        var start: Int?
        for (index, tag) in tags.enumerated() {
            guard let position = position(of: tag), let type = type(of: tag) else {
                start = nil
                continue
            }
            switch position {
            case .unit: names.append((index..<(index + 1), type))
            case .begin: start = index
            case .inside: break
            case .last:
                if let open = start { names.append((open..<(index + 1), type)) }
                start = nil
            }
        }
        return names
    }
}

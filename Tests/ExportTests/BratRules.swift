import Foundation

/// brat's configuration and its annotation checks (`server/src/projectconfig.py` and
/// `verify_annotations.py` of brat 1.3), restated: what brat reports about a `.ann` file given the
/// `annotation.conf` and `tools.conf` beside it.
struct BratRules {
    /// One configured type: its name and its arguments (`Arg1` → `[PER, ORG]`, `<OVL-TYPE>` → `[contain]`).
    struct Node {
        var name: String
        var arguments: [(key: String, types: [String])]

        func types(_ key: String) -> [String] { arguments.first { $0.key == key }?.types ?? [] }
    }

    var entities: [String] = []
    var events: [String] = []
    var relations: [Node] = []
    var attributes: [Node] = []
    var normalizationDatabases: [String] = []

    /// Reads the configuration as brat does: `[section]` headers, `#` comments, one type per line with
    /// its arguments after white space, separated by commas, each `KEY:TYPE|TYPE`.
    init(annotationConf: String, toolsConf: String) throws {
        for (section, node) in try Self.parse(annotationConf) {
            switch section {
            case "entities": entities.append(node.name)
            case "events": events.append(node.name)
            case "relations": relations.append(node)
            case "attributes": attributes.append(node)
            default: throw ConfigurationError.unexpectedSection(section)
            }
        }
        for (section, node) in try Self.parse(toolsConf) where section == "normalization" {
            guard !node.types("<URL>").isEmpty else { throw ConfigurationError.missingURL(node.name) }
            normalizationDatabases.append(node.name)
        }
    }

    private static func parse(_ text: String) throws -> [(section: String, node: Node)] {
        var section = "general"
        var nodes: [(String, Node)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("[") && trimmed.hasSuffix("]") {
                section = String(trimmed.dropFirst().dropLast())
                continue
            }
            guard let name = trimmed.split(whereSeparator: \.isWhitespace).first else { continue }
            let rest = trimmed.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
            var arguments: [(String, [String])] = []
            for argument in rest.split(separator: ",") {
                let argument = argument.trimmingCharacters(in: .whitespaces)
                guard let colon = argument.firstIndex(of: ":"), !argument[..<colon].contains(" ") else {
                    throw ConfigurationError.badArgument(argument)
                }
                let types = argument[argument.index(after: colon)...].split(separator: "|").map(String.init)
                guard !types.isEmpty, !types.contains(where: { $0.contains(" ") }) else {
                    throw ConfigurationError.badArgument(argument)
                }
                arguments.append((String(argument[..<colon]), types))
            }
            nodes.append((section, Node(name: String(name), arguments: arguments)))
        }
        return nodes
    }

    /// brat's `overlap_types(inner, outer)`: the `<OVL-TYPE>` values of the `<OVERLAP>` rules whose
    /// `Arg1` takes `inner` and `Arg2` takes `outer`.
    func overlapTypes(inner: String, outer: String) -> Set<String> {
        var types: Set<String> = []
        for rule in relations where rule.name == "<OVERLAP>" {
            if matches(rule.types("Arg1"), inner) && matches(rule.types("Arg2"), outer) {
                types.formUnion(rule.types("<OVL-TYPE>").flatMap { $0.split(separator: "|").map(String.init) })
            }
        }
        return types
    }

    private func matches(_ allowed: [String], _ type: String) -> Bool {
        allowed.contains(type) || allowed.contains("<ANY>") || (allowed.contains("<ENTITY>") && entities.contains(type))
    }

    private func allows(_ kind: String, _ first: String, _ second: String, bothWays: Bool) -> Bool {
        let forward = overlapTypes(inner: first, outer: second)
        if forward.contains(kind) || forward.contains("<ANY>") { return true }
        let backward = overlapTypes(inner: second, outer: first)
        return backward.contains("<ANY>") || (bothWays && backward.contains(kind))
    }

    /// A text-bound annotation: id, type, fragments (code point offsets).
    struct TextBound {
        var id: String
        var type: String
        var fragments: [(start: Int, end: Int)]

        var first: Int { fragments.map(\.start).min()! }
        var last: Int { fragments.map(\.end).max()! }
        func sameSpan(_ other: TextBound) -> Bool {
            Set(fragments.map { "\($0.start) \($0.end)" }) == Set(other.fragments.map { "\($0.start) \($0.end)" })
        }
        /// brat's `contains`: every fragment of `other` lies inside one fragment of this one.
        func contains(_ other: TextBound) -> Bool {
            other.fragments.allSatisfy { inner in fragments.contains { $0.start <= inner.start && inner.end <= $0.end }
            }
        }
    }

    /// What brat's verifier and parser report about `ann`, as `ID: message`; empty when nothing.
    func problems(_ ann: String) -> [String] {
        var problems: [String] = []
        let found = Self.textBounds(ann)
        problems += found.problems
        let textBounds = Dictionary(found.textBounds.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let lines = ann.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        for bound in found.textBounds where !(entities + events).contains(bound.type) {
            problems.append("\(bound.id): \(bound.type) is not a known textbound type")
        }
        for columns in lines {
            let id = String(columns[0])
            let fields = columns.count > 1 ? columns[1].split(separator: " ").map(String.init) : []
            switch id.first {
            case "T": continue
            case "A", "M":
                guard fields.count >= 2, let target = textBounds[fields[1]] else {
                    problems.append("\(id): no such target")
                    continue
                }
                guard let attribute = attributes.first(where: { $0.name == fields[0] }),
                    matches(attribute.types("Arg"), target.type)
                else {
                    problems.append("\(id): \(target.type) cannot take a \(fields[0]) attribute")
                    continue
                }
                let values = attribute.types("Value")
                if values.isEmpty ? fields.count != 2 : (fields.count != 3 || !values.contains(fields[2])) {
                    problems.append("\(id): \(fields.dropFirst(2).joined()) is not a value of \(fields[0])")
                }
            case "R":
                let arguments = fields.dropFirst().map { $0.split(separator: ":", maxSplits: 1).map(String.init) }
                guard fields.count == 3, arguments.allSatisfy({ $0.count == 2 }),
                    let first = textBounds[arguments[0][1]], let second = textBounds[arguments[1][1]]
                else {
                    problems.append("\(id): malformed relation")
                    continue
                }
                let configured = relations.filter { $0.name == fields[0] }
                if configured.isEmpty { problems.append("\(id): \(fields[0]) is not a known relation type") }
                func allowed(_ a: (label: String, type: String), _ b: (label: String, type: String)) -> Bool {
                    configured.contains { rule in
                        rule.arguments.count >= 2 && rule.arguments[0].key == a.label
                            && rule.arguments[1].key == b.label
                            && matches(rule.arguments[0].types, a.type) && matches(rule.arguments[1].types, b.type)
                    }
                }
                let a = (arguments[0][0], first.type)
                let b = (arguments[1][0], second.type)
                if !configured.isEmpty && !allowed(a, b) && !allowed(b, a) {
                    problems.append("\(id): \(fields[0]) relation \(a.0):\(a.1) \(b.0):\(b.1) not allowed")
                }
            case "N":
                let reference = fields.count == 3 ? fields[2].split(separator: ":", maxSplits: 1) : []
                if reference.count != 2 || textBounds[fields[1]] == nil {
                    problems.append("\(id): malformed normalization")
                } else if !normalizationDatabases.contains(String(reference[0])) {
                    problems.append("\(id): \(reference[0]) is not a configured normalization database")
                }
            default:
                problems.append("\(id): unknown annotation kind")
            }
        }
        // verify_entity_overlap: every ordered pair of overlapping entity annotations.
        let physical = found.textBounds.filter { entities.contains($0.type) }
        for a1 in physical {
            for a2 in physical where a1.id != a2.id && a2.first < a1.last && a2.last > a1.first {
                if a1.sameSpan(a2) {
                    if !allows("equal", a1.type, a2.type, bothWays: true) {
                        problems.append("\(a1.id): \(a1.type) cannot have identical span with \(a2.type) \(a2.id)")
                    }
                } else if a2.contains(a1) {
                    if !allows("contain", a1.type, a2.type, bothWays: false) {
                        problems.append("\(a1.id): \(a1.type) cannot be contained in \(a2.type) (\(a2.id))")
                    }
                } else if a1.contains(a2) {
                    if !allows("contain", a2.type, a1.type, bothWays: false) {
                        problems.append("\(a1.id): \(a1.type) cannot contain \(a2.type) (\(a2.id))")
                    }
                } else if !allows("cross", a1.type, a2.type, bothWays: true) {
                    problems.append("\(a1.id): annotation cannot have crossing span with \(a2.id)")
                }
            }
        }
        return problems
    }

    /// The `T` lines of `ann`, and what is wrong with their syntax.
    static func textBounds(_ ann: String) -> (textBounds: [TextBound], problems: [String]) {
        var textBounds: [TextBound] = []
        var problems: [String] = []
        for line in ann.split(separator: "\n") where line.hasPrefix("T") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            let id = String(columns[0])
            let head = columns.count > 1 ? columns[1] : ""
            guard let space = head.firstIndex(of: " ") else {
                problems.append("\(id): no fragments")
                continue
            }
            let fragments = head[head.index(after: space)...].split(separator: ";").compactMap {
                fragment -> (Int, Int)? in
                let numbers = fragment.split(separator: " ").compactMap { Int($0) }
                return numbers.count == 2 && numbers[0] <= numbers[1] ? (numbers[0], numbers[1]) : nil
            }
            guard !fragments.isEmpty else {
                problems.append("\(id): bad fragments")
                continue
            }
            textBounds.append(TextBound(id: id, type: String(head[..<space]), fragments: fragments))
        }
        return (textBounds, problems)
    }

    enum ConfigurationError: Error {
        case unexpectedSection(String)
        case badArgument(String)
        case missingURL(String)
    }
}

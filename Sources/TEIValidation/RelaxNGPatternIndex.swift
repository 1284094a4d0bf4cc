import Foundation
import LibXML

/// The patterns of a RELAX NG grammar in XML syntax, read into arrays so that the grammar can be cut
/// down, many times and quickly, to the elements one document uses (``RelaxNGPruning``).
///
/// Patterns are numbered in document order over the grammar's RELAX NG elements (foreign elements such
/// as `a:documentation` are skipped); ``RelaxNGPruning/apply(to:)`` walks a fresh parse of the same
/// bytes in the same order to find them again.
struct RelaxNGPatternIndex: Sendable {
    enum Kind: Sendable {
        case ref, element, attribute, choice, group, interleave, optional, zeroOrMore, oneOrMore, mixed, list
        case notAllowed, empty, text, data, value, param, except, name, anyName, nsName, define, start, grammar
        case other
    }

    /// The namespace of RELAX NG's XML syntax.
    static let relaxNGNamespace = "http://relaxng.org/ns/structure/1.0"

    private(set) var kinds: [Kind] = []
    /// Each pattern's RELAX NG children, in document order.
    private(set) var children: [[Int]] = []
    /// Each pattern's parent (-1 for the grammar).
    private(set) var parents: [Int] = []
    /// For an element pattern, the expanded names (`{namespace}local`, or `local` in no namespace) it
    /// can match; nil when its name class is open (`anyName`, `nsName`) or could not be resolved.
    private(set) var elementNames: [Set<String>?] = []
    /// For an element or attribute pattern, where its content starts among its children (after a name class).
    private(set) var contentStart: [Int] = []
    /// For a reference, the define it names (-1 for anything else).
    private(set) var referenced: [Int] = []
    /// The `start` pattern.
    private(set) var start = -1
    /// How many element patterns the grammar has.
    private(set) var elementPatternCount = 0

    /// Reads the grammar rooted at `document`'s root, or returns nil when it uses what the pruning does
    /// not follow: `include`, `externalRef`, `parentRef`, nested grammars, `div`, `combine`, more than
    /// one `start`, or a reference to no define.
    init?(_ document: XMLDocument) {
        guard let root = document.rootElement, root.name == "grammar", root.namespace == Self.relaxNGNamespace
        else { return nil }
        var defineNamed: [String: Int] = [:]
        var referenceNames: [(pattern: Int, name: String)] = []
        var supported = true

        func visit(_ node: XMLNode, parent: Int, namespace inherited: String) -> Int {
            let index = kinds.count
            let name = node.name
            let kind = Self.kind(of: name)
            let namespace = node.attribute("ns") ?? inherited
            kinds.append(kind)
            children.append([])
            parents.append(parent)
            elementNames.append(nil)
            contentStart.append(0)
            referenced.append(-1)
            switch kind {
            case .other:
                supported = false
            case .grammar where parent >= 0:
                supported = false
            case .start:
                if start >= 0 || node.attribute("combine") != nil { supported = false }
                start = index
            case .define:
                guard let defined = node.attribute("name"), defineNamed[defined] == nil,
                    node.attribute("combine") == nil
                else {
                    supported = false
                    break
                }
                defineNamed[defined] = index
            case .ref:
                if let target = node.attribute("name") {
                    referenceNames.append((index, target))
                } else {
                    supported = false
                }
            default: break
            }
            var child = node.firstChild
            var childIndexes: [Int] = []
            while let current = child, supported {
                if current.kind == .element, current.namespace == Self.relaxNGNamespace {
                    childIndexes.append(visit(current, parent: index, namespace: namespace))
                }
                child = current.nextSibling
            }
            children[index] = childIndexes
            if kind == .element || kind == .attribute {
                if let written = node.attribute("name") {
                    if kind == .element { elementNames[index] = Self.expandedName(written, namespace: namespace) }
                } else {
                    contentStart[index] = 1
                    if kind == .element, let nameClass = childIndexes.first {
                        elementNames[index] = nameClassNames(nameClass)
                    }
                }
                if kind == .element { elementPatternCount += 1 }
            }
            if kind == .name {
                elementNames[index] = Self.expandedName(node.textContent, namespace: namespace)
            }
            return index
        }

        _ = visit(root, parent: -1, namespace: root.attribute("ns") ?? "")
        guard supported, start >= 0 else { return nil }
        for (pattern, name) in referenceNames {
            guard let define = defineNamed[name] else { return nil }
            referenced[pattern] = define
        }
    }

    /// The names a closed name class (`name`, or a `choice` of them) matches; nil for an open one.
    private func nameClassNames(_ nameClass: Int) -> Set<String>? {
        switch kinds[nameClass] {
        case .name: return elementNames[nameClass]
        case .choice:
            var names: Set<String> = []
            for alternative in children[nameClass] {
                guard let more = nameClassNames(alternative) else { return nil }
                names.formUnion(more)
            }
            return names
        default: return nil
        }
    }

    /// `{namespace}local`; nil for a prefixed name (its prefix is not resolved here).
    private static func expandedName(_ written: String, namespace: String) -> Set<String>? {
        let local = written.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !local.contains(":") else { return nil }
        return [namespace.isEmpty ? local : "{\(namespace)}\(local)"]
    }

    private static func kind(of name: String) -> Kind {
        switch name {
        case "ref": .ref
        case "element": .element
        case "attribute": .attribute
        case "choice": .choice
        case "group": .group
        case "interleave": .interleave
        case "optional": .optional
        case "zeroOrMore": .zeroOrMore
        case "oneOrMore": .oneOrMore
        case "mixed": .mixed
        case "list": .list
        case "notAllowed": .notAllowed
        case "empty": .empty
        case "text": .text
        case "data": .data
        case "value": .value
        case "param": .param
        case "except": .except
        case "name": .name
        case "anyName": .anyName
        case "nsName": .nsName
        case "define": .define
        case "start": .start
        case "grammar": .grammar
        default: .other
        }
    }

    /// The expanded names of the elements in `document`, as ``elementNames`` writes them.
    static func elementNames(in document: XMLDocument) -> Set<String> {
        var names: Set<String> = []
        guard let root = document.rootElement else { return names }
        func add(_ element: XMLNode) {
            let namespace = element.namespace ?? ""
            names.insert(namespace.isEmpty ? element.name : "{\(namespace)}\(element.name)")
        }
        add(root)
        root.forEachDescendantElement(add)
        return names
    }
}

import Foundation
import LibXML

/// What a RELAX NG grammar says about each element's attributes, read from the schema's XML.
///
/// Built lazily, on the first message that needs it (a compile-time cost would count against every
/// run, and valid documents never need it), then kept; safe to use from many threads.
final class RelaxNGVocabulary: @unchecked Sendable {
    // Safety of @unchecked Sendable: `index` is written once, under `lock`, and only read afterwards.
    /// One attribute an element may carry.
    struct Attribute: Sendable, Equatable {
        var name: String
        /// True when every way to match the element needs the attribute.
        var required: Bool
        /// The allowed values, in schema order: literal values, then descriptions of data types
        /// (`a double from 0 to 1`); empty when any text is allowed.
        var allowed: [String]
    }

    private let bytes: [UInt8]
    private let url: String?
    private let lock = NSLock()
    private var index: Index?

    init(parsing bytes: [UInt8], url: String?) {
        self.bytes = bytes
        self.url = url
    }

    /// The attributes `element` (a local name) may carry, or nil when the grammar has no such element.
    func attributes(of element: String) -> [Attribute]? {
        lock.lock()
        defer { lock.unlock() }
        if index == nil { index = Index(bytes: bytes, url: url) }
        return index?.attributes(of: element)
    }

    /// The namespace the grammar puts `element` in, when it says.
    func namespace(of element: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if index == nil { index = Index(bytes: bytes, url: url) }
        return index?.namespaces[element]
    }

    /// The grammar's patterns by name, walked on demand. Used under the vocabulary's lock only.
    private final class Index {
        private let document: XMLDocument?
        private var defines: [String: [XMLNode]] = [:]
        private var elements: [String: [XMLNode]] = [:]
        private(set) var namespaces: [String: String] = [:]
        private var cache: [String: [Attribute]] = [:]

        init(bytes: [UInt8], url: String?) {
            document = try? XMLDocument(parsing: bytes, url: url)
            guard let root = document?.rootElement else { return }
            root.forEachDescendantElement { node in
                guard node.namespace == RelaxNGPatternIndex.relaxNGNamespace else { return }
                if node.name == "define", let name = node.attribute("name") {
                    defines[name, default: []].append(node)
                } else if node.name == "element", let name = Self.patternName(node) {
                    elements[name, default: []].append(node)
                    if let ns = Self.inheritedNamespace(node) { namespaces[name] = ns }
                }
            }
        }

        func attributes(of element: String) -> [Attribute]? {
            if let cached = cache[element] { return cached }
            guard let patterns = elements[element] else { return nil }
            var perPattern: [[Attribute]] = []
            for pattern in patterns {
                var found: [Attribute] = []
                var visited: Set<String> = []
                collectAttributes(in: pattern.childElements, required: true, into: &found, visited: &visited)
                perPattern.append(Self.merged(found))
            }
            // An attribute is required only when every pattern of that name requires it.
            var result: [String: Attribute] = [:]
            var order: [String] = []
            for attributes in perPattern {
                for attribute in attributes {
                    if var existing = result[attribute.name] {
                        existing.allowed += attribute.allowed.filter { !existing.allowed.contains($0) }
                        result[attribute.name] = existing
                    } else {
                        result[attribute.name] = attribute
                        order.append(attribute.name)
                    }
                }
            }
            let attributes = order.compactMap { name -> Attribute? in
                guard var attribute = result[name] else { return nil }
                attribute.required = perPattern.allSatisfy { list in list.contains { $0.name == name && $0.required } }
                return attribute
            }
            cache[element] = attributes
            return attributes
        }

        private func collectAttributes(
            in nodes: [XMLNode], required: Bool, into found: inout [Attribute], visited: inout Set<String>
        ) {
            for node in nodes where node.namespace == RelaxNGPatternIndex.relaxNGNamespace {
                switch node.name {
                case "attribute":
                    guard let name = Self.patternName(node) else { continue }
                    var values: [String] = []
                    var seen: Set<String> = []
                    describeValues(node.childElements, into: &values, visited: &seen)
                    found.append(Attribute(name: Self.localName(name), required: required, allowed: values))
                case "ref", "parentRef":
                    guard let name = node.attribute("name"), !visited.contains("\(name)|\(required)") else { continue }
                    visited.insert("\(name)|\(required)")
                    for define in defines[name] ?? [] {
                        collectAttributes(in: define.childElements, required: required, into: &found, visited: &visited)
                    }
                case "optional", "zeroOrMore", "choice":
                    collectAttributes(in: node.childElements, required: false, into: &found, visited: &visited)
                case "element", "data", "value", "list", "text", "empty", "notAllowed":
                    continue
                default:
                    collectAttributes(in: node.childElements, required: required, into: &found, visited: &visited)
                }
            }
        }

        private func describeValues(_ nodes: [XMLNode], into values: inout [String], visited: inout Set<String>) {
            func add(_ value: String) { if !values.contains(value) { values.append(value) } }
            for node in nodes where node.namespace == RelaxNGPatternIndex.relaxNGNamespace {
                switch node.name {
                case "value":
                    add(node.textContent)
                case "data":
                    let type = node.attribute("type") ?? "value"
                    if type == "boolean" {
                        add("true")
                        add("false")
                    } else {
                        add(Self.describe(type: type, parameters: node.childElements))
                    }
                case "text":
                    add("any text")
                case "list":
                    var inner: [String] = []
                    describeValues(node.childElements, into: &inner, visited: &visited)
                    add("a space-separated list of " + (inner.isEmpty ? "tokens" : inner.joined(separator: " or ")))
                case "ref", "parentRef":
                    guard let name = node.attribute("name"), visited.insert(name).inserted else { continue }
                    for define in defines[name] ?? [] {
                        describeValues(define.childElements, into: &values, visited: &visited)
                    }
                default:
                    describeValues(node.childElements, into: &values, visited: &visited)
                }
            }
        }

        private static func describe(type: String, parameters: [XMLNode]) -> String {
            var parameter: [String: String] = [:]
            for node in parameters where node.name == "param" {
                if let name = node.attribute("name") { parameter[name] = node.textContent }
            }
            var text = (type.first.map { "aeiouAEIOU".contains($0) } ?? false ? "an " : "a ") + type
            switch (parameter["minInclusive"], parameter["maxInclusive"]) {
            case (let low?, let high?): text += " from \(low) to \(high)"
            case (let low?, nil): text += " of at least \(low)"
            case (nil, let high?): text += " of at most \(high)"
            default: break
            }
            if let pattern = parameter["pattern"] { text += " matching \(pattern)" }
            return text
        }

        private static func merged(_ attributes: [Attribute]) -> [Attribute] {
            var result: [Attribute] = []
            for attribute in attributes {
                if let index = result.firstIndex(where: { $0.name == attribute.name }) {
                    result[index].required = result[index].required || attribute.required
                    result[index].allowed += attribute.allowed.filter { !result[index].allowed.contains($0) }
                } else {
                    result.append(attribute)
                }
            }
            return result
        }

        private static func patternName(_ node: XMLNode) -> String? {
            if let name = node.attribute("name") { return localName(name) }
            let nameChild = node.childElements.first {
                $0.name == "name" && $0.namespace == RelaxNGPatternIndex.relaxNGNamespace
            }
            return nameChild.map { localName($0.textContent.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }

        private static func inheritedNamespace(_ node: XMLNode) -> String? {
            var current: XMLNode? = node
            while let element = current {
                if let ns = element.attribute("ns") { return ns.isEmpty ? nil : ns }
                current = element.parent
            }
            return nil
        }

        private static func localName(_ name: String) -> String {
            name.split(separator: ":").last.map(String.init) ?? name
        }
    }
}

import LibXML

/// Checks what RELAX NG cannot: `xml:id`s are unique, every local pointer (`#id`) in a pointing
/// attribute names an element of the document of the kind the attribute calls for, and pointers
/// into other files are reported as external (not followed).
struct ReferenceChecker {
    /// A pointer attribute, on one element or on any (`element` nil), and what it may point at (nil: any element).
    private struct PointerRule {
        var element: String?
        var attribute: String
        var targets: Set<String>?

        init(_ element: String?, _ attribute: String, _ targets: Set<String>?) {
            self.element = element
            self.attribute = attribute
            self.targets = targets
        }
    }

    private static let persons: Set<String> = ["person", "personGrp"]
    private static let agents: Set<String> = ["application", "respStmt", "person", "personGrp", "org", "name"]

    /// The first rule that matches an attribute applies.
    private static let rules: [PointerRule] = [
        PointerRule("persName", "ref", persons),
        PointerRule("placeName", "ref", ["place"]),
        PointerRule("orgName", "ref", ["org"]),
        PointerRule("said", "who", persons.union(["org"])),
        PointerRule("q", "who", persons.union(["org"])),
        PointerRule("said", "next", ["said"]),
        PointerRule("said", "prev", ["said"]),
        PointerRule(nil, "resp", agents),
        PointerRule("change", "who", agents),
        PointerRule(nil, "who", nil),
        PointerRule(nil, "ref", nil),
        PointerRule(nil, "next", nil),
        PointerRule(nil, "prev", nil),
        PointerRule(nil, "corresp", nil),
        PointerRule(nil, "target", nil),
    ]

    /// What a `<name>` or `<rs>` with a `@type` may point at.
    private static let typedNameTargets: [String: Set<String>] = [
        "person": persons, "place": ["place"], "org": ["org"], "organization": ["org"], "organisation": ["org"],
    ]

    let file: String
    /// Report pointers into other files as errors rather than warnings.
    var strict = false

    func check(_ document: XMLDocument) -> [TEIDiagnostic] {
        guard let root = document.rootElement else { return [] }
        var elements: [XMLNode] = [root]
        root.forEachDescendantElement { elements.append($0) }

        var diagnostics: [TEIDiagnostic] = []
        var ids: [String: XMLNode] = [:]
        for element in elements {
            guard let id = element.attribute("id", namespace: XMLDocument.xmlNamespace) else { continue }
            if let first = ids[id] {
                let firstPlace = first.sourceURL == element.sourceURL ? "" : " of \(first.sourceURL ?? file)"
                diagnostics.append(
                    diagnostic(
                        at: element, .duplicateID,
                        "xml:id \"\(id)\" is already used by <\(first.name)> on line \(first.line)\(firstPlace)"))
            } else {
                ids[id] = element
            }
        }

        for element in elements where element.namespace == TEINamespace.uri {
            for attribute in element.attributes where attribute.namespace == nil {
                guard let targets = Self.targets(of: attribute.name, on: element) else { continue }
                for pointer in attribute.value.split(whereSeparator: \.isWhitespace).map(String.init) {
                    diagnostics += check(pointer, in: attribute.name, of: element, targets: targets, ids: ids)
                }
            }
        }
        return diagnostics
    }

    /// The kinds an attribute may point at: nil when it is not a pointer, `.some(nil)` for any element.
    private static func targets(of attribute: String, on element: XMLNode) -> Set<String>?? {
        if attribute == "ref", element.name == "name" || element.name == "rs",
            let type = element.attribute("type"), let targets = typedNameTargets[type]
        {
            return .some(targets)
        }
        guard
            let rule = rules.first(where: { $0.attribute == attribute && ($0.element ?? element.name) == element.name })
        else { return nil }
        return .some(rule.targets)
    }

    private func check(
        _ pointer: String, in attribute: String, of element: XMLNode, targets: Set<String>?, ids: [String: XMLNode]
    ) -> [TEIDiagnostic] {
        let written = "<\(element.name) \(attribute)=\"\(pointer)\">"
        guard pointer.hasPrefix("#") else {
            guard Self.isRelativeReference(pointer) else { return [] }
            return [
                diagnostic(
                    at: element, .externalPointer,
                    "\(written) points into another file; it is not checked",
                    severity: strict ? .error : .warning)
            ]
        }
        let id = String(pointer.dropFirst())
        guard let target = ids[id] else {
            let reason = id.isEmpty ? "an empty pointer" : "no element has xml:id \"\(id)\""
            return [diagnostic(at: element, .unresolvedPointer, "\(written): \(reason)")]
        }
        guard let targets, !targets.contains(target.name) else { return [] }
        let expected = targets.sorted().map { "<\($0)>" }.joined(separator: " or ")
        return [
            diagnostic(
                at: element, .wrongTarget,
                "\(written) points at <\(target.name)> (line \(target.line)); expected \(expected)")
        ]
    }

    /// A URI reference without a scheme (`other.xml#p3`, `../people.xml`): a pointer into another
    /// file. Absolute URIs (`https://…`) and TEI private URI schemes (`pers:x`) are left alone.
    static func isRelativeReference(_ pointer: String) -> Bool {
        guard let first = pointer.unicodeScalars.first, first.properties.isAlphabetic else { return true }
        for scalar in pointer.unicodeScalars.dropFirst() {
            if scalar == ":" { return false }
            let isSchemeCharacter =
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "+-.".unicodeScalars.contains(scalar)
            if !isSchemeCharacter { return true }
        }
        return true
    }

    private func diagnostic(
        at element: XMLNode, _ kind: TEIDiagnostic.Kind, _ message: String, severity: TEIDiagnostic.Severity = .error
    ) -> TEIDiagnostic {
        TEIDiagnostic(
            file: element.sourceURL ?? file, line: element.line, severity: severity, kind: kind, message: message)
    }
}

/// The TEI namespace.
enum TEINamespace {
    static let uri = "http://www.tei-c.org/ns/1.0"
}

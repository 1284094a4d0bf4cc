import LibXML

/// Checks what RELAX NG cannot: `xml:id`s are unique, and every local pointer (`#id`) in a pointing
/// attribute names an element of the document, of the kind the attribute calls for.
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

    /// The first rule that matches an attribute applies.
    private static let rules: [PointerRule] = [
        PointerRule("persName", "ref", ["person"]),
        PointerRule("placeName", "ref", ["place"]),
        PointerRule("orgName", "ref", ["org"]),
        PointerRule("said", "who", ["person", "personGrp", "org"]),
        PointerRule("said", "next", ["said"]),
        PointerRule("said", "prev", ["said"]),
        PointerRule(nil, "resp", ["application", "respStmt", "person", "org", "name"]),
        PointerRule("change", "who", ["application", "respStmt", "person", "org", "name"]),
        PointerRule(nil, "who", nil),
        PointerRule(nil, "ref", nil),
        PointerRule(nil, "next", nil),
        PointerRule(nil, "prev", nil),
        PointerRule(nil, "corresp", nil),
        PointerRule(nil, "target", nil),
    ]

    let file: String

    func check(_ document: XMLDocument) -> [TEIDiagnostic] {
        guard let root = document.rootElement else { return [] }
        var elements: [XMLNode] = [root]
        root.forEachDescendantElement { elements.append($0) }

        var diagnostics: [TEIDiagnostic] = []
        var ids: [String: XMLNode] = [:]
        for element in elements {
            guard let id = element.attribute("id", namespace: XMLDocument.xmlNamespace) else { continue }
            if let first = ids[id] {
                diagnostics.append(
                    TEIDiagnostic(
                        file: file, line: element.line, severity: .error, kind: .duplicateID,
                        message: "xml:id \"\(id)\" is already used by <\(first.name)> on line \(first.line)"))
            } else {
                ids[id] = element
            }
        }

        for element in elements {
            for attribute in element.attributes where attribute.namespace == nil {
                guard
                    let rule = Self.rules.first(where: {
                        $0.attribute == attribute.name && ($0.element == nil || $0.element == element.name)
                    })
                else { continue }
                for pointer in attribute.value.split(whereSeparator: \.isWhitespace) where pointer.hasPrefix("#") {
                    let id = String(pointer.dropFirst())
                    guard let target = ids[id] else {
                        diagnostics.append(
                            TEIDiagnostic(
                                file: file, line: element.line, severity: .error, kind: .unresolvedPointer,
                                message:
                                    "<\(element.name) \(attribute.name)=\"\(pointer)\">: no element has xml:id \"\(id)\""
                            ))
                        continue
                    }
                    if let allowed = rule.targets, !allowed.contains(target.name) {
                        let expected = allowed.sorted().map { "<\($0)>" }.joined(separator: " or ")
                        diagnostics.append(
                            TEIDiagnostic(
                                file: file, line: element.line, severity: .error, kind: .wrongTarget,
                                message:
                                    "<\(element.name) \(attribute.name)=\"\(pointer)\"> points at <\(target.name)> (line \(target.line)); expected \(expected)"
                            ))
                    }
                }
            }
        }
        return diagnostics
    }
}

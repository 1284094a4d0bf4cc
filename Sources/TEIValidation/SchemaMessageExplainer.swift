import Foundation
import LibXML

/// Rewrites libxml2's RELAX NG messages in plain words, using the element in question and the grammar.
///
/// libxml2 names the attribute or element that failed but rarely why. Where the grammar tells (the
/// values an attribute allows, the attributes an element requires) the message says it; otherwise
/// it restates libxml2's message more plainly and says what libxml2 did not.
struct SchemaMessageExplainer {
    let vocabulary: RelaxNGVocabulary?
    /// The document validated, to place messages libxml2 gave no node for.
    let document: XMLDocument

    /// libxml2 sometimes names an element but gives no node (so no line), e.g. "Element application
    /// failed to validate attributes". When the document has exactly one element of that name, it is the one.
    func located(_ diagnostic: XMLDiagnostic) -> XMLDiagnostic {
        guard diagnostic.element == nil, let name = Self.elementNamed(in: diagnostic.message),
            let root = document.rootElement
        else { return diagnostic }
        var matches: [XMLNode] = root.name == name ? [root] : []
        root.forEachDescendantElement { if $0.name == name { matches.append($0) } }
        guard matches.count == 1, let element = matches.first else { return diagnostic }
        var located = diagnostic
        located.element = name
        located.line = element.line > 0 ? element.line : nil
        located.elementAttributes = element.attributes
        located.parentElement = element.parent?.name
        located.file = element.sourceURL ?? diagnostic.file
        return located
    }

    private static func elementNamed(in message: String) -> String? {
        for (prefix, suffix) in [
            ("Element ", " failed to validate attributes"), ("Element ", " failed to validate content"),
        ] {
            if let name = match(message, prefix, suffix) { return name }
        }
        return nil
    }

    func explain(_ diagnostic: XMLDiagnostic) -> String {
        let message = diagnostic.message
        let element = diagnostic.element
        if let (attribute, owner) = Self.split(message, "Invalid attribute ", " for element ") {
            return invalidAttribute(attribute, of: owner, values: diagnostic.elementAttributes)
        }
        if let owner = Self.match(message, "Element ", " failed to validate attributes") {
            return missingAttributes(of: owner, present: diagnostic.element == nil ? nil : diagnostic.elementAttributes)
        }
        if let name = Self.match(message, "Did not expect element ", " there") {
            return "<\(name)> is not allowed here" + (diagnostic.parentElement.map { " inside <\($0)>" } ?? "")
        }
        if message.hasPrefix("Expecting an element , got nothing"), let element {
            return "<\(element)> lacks a required child element (libxml2 does not say which)"
        }
        if let expected = Self.match(message, "Expecting an element ", ", got nothing") {
            return "expected a <\(expected)> element here, found none"
        }
        if let (owner, extra) = Self.split(message, "Element ", " has extra content: ") {
            return "<\(owner)> has content the schema does not allow, from <\(extra)> on"
        }
        if let (expected, found) = Self.split(message, "Expecting element ", ", got ") {
            return "expected <\(expected)> here, found <\(found)>"
        }
        if let name = Self.match(message, "Expecting a namespace for element ", "") {
            let expected = vocabulary?.namespace(of: name).map { " (\($0))" } ?? ""
            return "<\(name)> is in no namespace; the schema expects it in one\(expected)"
        }
        if let owner = Self.match(message, "Element ", " failed to validate content") {
            return "the content of <\(owner)> does not match the schema"
        }
        if let element, !message.contains(element) { return "<\(element)>: " + message }
        return message
    }

    private func invalidAttribute(_ attribute: String, of owner: String, values: [XMLAttribute]) -> String {
        let value = values.first { $0.name == attribute }?.value
        let rules = vocabulary?.attributes(of: owner)
        if let rule = rules?.first(where: { $0.name == attribute }) {
            let shown =
                value.map { "<\(owner)> has \(attribute)=\"\($0)\"" } ?? "<\(owner)> has an invalid \(attribute)"
            guard !rule.allowed.isEmpty, !rule.allowed.contains("any text") else {
                return shown + " (libxml2 does not say why it is refused)"
            }
            if rule.allowed == ["an ID"] { return shown + "; it must be an XML name used by no other xml:id" }
            return shown + "; allowed: " + rule.allowed.joined(separator: ", ")
        }
        guard let rules else { return "<\(owner)> does not allow the attribute \(attribute) here" }
        let names = rules.map(\.name).sorted()
        let listed = names.prefix(15).joined(separator: ", ") + (names.count > 15 ? ", …" : "")
        return "<\(owner)> does not allow the attribute \(attribute)"
            + (names.isEmpty ? " (it takes no attributes)" : "; allowed attributes: \(listed)")
    }

    /// - Parameter present: the element's attributes, nil when libxml2 did not say which element it was.
    private func missingAttributes(of owner: String, present: [XMLAttribute]?) -> String {
        let required = (vocabulary?.attributes(of: owner) ?? []).filter(\.required).map(\.name)
        guard let present else {
            return "an <\(owner)> lacks a required attribute or has one the schema refuses"
                + (required.isEmpty ? "" : " (required: \(required.joined(separator: ", ")))")
        }
        let missing = required.filter { name in !present.contains { $0.name == name } }
        guard !missing.isEmpty else {
            return "<\(owner)> has attributes the schema does not accept (libxml2 does not say which)"
        }
        return "<\(owner)> lacks the required attribute\(missing.count == 1 ? "" : "s") "
            + missing.joined(separator: ", ")
    }

    /// The text between `prefix` and `suffix` (to the end when `suffix` is empty).
    private static func match(_ message: String, _ prefix: String, _ suffix: String) -> String? {
        guard message.hasPrefix(prefix) else { return nil }
        let rest = message.dropFirst(prefix.count)
        if suffix.isEmpty { return rest.isEmpty ? nil : String(rest) }
        guard rest.hasSuffix(suffix) else { return nil }
        return String(rest.dropLast(suffix.count))
    }

    /// The texts before and after `separator`, which follows `prefix`.
    private static func split(_ message: String, _ prefix: String, _ separator: String) -> (String, String)? {
        guard message.hasPrefix(prefix), let range = message.range(of: separator) else { return nil }
        let first = message[message.index(message.startIndex, offsetBy: prefix.count)..<range.lowerBound]
        let second = message[range.upperBound...]
        guard !first.isEmpty, !second.isEmpty else { return nil }
        return (String(first), String(second))
    }
}

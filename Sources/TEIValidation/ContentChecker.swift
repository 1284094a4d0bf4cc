import Foundation
import LibXML

/// Checks TEI content no grammar can: `@cert` is a probability from 0 to 1 or a certainty word, and
/// names and quotations have text. Only TEI elements are checked.
struct ContentChecker {
    private static let certaintyWords: Set<String> = ["high", "medium", "low", "unknown"]
    private static let nameElements: Set<String> = ["persName", "placeName", "orgName", "name", "rs"]
    private static let quotationElements: Set<String> = ["said", "q", "quote"]

    let file: String

    func check(_ document: XMLDocument) -> [TEIDiagnostic] {
        guard let root = document.rootElement else { return [] }
        var diagnostics: [TEIDiagnostic] = []
        func visit(_ element: XMLNode) {
            guard element.namespace == TEINamespace.uri else { return }
            if let cert = element.attribute("cert"), let problem = Self.certaintyProblem(cert) {
                diagnostics.append(
                    diagnostic(at: element, .certainty, "<\(element.name) cert=\"\(cert)\">: \(problem)"))
            }
            let isName = Self.nameElements.contains(element.name)
            let isQuotation = Self.quotationElements.contains(element.name)
            guard isName || isQuotation, Self.hasNoText(element) else { return }
            if isName {
                diagnostics.append(
                    diagnostic(at: element, .emptyName, "<\(element.name)> has no text", severity: .warning))
            } else {
                diagnostics.append(
                    diagnostic(at: element, .emptyQuote, "<\(element.name)> quotes no text", severity: .warning))
            }
        }
        visit(root)
        root.forEachDescendantElement(visit)
        return diagnostics
    }

    /// Why a `@cert` value is wrong, or nil when it is a probability from 0 to 1 or a certainty word.
    static func certaintyProblem(_ value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if certaintyWords.contains(trimmed) { return nil }
        guard let number = Double(trimmed), number.isFinite else {
            return "allowed: a probability from 0 to 1, or high, medium, low, unknown"
        }
        return (0...1).contains(number) ? nil : "\(trimmed) is outside the range 0 to 1"
    }

    private static func hasNoText(_ element: XMLNode) -> Bool {
        element.textContent.allSatisfy(\.isWhitespace)
    }

    private func diagnostic(
        at element: XMLNode, _ kind: TEIDiagnostic.Kind, _ message: String, severity: TEIDiagnostic.Severity = .error
    ) -> TEIDiagnostic {
        TEIDiagnostic(
            file: element.sourceURL ?? file, line: element.line, severity: severity, kind: kind, message: message)
    }
}

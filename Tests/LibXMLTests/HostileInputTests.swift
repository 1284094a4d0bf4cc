import Foundation
import LibXML
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Inputs built to exhaust a parser. Each must fail fast with a diagnostic that names the hazard.
enum HostileInput: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case billionLaughs, quadraticBlowUpInText, quadraticBlowUpInAttribute, recursiveEntities, deepNesting
    case hugeText, hugeAttribute

    var testDescription: String { rawValue }

    /// The hazards the parser may name (in an attribute, the 10 MB value limit may stop an expansion first).
    var hazards: Set<XMLDiagnostic.Hazard> {
        switch self {
        case .billionLaughs, .quadraticBlowUpInText, .recursiveEntities: [.entityExpansion]
        case .quadraticBlowUpInAttribute: [.entityExpansion, .oversizedText]
        case .deepNesting: [.excessiveDepth]
        case .hugeText, .hugeAttribute: [.oversizedText]
        }
    }

    var text: String {
        switch self {
        case .billionLaughs:
            var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n"
            for level in 1...9 {
                text += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
            }
            return text + "]>\n<lolz>&lol9;</lolz>\n"
        case .quadraticBlowUpInText, .quadraticBlowUpInAttribute:
            // One 100 kB entity referenced 50,000 times: 5 GB once expanded, from a 250 kB file.
            let references = String(repeating: "&a;", count: 50_000)
            let body = self == .quadraticBlowUpInAttribute ? "<r x=\"\(references)\"/>" : "<r>\(references)</r>"
            return "<!DOCTYPE r [<!ENTITY a \"\(String(repeating: "a", count: 100_000))\">]>\n" + body
        case .recursiveEntities:
            return "<!DOCTYPE r [<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">]>\n<r>&a;</r>"
        case .deepNesting:
            return "<r>" + String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000) + "</r>"
        case .hugeText:
            return "<r>" + String(repeating: "a", count: 11_000_000) + "</r>"
        case .hugeAttribute:
            return "<r a=\"" + String(repeating: "a", count: 11_000_000) + "\"/>"
        }
    }

    /// A document that pulls in a local file through an external entity.
    static func externalEntity(path: String) -> String {
        "<!DOCTYPE r [<!ENTITY secret SYSTEM \"file://\(path)\">]>\n<r>&secret;</r>"
    }
}

/// The process's peak resident memory in kB (Linux reports `ru_maxrss` in kB).
func peakResidentKilobytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
}

@Suite("Hostile input to the parser")
struct HostileInputTests {
    private func failure(_ text: String, options: XMLParseOptions = []) -> XMLError? {
        do {
            _ = try XMLDocument(parsing: Array(text.utf8), url: "hostile.xml", options: options)
            return nil
        } catch {
            return error
        }
    }

    @Test("each fails fast with the hazard named, in bounded memory", arguments: HostileInput.allCases)
    func rejected(input: HostileInput) throws {
        let start = Date()
        let before = peakResidentKilobytes()
        let error = try #require(failure(input.text), "accepted")
        let hazards = error.diagnostics.compactMap(\.hazard)
        #expect(hazards.contains(where: input.hazards.contains), "\(error.diagnostics.prefix(2).map(\.message))")
        #expect(Date().timeIntervalSince(start) < 5, "took too long")
        #expect(peakResidentKilobytes() - before < 300_000, "used too much memory")
    }

    @Test("an external entity is not read unless allowed, and then only from a local file")
    func externalEntity() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("secret-\(UUID().uuidString).txt")
        try Data("top secret".utf8).write(to: secret)
        let text = HostileInput.externalEntity(path: secret.path)
        let error = try #require(failure(text))
        #expect(error.diagnostics.contains { $0.hazard == .externalResource && $0.message.contains(secret.path) })
        let allowed = try XMLDocument(parsing: Array(text.utf8), options: .allowExternalResources)
        #expect(allowed.rootElement?.textContent == "top secret")
    }

    @Test("a declared external DTD is not read: a warning says so")
    func externalDTD() throws {
        let document = try XMLDocument(parsing: Array("<!DOCTYPE r SYSTEM \"r.dtd\">\n<r/>".utf8))
        #expect(document.parseDiagnostics.contains { $0.hazard == .externalResource && $0.severity == .warning })
    }
}

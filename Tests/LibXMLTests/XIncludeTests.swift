import Foundation
import LibXML
import Testing

@Suite("XInclude")
struct XIncludeTests {
    private func write(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("xi-\(UUID().uuidString)")
        for (name, text) in files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return directory
    }

    private func open(_ path: String) throws(XMLError) -> XMLDocument {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .notWellFormed([XMLDiagnostic(severity: .fatal, origin: .io, message: "cannot read", file: path)])
        }
        return try XMLDocument(parsing: [UInt8](data), url: path)
    }

    private func corpus(_ directory: URL) throws -> XMLDocument {
        let path = directory.appendingPathComponent("corpus.xml").path
        return try open(path)
    }

    static let xi = "xmlns:xi=\"http://www.w3.org/2001/XInclude\""

    @Test("parts replace their includes, nested parts too, and keep their own file and lines")
    func expands() throws {
        let directory = try write([
            "corpus.xml": "<c \(Self.xi)>\n<xi:include href=\"a.xml\"/>\n<xi:include href=\"sub/b.xml\"/>\n</c>",
            "a.xml": "<a>\n\n<x/></a>",
            "sub/b.xml": "<b \(Self.xi)><xi:include href=\"c.xml\"/></b>",
            "sub/c.xml": "<cc>\n<y/></cc>",
        ])
        let document = try corpus(directory)
        #expect(document.expandIncludes(open: open).isEmpty)
        let children = document.rootElement!.childElements
        #expect(children.map(\.name) == ["a", "b"])
        #expect(children[1].childElements.first?.name == "cc")
        let x = children[0].childElements[0]
        #expect(x.sourceURL == directory.appendingPathComponent("a.xml").path)
        #expect(x.line == 3)
        let y = children[1].childElements[0].childElements[0]
        #expect(y.sourceURL == directory.appendingPathComponent("sub/c.xml").path)
        #expect(children[1].attribute("base", namespace: XMLDocument.xmlNamespace) == "sub/b.xml")
    }

    @Test("missing parts, cycles and unsupported forms are errors; a fallback is used")
    func failures() throws {
        let directory = try write([
            "corpus.xml": """
            <c \(Self.xi)><xi:include href="missing.xml"/><xi:include href="loop.xml"/>\
            <xi:include href="a.xml" xpointer="x"/><xi:include href="a.xml" parse="text"/>\
            <xi:include href="gone.xml"><xi:fallback><f/></xi:fallback></xi:include></c>
            """,
            "loop.xml": "<l \(Self.xi)><xi:include href=\"loop.xml\"/></l>",
            "a.xml": "<a/>",
        ])
        let document = try corpus(directory)
        let messages = document.expandIncludes(open: open).map(\.message)
        #expect(messages.contains { $0.contains("cannot include missing.xml") })
        #expect(messages.contains { $0.contains("includes itself") })
        #expect(messages.contains { $0.contains("xpointer") })
        #expect(messages.contains { $0.contains("parse=\"text\"") })
        #expect(document.rootElement!.childElements.contains { $0.name == "f" })
    }
}

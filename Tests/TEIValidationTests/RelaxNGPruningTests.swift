import Foundation
import LibXML
import SequenceLabeling
import TestSupport
import Testing

@testable import TEIValidation

/// A large grammar is compiled cut down to the elements documents use; the cut must give the whole
/// grammar's verdict and messages on every document.
@Suite("RELAX NG cut to a document's elements")
struct RelaxNGPruningTests {
    /// A small grammar with every construct the cut handles: required, optional, repeated, chosen and
    /// interleaved elements, mixed content, an attribute with a data type, a name-class choice and an
    /// open name class, a recursive define, and an element inside another.
    static let grammar = """
        <grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="urn:test"
            datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
          <start><ref name="doc"/></start>
          <define name="doc">
            <element name="doc">
              <ref name="head"/>
              <zeroOrMore><ref name="block"/></zeroOrMore>
              <optional><ref name="back"/></optional>
            </element>
          </define>
          <define name="head">
            <element name="head"><ref name="title"/><optional><ref name="date"/></optional></element>
          </define>
          <define name="title"><element name="title"><text/></element></define>
          <define name="date"><element name="date"><attribute name="when"><data type="date"/></attribute></element></define>
          <define name="block"><choice><ref name="p"/><ref name="list"/><ref name="quote"/></choice></define>
          <define name="p"><element name="p"><ref name="phrase"/></element></define>
          <define name="phrase">
            <zeroOrMore><choice><text/><ref name="hi"/><ref name="name"/><ref name="foreign"/></choice></zeroOrMore>
          </define>
          <define name="hi">
            <element name="hi"><optional><attribute name="rend"/></optional><ref name="phrase"/></element>
          </define>
          <define name="name">
            <element>
              <choice><name>persName</name><name>placeName</name></choice>
              <optional><attribute name="ref"/></optional>
              <text/>
            </element>
          </define>
          <define name="foreign"><element><nsName ns="urn:other"/><text/></element></define>
          <define name="list"><element name="list"><oneOrMore><ref name="item"/></oneOrMore></element></define>
          <define name="item"><element name="item"><ref name="phrase"/></element></define>
          <define name="quote"><element name="quote"><ref name="p"/><ref name="source"/></element></define>
          <define name="source"><element name="source"><text/></element></define>
          <define name="back">
            <element name="back"><interleave><ref name="note"/><optional><ref name="list"/></optional></interleave></element>
          </define>
          <define name="note">
            <element name="note"><optional><element name="label"><text/></element></optional><text/></element>
          </define>
        </grammar>
        """

    static let index: RelaxNGPatternIndex = {
        let document = try! XMLDocument(parsing: Array(grammar.utf8), url: "test.rng")
        return RelaxNGPatternIndex(document)!
    }()

    /// The grammar cut for `names` (local names in `urn:test`).
    private func cutGrammar(keeping names: [String], mode: RelaxNGPruning.Mode) throws -> XMLDocument {
        let pruning = RelaxNGPruning(Self.index, keeping: Set(names.map { "{urn:test}\($0)" }), mode: mode)
        let document = try XMLDocument(parsing: Array(Self.grammar.utf8), url: "test.rng")
        pruning.apply(to: document)
        return document
    }

    /// The defines left in the grammar cut for `names`.
    private func definesLeft(keeping names: [String], mode: RelaxNGPruning.Mode) throws -> [String] {
        try cutGrammar(keeping: names, mode: mode).rootElement!.childElements.filter { $0.name == "define" }
            .compactMap { $0.attribute("name") }
    }

    @Test("the verdict cut keeps only what the document's elements reach")
    func verdictCut() throws {
        let left = try definesLeft(keeping: ["doc", "head", "title", "p", "hi"], mode: .verdict)
        // `foreign` stays: an open name class may match.
        #expect(left == ["doc", "head", "title", "block", "p", "phrase", "hi", "foreign"])
    }

    @Test("a required element the document lacks removes what needs it; a missing root matches nothing")
    func requiredElementMissing() throws {
        // `quote` needs `source`: without it a quote cannot match, so `block` offers only `p`.
        let left = try definesLeft(keeping: ["doc", "head", "title", "p", "quote"], mode: .verdict)
        #expect(!left.contains("quote") && !left.contains("source"))
        let noTitle = RelaxNGPruning(Self.index, keeping: ["{urn:test}doc", "{urn:test}head"], mode: .verdict)
        #expect(!noTitle.canMatch)
    }

    @Test("the verdict cut leaves no choice or group of one pattern where the grammar had more")
    func noOneChildGroups() throws {
        let grammar = try cutGrammar(keeping: ["doc", "head", "title", "p"], mode: .verdict)
        var shortened: [String] = []
        grammar.rootElement!.forEachDescendantElement { node in
            guard ["choice", "group", "interleave"].contains(node.name) else { return }
            if node.childElements.count < 2 { shortened.append("\(node.name) on line \(node.line)") }
        }
        #expect(shortened == [])
        // `block` was a choice of three; only `p` is left, in place of the choice.
        let block = grammar.rootElement!.childElements.first { $0.attribute("name") == "block" }
        #expect(block?.childElements.map(\.name) == ["ref"])
    }

    @Test("the explanation cut keeps every element by name, emptied, and drops what only their content needed")
    func explanationCut() throws {
        // Elements the document lacks stay where the grammar expects them, as `element { empty }`, so
        // what only their content needed (`phrase`, `source`, `note`) goes.
        let left = try definesLeft(keeping: ["doc", "head", "title"], mode: .explanation)
        #expect(left == ["doc", "head", "title", "date", "block", "p", "list", "quote", "back"])
        // An open name class (`foreign`) keeps its content; a choice of unused names (`name`) is emptied.
        let more = try definesLeft(keeping: ["doc", "head", "title", "p", "hi"], mode: .explanation)
        #expect(
            more == [
                "doc", "head", "title", "date", "block", "p", "phrase", "hi", "name", "foreign", "list", "quote",
                "back",
            ])
    }

    @Test(
        "grammars the cut does not follow are compiled whole",
        arguments: [
            #"<grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="x.rng"/><start><empty/></start></grammar>"#,
            #"<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><ref name="a"/></start><define name="a" combine="choice"><element name="a"><empty/></element></define></grammar>"#,
            #"<grammar xmlns="http://relaxng.org/ns/structure/1.0"><div><start><empty/></start></div></grammar>"#,
            #"<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><ref name="missing"/></start></grammar>"#,
            #"<element xmlns="http://relaxng.org/ns/structure/1.0" name="a"><empty/></element>"#,
        ])
    func unsupported(_ grammar: String) throws {
        let document = try XMLDocument(parsing: Array(grammar.utf8))
        #expect(RelaxNGPatternIndex(document) == nil)
    }

    private func compile(_ pruning: RelaxNGPruning) throws -> RelaxNGSchema {
        let grammar = try XMLDocument(parsing: Array(Self.grammar.utf8), url: "test.rng")
        pruning.apply(to: grammar)
        return try RelaxNGSchema(compiling: grammar, url: "test.rng")
    }

    @Test("verdicts and messages equal the whole grammar's on 400 random documents")
    func randomDocuments() throws {
        let bytes = Array(Self.grammar.utf8)
        let whole = try RelaxNGSchema(parsing: bytes, url: "test.rng")
        let cut = try #require(
            PrunedRelaxNGSchema(
                bytes: bytes, url: "test.rng", grammar: XMLDocument(parsing: bytes, url: "test.rng"),
                minimumElementPatterns: 0))
        var generator = SplitMix64(seed: 2026)
        var valid = 0
        for _ in 0..<400 {
            let text = RandomDocument.make(using: &generator)
            let forWhole = try XMLDocument(parsing: Array(text.utf8), url: "doc.xml")
            let forCut = try XMLDocument(parsing: Array(text.utf8), url: "doc.xml")
            let expected = whole.validate(forWhole).map(\.description)
            #expect(cut.validate(forCut).map(\.description) == expected, "\(text)")
            if expected.isEmpty { valid += 1 }
            // Each cut alone, for this document's names: the verdict cut gives the verdict, the
            // explanation cut the messages.
            let names = RelaxNGPatternIndex.elementNames(in: forCut)
            let verdictCut = RelaxNGPruning(Self.index, keeping: names, mode: .verdict)
            if verdictCut.canMatch {
                let verdict = try compile(verdictCut).validate(XMLDocument(parsing: Array(text.utf8), url: "doc.xml"))
                #expect(verdict.isEmpty == expected.isEmpty, "\(text)")
            } else {
                #expect(!expected.isEmpty, "\(text)")
            }
            let explanationCut = RelaxNGPruning(Self.index, keeping: names, mode: .explanation)
            let messages = try compile(explanationCut).validate(XMLDocument(parsing: Array(text.utf8), url: "doc.xml"))
            #expect(messages.map(\.description) == expected, "\(text)")
        }
        // Both verdicts are well represented.
        #expect(valid > 40 && valid < 360, "\(valid) valid")
    }
}

/// The shipped tei_all.rng, cut per document, against the whole grammar compiled by libxml2.
@Suite("tei_all cut to each document's elements")
struct TEIAllPruningTests {
    @Test("diagnostics equal the whole grammar's on the fixtures and the shared samples")
    func sameAsWholeGrammar() throws {
        let path = Repository.root.appendingPathComponent("Schemas/tei_all.rng").path
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let whole = try RelaxNGSchema(parsing: bytes, url: path)
        let cut = try #require(
            PrunedRelaxNGSchema(bytes: bytes, url: path, grammar: XMLDocument(parsing: bytes, url: path)))
        var files = ValidationInputs.files(for: [
            Repository.root.appendingPathComponent("Tests/TEIValidationTests/Fixtures/Agreement").path
        ])
        if let shared = Repository.shared {
            files += ValidationInputs.files(for: [shared.appendingPathComponent("reference/tei/samples").path])
        }
        #expect(files.count >= 30)
        var rejected = 0
        for file in files {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
            guard let forWhole = try? XMLDocument(parsing: bytes, url: file) else { continue }
            let forCut = try XMLDocument(parsing: bytes, url: file)
            let expected = whole.validate(forWhole).map(\.description)
            #expect(cut.validate(forCut).map(\.description) == expected, "\(file)")
            if !expected.isEmpty { rejected += 1 }
        }
        #expect(rejected > 5)
    }
}

/// The verdict cut of tei_all for a news article's elements and a manuscript description's: libxml2
/// 2.9.14 never finished compiling it before the cut unwrapped the groups it left with one pattern.
@Suite("tei_all verdict cut for a manuscript description")
struct TEIAllManuscriptCutTests {
    static let manuscriptElements = [
        "additional", "adminInfo", "altIdentifier", "authority", "country", "edition", "editionStmt", "history",
        "incipit", "institution", "listBibl", "msContents", "msDesc", "msIdentifier", "msItem", "objectDesc",
        "origDate", "origPlace", "origin",
    ]

    @Test("compiles within a minute")
    func compiles() throws {
        let path = Repository.root.appendingPathComponent("Schemas/tei_all.rng").path
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let index = try #require(RelaxNGPatternIndex(XMLDocument(parsing: bytes, url: path)))
        let article = try XMLDocument(
            parsing: Array(
                try Data(contentsOf: Repository.root.appendingPathComponent("Tests/TEIWritingTests/Golden/article.xml"))
            ))
        let names = RelaxNGPatternIndex.elementNames(in: article)
            .union(Self.manuscriptElements.map { "{http://www.tei-c.org/ns/1.0}\($0)" })
        let pruning = RelaxNGPruning(index, keeping: names, mode: .verdict)
        let grammar = try XMLDocument(parsing: bytes, url: path)
        pruning.apply(to: grammar)
        // A compile cannot be interrupted: run it on a thread and stop waiting after a minute.
        let done = DispatchSemaphore(value: 0)
        let compiled = Box(grammar: grammar)
        Thread.detachNewThread {
            compiled.schema = try? RelaxNGSchema(compiling: compiled.grammar, url: path)
            done.signal()
        }
        #expect(done.wait(timeout: .now() + 60) == .success, "libxml2 is still compiling the cut")
        #expect(compiled.schema != nil)
    }

    /// The grammar handed to the compiling thread, and what it made (read after the semaphore).
    private final class Box: @unchecked Sendable {
        let grammar: XMLDocument
        var schema: RelaxNGSchema?
        init(grammar: XMLDocument) { self.grammar = grammar }
    }
}

/// Small documents over the test grammar's elements (and a few it does not have), mostly close to valid.
private enum RandomDocument {
    static let blockNames = ["p", "list", "quote", "note", "p", "p"]
    static let phraseNames = ["hi", "persName", "placeName", "o:term", "item", "title"]

    static func make(using generator: inout SplitMix64) -> String {
        var body = ""
        if Int.random(in: 0..<10, using: &generator) > 0 {
            body += "<head><title>T</title>"
            if Bool.random(using: &generator) {
                body += Bool.random(using: &generator) ? "<date when=\"2026-12-02\"/>" : "<date when=\"soon\"/>"
            }
            body += "</head>"
        }
        for _ in 0..<Int.random(in: 0..<4, using: &generator) {
            body += block(Self.blockNames.randomElement(using: &generator)!, depth: 0, using: &generator)
        }
        if Int.random(in: 0..<4, using: &generator) == 0 {
            body += Bool.random(using: &generator) ? "<back><list><item/></list><note/></back>" : "<back><note/></back>"
        }
        let root = Int.random(in: 0..<20, using: &generator) == 0 ? "text" : "doc"
        return "<\(root) xmlns=\"urn:test\" xmlns:o=\"urn:other\">\(body)</\(root)>"
    }

    private static func block(_ name: String, depth: Int, using generator: inout SplitMix64) -> String {
        switch name {
        case "list":
            let items = (0..<Int.random(in: 0..<3, using: &generator)).map { _ in
                "<item>\(phrase(depth: depth + 1, using: &generator))</item>"
            }
            return "<list>\(items.joined())</list>"
        case "quote":
            let source = Bool.random(using: &generator) ? "<source>S</source>" : ""
            return "<quote><p>\(phrase(depth: depth + 1, using: &generator))</p>\(source)</quote>"
        default:
            return "<\(name)>\(phrase(depth: depth + 1, using: &generator))</\(name)>"
        }
    }

    private static func phrase(depth: Int, using generator: inout SplitMix64) -> String {
        var text = "w "
        guard depth < 4 else { return text }
        for _ in 0..<Int.random(in: 0..<3, using: &generator) {
            let name = phraseNames.randomElement(using: &generator)!
            let attribute =
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: " rend=\"b\""
                case 1: " ref=\"#x\""
                default: ""
                }
            text +=
                "<\(name)\(attribute)>\(name == "hi" ? phrase(depth: depth + 1, using: &generator) : "n")</\(name)> "
        }
        return text
    }
}

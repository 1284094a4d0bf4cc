import Foundation
import LibXML

/// A compiled schema in any language libxml2 validates, with what is needed to explain its messages.
///
/// Compile once per process and share: it is immutable, and each validation gets its own libxml2 context.
public struct ValidationSchema: Sendable {
    /// The schema languages the validator understands.
    public enum Language: String, Sendable, CaseIterable {
        /// RELAX NG, XML syntax (`.rng`). The compact syntax (`.rnc`) is not supported by libxml2.
        case relaxNG = "RELAX NG"
        /// W3C XML Schema 1.0 (`.xsd`).
        case xmlSchema = "XML Schema"
        /// A DTD (`.dtd`), applied whatever DOCTYPE the document declares.
        case dtd = "DTD"
        /// ISO Schematron (`.sch`), in the subset libxml2 2.9.14 implements (see ``SchematronSchema``).
        case schematron = "Schematron"
    }

    public let language: Language
    /// Where the schema was read from.
    public let path: String
    let compiled: any DocumentSchema
    /// For RELAX NG: the grammar's element and attribute patterns, to explain libxml2's terse messages.
    let vocabulary: RelaxNGVocabulary?

    /// Reads and compiles the schema at `path`; the language comes from the extension (`.rng`, `.xsd`,
    /// `.dtd`, `.sch`), or for other names from the root element.
    /// - Throws: ``TEIValidationError``.
    public init(path: String) throws(TEIValidationError) {
        self.path = path
        if path.lowercased().hasSuffix(".rnc") {
            throw .unsupportedSchema(
                path: path, reason: "RELAX NG compact syntax is not supported by libxml2; convert it with trang")
        }
        let bytes = try Self.contents(of: path)
        let language = try Self.language(of: path, bytes: bytes)
        self.language = language
        do {
            switch language {
            case .relaxNG:
                // A large grammar is compiled per document, cut down to the elements it uses.
                let grammar = try XMLDocument(parsing: bytes, url: path)
                if let pruned = PrunedRelaxNGSchema(bytes: bytes, url: path, grammar: grammar) {
                    compiled = pruned
                } else {
                    compiled = try RelaxNGSchema(compiling: grammar, url: path)
                }
                vocabulary = RelaxNGVocabulary(parsing: bytes, url: path)
            case .xmlSchema:
                compiled = try W3CXMLSchema(parsing: bytes, url: path)
                vocabulary = nil
            case .dtd:
                compiled = try DTDSchema(path: path)
                vocabulary = nil
            case .schematron:
                compiled = try SchematronSchema(parsing: bytes, url: path)
                vocabulary = nil
            }
        } catch {
            throw .invalidSchema(path: path, error: error)
        }
    }

    private static func contents(of path: String) throws(TEIValidationError) -> [UInt8] {
        do {
            return try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .unreadableSchema(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    private static func language(of path: String, bytes: [UInt8]) throws(TEIValidationError) -> Language {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "rng": return .relaxNG
        case "xsd": return .xmlSchema
        case "dtd", "ent", "mod": return .dtd
        case "sch": return .schematron
        default: break
        }
        // Sniff the root element of an XML schema; anything else is taken for a DTD.
        guard let document = try? XMLDocument(parsing: bytes, url: path), let root = document.rootElement else {
            return .dtd
        }
        switch root.namespace {
        case RelaxNGPatternIndex.relaxNGNamespace: return .relaxNG
        case "http://www.w3.org/2001/XMLSchema": return .xmlSchema
        case "http://purl.oclc.org/dsdl/schematron", "http://www.ascc.net/xml/schematron": return .schematron
        default:
            throw .unsupportedSchema(
                path: path, reason: "<\(root.name)> in \(root.namespace ?? "no namespace") is not a schema language")
        }
    }

    func validate(_ document: XMLDocument) -> [XMLDiagnostic] {
        compiled.validate(document)
    }

    /// Whether the schema is compiled per set of element names (a large RELAX NG grammar).
    var isCompiledPerNames: Bool { compiled is PrunedRelaxNGSchema }

    /// For a schema compiled per set of element names: compiles it for `names` now.
    func prepare(forNames names: Set<String>) {
        (compiled as? PrunedRelaxNGSchema)?.prepare(forNames: names)
    }

    /// The kind diagnostics from this schema get.
    var diagnosticKind: TEIDiagnostic.Kind { language == .schematron ? .schematron : .schema }
}

import Foundation
import LibXML
import TEISchemas

/// How strictly and how far the validator reads a document.
public struct ValidationOptions: Sendable {
    /// Report pointers into other files as errors rather than warnings.
    public var strictReferences = false
    /// Read external DTDs and external entities (local files only; never the network).
    public var allowExternalResources = false
    /// Replace `xi:include` elements by the files they name before validating (a `teiCorpus` with its parts).
    public var resolveIncludes = false
    /// Files larger than this many bytes are not parsed (reported as a size-limit error).
    public var maximumFileSize = 256 * 1024 * 1024

    public init(
        strictReferences: Bool = false, allowExternalResources: Bool = false, resolveIncludes: Bool = false,
        maximumFileSize: Int = 256 * 1024 * 1024
    ) {
        self.strictReferences = strictReferences
        self.allowExternalResources = allowExternalResources
        self.resolveIncludes = resolveIncludes
        self.maximumFileSize = maximumFileSize
    }

    var parseOptions: XMLParseOptions { allowExternalResources ? [.allowExternalResources] : [] }
}

/// Validates TEI documents: well-formedness, a schema (RELAX NG, XSD, DTD or Schematron), unique ids,
/// local pointers, `@cert` values, and empty names and quotations.
///
/// A validator holds a compiled schema and may be shared by many threads; each validation parses its
/// own document and gets its own validation context.
public struct TEIValidator: Sendable {
    /// The schema documents are validated against (for a validator made by
    /// ``byDocument(options:)``, the schema of the documents the tool wrote).
    public let schema: ValidationSchema
    public let options: ValidationOptions
    /// For a validator that picks the schema by document: the schema of documents the tool did not
    /// write, compiled when the first such document comes.
    private let otherDocumentsSchema: (@Sendable () -> Result<ValidationSchema, TEIValidationError>)?

    public init(schema: ValidationSchema, options: ValidationOptions = ValidationOptions()) {
        self.schema = schema
        self.options = options
        self.otherDocumentsSchema = nil
    }

    private init(
        projectSchema: ValidationSchema, options: ValidationOptions,
        otherDocumentsSchema: @escaping @Sendable () -> Result<ValidationSchema, TEIValidationError>
    ) {
        self.schema = projectSchema
        self.options = options
        self.otherDocumentsSchema = otherDocumentsSchema
    }

    /// Compiles the schema at `path` (RELAX NG, XSD, DTD or Schematron; see ``ValidationSchema``).
    /// - Throws: ``TEIValidationError``.
    public init(schemaAt path: String, options: ValidationOptions = ValidationOptions()) throws(TEIValidationError) {
        self.init(schema: try ValidationSchema(path: path), options: options)
    }

    /// A validator for the project's own schema (`Schemas/tei-annotator.rng`), compiled once per process.
    public static func projectSchema(options: ValidationOptions = ValidationOptions()) throws(TEIValidationError)
        -> TEIValidator
    {
        TEIValidator(schema: try projectValidationSchema.get(), options: options)
    }

    /// A validator for the official TEI P5 `tei_all.rng` shipped with the tool, read once per process and
    /// compiled cut down to the elements the documents use (``PrunedRelaxNGSchema``).
    public static func teiAll(options: ValidationOptions = ValidationOptions()) throws(TEIValidationError)
        -> TEIValidator
    {
        TEIValidator(schema: try teiAllValidationSchema.get(), options: options)
    }

    /// A validator that picks the schema from each document: TEI the tool wrote (its header credits
    /// tei-annotator as the software that made it) against the project schema, any other document
    /// against `tei_all.rng`, compiled only when the first such document comes.
    public static func byDocument(options: ValidationOptions = ValidationOptions()) throws(TEIValidationError)
        -> TEIValidator
    {
        TEIValidator(
            projectSchema: try projectValidationSchema.get(), options: options,
            otherDocumentsSchema: { teiAllValidationSchema })
    }

    private static let projectValidationSchema: Result<ValidationSchema, TEIValidationError> = {
        guard let url = TEISchemas.projectSchemaURL else { return .failure(.projectSchemaMissing) }
        return Result { () throws(TEIValidationError) in try ValidationSchema(path: url.path) }
    }()

    /// tei_all is compiled cut down to the elements the documents use (``PrunedRelaxNGSchema``): 0.3–3 s,
    /// where the whole grammar takes libxml2 about 10 s.
    private static let teiAllValidationSchema: Result<ValidationSchema, TEIValidationError> = {
        guard let url = TEISchemas.teiAllURL else { return .failure(.teiAllMissing) }
        return Result { () throws(TEIValidationError) in try ValidationSchema(path: url.path) }
    }()

    /// Before validating `files` with a large RELAX NG grammar (such as `tei_all.rng`), which is compiled
    /// cut down to the elements documents use: reads the files' element names and compiles one cut for
    /// all of them, so that the run compiles once. Files that cannot be read or parsed are skipped here
    /// (validating them reports why). Does nothing for other schemas, or for a validator that picks the
    /// schema by document.
    public func prepare(forFiles files: [String]) {
        guard otherDocumentsSchema == nil, schema.isCompiledPerNames else { return }
        var names: Set<String> = []
        for file in files {
            guard case .bytes(let bytes) = Self.read(file, limit: options.maximumFileSize),
                let document = try? XMLDocument(parsing: bytes, url: file, options: options.parseOptions)
            else { continue }
            names.formUnion(RelaxNGPatternIndex.elementNames(in: document))
        }
        schema.prepare(forNames: names)
    }

    /// Reads and validates the file at `path`; a file that cannot be read gets an `io` diagnostic.
    public func validate(fileAt path: String) -> ValidationReport {
        switch Self.read(path, limit: options.maximumFileSize) {
        case .bytes(let bytes): return validate(bytes: bytes, file: path)
        case .failed(let diagnostic): return ValidationReport(file: path, diagnostics: [diagnostic])
        }
    }

    /// Validates the bytes of one file.
    /// - Parameter file: the name diagnostics give the document (and the base of relative `xi:include`s).
    public func validate(bytes: [UInt8], file: String) -> ValidationReport {
        guard bytes.count <= options.maximumFileSize else {
            return ValidationReport(
                file: file, diagnostics: [Self.tooLarge(file, bytes.count, options.maximumFileSize)])
        }
        let document: XMLDocument
        do {
            document = try XMLDocument(parsing: bytes, url: file, options: options.parseOptions)
        } catch {
            return ValidationReport(
                file: file,
                diagnostics: error.diagnostics.map { TEIDiagnostic(libxml: $0, file: file, kind: .wellFormedness) })
        }
        var diagnostics: [TEIDiagnostic] = []
        if options.resolveIncludes || Self.isCorpusRoot(document) {
            diagnostics += document.expandIncludes(open: openPart).map {
                TEIDiagnostic(libxml: $0, file: file, kind: $0.origin == .xinclude ? .xinclude : .wellFormedness)
            }
        }
        var report = validate(document, file: file)
        report.diagnostics = diagnostics + report.diagnostics
        return report
    }

    /// Whether `document` is a corpus root that includes its articles (a `teiCorpus` with `xi:include`
    /// children, as `tei-annotator corpus` writes `corpus.xml`): it is validated with its articles in
    /// place whatever ``ValidationOptions/resolveIncludes`` says, since no schema allows the includes.
    static func isCorpusRoot(_ document: XMLDocument) -> Bool {
        guard let root = document.rootElement, root.name == "teiCorpus", root.namespace == TEINamespace.uri else {
            return false
        }
        return root.childElements.contains { $0.name == "include" && $0.namespace == "http://www.w3.org/2001/XInclude" }
    }

    /// Validates a document in memory (built or parsed).
    public func validate(_ document: XMLDocument, file: String) -> ValidationReport {
        // Duplicate ids are reported by the reference check, with both lines.
        var diagnostics = document.parseDiagnostics
            .filter { !($0.origin == .validity && $0.message.contains("already defined")) }
            .map { TEIDiagnostic(libxml: $0, file: file, kind: .wellFormedness) }
        let schema: ValidationSchema
        switch self.schema(for: document) {
        case .success(let chosen): schema = chosen
        case .failure(let error):
            diagnostics.append(
                TEIDiagnostic(file: file, line: nil, severity: .error, kind: .io, message: error.description))
            return ValidationReport(file: file, diagnostics: diagnostics)
        }
        let findings = schema.validate(document)
        let explainer = SchemaMessageExplainer(vocabulary: schema.vocabulary, document: document)
        diagnostics += findings.map { raw in
            let libxml = raw.origin == .relaxNG ? explainer.located(raw) : raw
            var diagnostic = TEIDiagnostic(libxml: libxml, file: file, kind: schema.diagnosticKind)
            if libxml.origin == .relaxNG { diagnostic.message = explainer.explain(libxml) }
            return diagnostic
        }
        diagnostics += ReferenceChecker(file: file, strict: options.strictReferences).check(document)
        diagnostics += ContentChecker(file: file).check(document)
        return ValidationReport(file: file, diagnostics: diagnostics, schema: schema.path)
    }

    /// The schema `document` is validated against.
    private func schema(for document: XMLDocument) -> Result<ValidationSchema, TEIValidationError> {
        guard let otherDocumentsSchema, !ToolWrittenTEI.isWrittenByTool(document) else { return .success(schema) }
        return otherDocumentsSchema()
    }

    private func openPart(_ path: String) throws(XMLError) -> XMLDocument {
        switch Self.read(path, limit: options.maximumFileSize) {
        case .bytes(let bytes): return try XMLDocument(parsing: bytes, url: path, options: options.parseOptions)
        case .failed(let diagnostic):
            throw .notWellFormed([XMLDiagnostic(severity: .fatal, origin: .io, message: diagnostic.message, file: path)]
            )
        }
    }

    private enum FileContents {
        case bytes([UInt8])
        case failed(TEIDiagnostic)
    }

    private static func read(_ path: String, limit: Int) -> FileContents {
        func failure(_ reason: String) -> FileContents {
            .failed(TEIDiagnostic(file: path, line: nil, severity: .error, kind: .io, message: reason))
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let attributes else { return failure("no such file") }
        guard attributes[.type] as? FileAttributeType != .typeDirectory else { return failure("is a directory") }
        if let size = attributes[.size] as? Int, size > limit {
            return .failed(tooLarge(path, size, limit))
        }
        guard let data = FileManager.default.contents(atPath: path) else { return failure("cannot be read") }
        return .bytes([UInt8](data))
    }

    private static func tooLarge(_ file: String, _ size: Int, _ limit: Int) -> TEIDiagnostic {
        TEIDiagnostic(
            file: file, line: nil, severity: .error, kind: .sizeLimit,
            message: "the file has \(size) bytes, more than the limit of \(limit)")
    }
}

/// Why a validator could not be set up.
public enum TEIValidationError: Error, Sendable, CustomStringConvertible {
    case unreadableSchema(path: String, reason: String)
    case invalidSchema(path: String, error: XMLError)
    case unsupportedSchema(path: String, reason: String)
    case projectSchemaMissing
    case teiAllMissing

    public var description: String {
        switch self {
        case .unreadableSchema(let path, let reason): "cannot read schema \(path): \(reason)"
        case .invalidSchema(let path, let error): "schema \(path) does not compile: \(error)"
        case .unsupportedSchema(let path, let reason): "schema \(path): \(reason)"
        case .projectSchemaMissing:
            "the project schema \(TEISchemas.projectSchemaFileName) was not found beside the binary or in its source tree"
        case .teiAllMissing:
            "the TEI P5 schema \(TEISchemas.teiAllFileName) was not found beside the binary or in its source tree"
        }
    }
}

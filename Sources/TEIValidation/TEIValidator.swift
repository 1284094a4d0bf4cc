import Foundation
import LibXML
import TEISchemas

/// Validates TEI documents: well-formedness, a RELAX NG schema, unique ids and local pointers.
///
/// A validator holds a compiled schema and may be shared by many threads; each validation parses its
/// own document and gets its own validation context.
public struct TEIValidator: Sendable {
    public let schema: RelaxNGSchema

    public init(schema: RelaxNGSchema) {
        self.schema = schema
    }

    /// Compiles the RELAX NG schema at `path`.
    /// - Throws: ``TEIValidationError``.
    public init(schemaAt path: String) throws(TEIValidationError) {
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .unreadableSchema(path: path, reason: (error as NSError).localizedDescription)
        }
        do {
            schema = try RelaxNGSchema(parsing: bytes, url: path)
        } catch {
            throw .invalidSchema(path: path, error: error)
        }
    }

    /// A validator for the project's own schema (`Schemas/tei-annotator.rng`), compiled once per process.
    public static func projectSchema() throws(TEIValidationError) -> TEIValidator {
        try projectValidator.get()
    }

    private static let projectValidator: Result<TEIValidator, TEIValidationError> = {
        guard let url = TEISchemas.projectSchemaURL else { return .failure(.projectSchemaMissing) }
        return Result { () throws(TEIValidationError) in try TEIValidator(schemaAt: url.path) }
    }()

    /// Validates the bytes of one file.
    /// - Parameter file: the name diagnostics give the document.
    public func validate(bytes: [UInt8], file: String) -> ValidationReport {
        let document: XMLDocument
        do {
            document = try XMLDocument(parsing: bytes, url: file)
        } catch {
            return ValidationReport(
                file: file,
                diagnostics: error.diagnostics.map { TEIDiagnostic(libxml: $0, file: file, kind: .wellFormedness) })
        }
        return validate(document, file: file)
    }

    /// Validates a document in memory (built or parsed).
    public func validate(_ document: XMLDocument, file: String) -> ValidationReport {
        // Duplicate ids are reported by the reference check, with both lines.
        var diagnostics = document.parseDiagnostics
            .filter { !($0.origin == .validity && $0.message.contains("already defined")) }
            .map { TEIDiagnostic(libxml: $0, file: file, kind: .wellFormedness) }
        diagnostics += schema.validate(document).map { TEIDiagnostic(libxml: $0, file: file, kind: .schema) }
        diagnostics += ReferenceChecker(file: file).check(document)
        return ValidationReport(file: file, diagnostics: diagnostics)
    }
}

/// Why a validator could not be set up.
public enum TEIValidationError: Error, Sendable, CustomStringConvertible {
    case unreadableSchema(path: String, reason: String)
    case invalidSchema(path: String, error: XMLError)
    case projectSchemaMissing

    public var description: String {
        switch self {
        case .unreadableSchema(let path, let reason): "cannot read schema \(path): \(reason)"
        case .invalidSchema(let path, let error): "schema \(path) does not compile: \(error)"
        case .projectSchemaMissing:
            "the project schema \(TEISchemas.projectSchemaFileName) was not found beside the binary or in its source tree"
        }
    }
}

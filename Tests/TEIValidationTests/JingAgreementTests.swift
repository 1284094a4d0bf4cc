import Foundation
import TEIValidation
import TestSupport
import Testing

/// The validator's grammar verdict (well-formed and matching the schema) must equal jing's, file by
/// file, on the shared reference samples and on the fixtures in `Fixtures/Agreement`, with both the
/// project schema and tei_all.rng. jing resolves XInclude (Debian's launcher turns it on), so the
/// validator does too here.
@Suite("Verdicts agree with jing", .enabled(if: Jing.isAvailable, "needs jing (apt-get install jing)"))
struct JingAgreementTests {
    static var fixtures: [String] {
        let directory = Repository.root.appendingPathComponent("Tests/TEIValidationTests/Fixtures/Agreement").path
        return ValidationInputs.files(for: [directory])
    }

    static var samples: [String] {
        guard let shared = Repository.shared else { return [] }
        return ValidationInputs.files(for: [shared.appendingPathComponent("reference/tei/samples").path])
    }

    private func disagreements(_ validator: TEIValidator, schema: String, files: [String]) throws -> [String] {
        let options = ValidationOptions(resolveIncludes: true)
        let withIncludes = TEIValidator(schema: validator.schema, options: options)
        let jingInvalid = try Jing.invalidFiles(schema: schema, files: files)
        return files.compactMap { file in
            let report = withIncludes.validate(fileAt: file)
            let jingValid = !jingInvalid.contains(file)
            guard report.matchesSchema != jingValid else { return nil }
            let ours = report.matchesSchema ? "valid" : "invalid: \(report.diagnostics.first?.description ?? "")"
            return "\(file): jing says \(jingValid ? "valid" : "invalid"), we say \(ours)"
        }
    }

    @Test("the fixtures: at least 30, both verdicts represented, each equal to jing's under the project schema")
    func fixturesProjectSchema() throws {
        let files = Self.fixtures
        #expect(files.count >= 30)
        let schema = Repository.root.appendingPathComponent("Schemas/tei-annotator.rng").path
        let validator = try TEIValidator.projectSchema()
        #expect(try disagreements(validator, schema: schema, files: files) == [])
        let verdicts = files.map { validator.validate(fileAt: $0).matchesSchema }
        #expect(verdicts.contains(true) && verdicts.contains(false))
    }

    @Test("the shared samples under the project schema", .enabled(if: TEIAll.isAvailable, "needs ../shared"))
    func samplesProjectSchema() throws {
        let schema = Repository.root.appendingPathComponent("Schemas/tei-annotator.rng").path
        #expect(Self.samples.count >= 20)
        #expect(try disagreements(TEIValidator.projectSchema(), schema: schema, files: Self.samples) == [])
    }

    @Test("the fixtures and the shared samples under tei_all.rng")
    func teiAll() throws {
        let validator = TEIAll.validator
        let schema = Repository.root.appendingPathComponent("Schemas/tei_all.rng").path
        let files = Self.fixtures + Self.samples
        #expect(try disagreements(validator, schema: schema, files: files) == [])
        let verdicts = files.map { validator.validate(fileAt: $0).matchesSchema }
        #expect(verdicts.contains(true) && verdicts.contains(false))
    }
}

import Foundation
import TEIValidation
import TestSupport
import Testing

/// Each bad document is the valid golden article with one rule broken.
@Suite("Validator on the project's own documents")
struct TEIValidatorTests {
    static let good = try! String(
        contentsOf: Repository.root.appendingPathComponent("Tests/TEIWritingTests/Golden/article.xml"), encoding: .utf8)
    static let id = "gazette-2024-11-03-0001"

    private func validate(_ text: String) throws -> ValidationReport {
        try TEIValidator.projectSchema().validate(bytes: Array(text.utf8), file: "doc.xml")
    }

    private func broken(_ original: String, _ replacement: String) -> String {
        precondition(Self.good.contains(original), "fixture text not found: \(original)")
        return Self.good.replacingOccurrences(of: original, with: replacement)
    }

    @Test("the valid article has no diagnostics")
    func valid() throws {
        #expect(try validate(Self.good).diagnostics == [])
    }

    @Test("a name pointing at the wrong kind of entry is an error on its line")
    func wrongTarget() throws {
        let text = broken("<persName ref=\"#\(Self.id)-per1\"", "<persName ref=\"#\(Self.id)-pla1\"")
        let report = try validate(text)
        #expect(!report.isValid)
        #expect(report.diagnostics.map(\.kind) == [.wrongTarget])
        let line =
            text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("<persName ref=\"#\(Self.id)-pla1\"") }! + 1
        #expect(report.diagnostics.first?.line == line)
        #expect(
            report.diagnostics.first?.description.hasPrefix("doc.xml:\(line): error: [wrong-target] <persName ref=")
                == true)
    }

    @Test("a speaker pointer that resolves to nothing is an error")
    func unresolved() throws {
        let report = try validate(
            broken("who=\"#\(Self.id)-per1\" direct=\"true\" next", "who=\"#nobody\" direct=\"true\" next"))
        #expect(report.diagnostics.map(\.kind) == [.unresolvedPointer])
        #expect(report.diagnostics.first?.message.contains("#nobody") == true)
    }

    @Test("a duplicate xml:id is reported once, with both lines")
    func duplicateID() throws {
        let report = try validate(broken("xml:id=\"\(Self.id)-org1\"", "xml:id=\"\(Self.id)-pla1\""))
        #expect(!report.isValid)
        #expect(report.diagnostics.filter { $0.kind == .duplicateID }.count == 1)
        #expect(report.diagnostics.contains { $0.kind == .duplicateID && $0.message.contains("line") })
    }

    @Test("what TEI allows but the project schema does not is a schema error")
    func stricterThanTEI() throws {
        // direct="unknown" is valid TEI; the tool only writes true or false.
        let report = try validate(broken("direct=\"true\" prev", "direct=\"unknown\" prev"))
        #expect(!report.isValid)
        #expect(report.diagnostics.allSatisfy { $0.kind == .schema })
        #expect(report.diagnostics.first?.line != nil)
    }

    @Test("a document that is not well-formed gets a positioned error")
    func notWellFormed() throws {
        let report = try validate(broken("</head>", "</hed>"))
        #expect(report.diagnostics.first?.kind == .wellFormedness)
        #expect(report.diagnostics.first?.line != nil && report.diagnostics.first?.column != nil)
    }

    @Test("the project schema is a subset of TEI: every variant it accepts, tei_all accepts")
    func subsetOfTEI() throws {
        let teiAll = TEIAll.validator
        let variants = [
            Self.good,
            broken("<date when=\"2024-11-03\">", "<date when=\"2024-11\">"),
            broken("cert=\"0.50\"", "cert=\"low\""),
            broken("<said xml:id=\"\(Self.id)-q1\" who=\"#\(Self.id)-per1\"", "<said xml:id=\"\(Self.id)-q1\""),
        ]
        for variant in variants where try validate(variant).isValid {
            let verdict = teiAll.validate(bytes: Array(variant.utf8), file: "variant.xml")
            #expect(verdict.isValid, "\(verdict.diagnostics)")
        }
    }
}

@Suite("tei_all")
struct TEIAllReportTests {
    @Test("a report names the shipped tei_all.rng")
    func reportedSchema() throws {
        let report = TEIAll.validator.validate(
            bytes: Array("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>".utf8), file: "x.xml")
        #expect(report.schema?.hasSuffix("/tei_all.rng") == true)
        #expect(!report.matchesSchema)
    }
}

/// The shared reference samples: the validator must agree with the known verdicts (from xmllint and jing).
@Suite("Validator on the reference samples", .enabled(if: TEIAll.isAvailable, "needs ../shared/reference/tei"))
struct ReferenceSampleTests {
    static var samples: [URL] {
        let directory = Repository.shared!.appendingPathComponent("reference/tei/samples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { directory.appendingPathComponent($0) }
    }

    @Test("tei_all: every bad-* sample is invalid with a message, every other sample is valid")
    func teiAllVerdicts() throws {
        let teiAll = TEIAll.validator
        #expect(Self.samples.count >= 17)
        for sample in Self.samples {
            let verdict = teiAll.validate(bytes: Repository.bytes(sample), file: sample.lastPathComponent)
            if sample.lastPathComponent.hasPrefix("bad-") {
                #expect(!verdict.isValid, "\(sample.lastPathComponent) accepted")
                #expect(!verdict.diagnostics.isEmpty)
            } else {
                #expect(verdict.isValid, "\(sample.lastPathComponent): \(verdict.diagnostics)")
            }
        }
    }

    @Test("the project schema rejects every bad-* sample too")
    func projectSchemaRejectsBadSamples() throws {
        let project = try TEIValidator.projectSchema()
        for sample in Self.samples where sample.lastPathComponent.hasPrefix("bad-") {
            #expect(!project.validate(bytes: Repository.bytes(sample), file: sample.lastPathComponent).isValid)
        }
    }
}

import Foundation
import LibXML

/// A large RELAX NG grammar, compiled only as far as the documents it validates need: for each
/// document, a cut of the grammar to the element names met so far (``RelaxNGPruning``), compiled once
/// and reused by every later document whose names it covers.
///
/// A document's verdict comes from the smallest cut (unused elements made `notAllowed`). A document it
/// rejects is validated again with a cut that keeps every element pattern by name, with its content
/// emptied, so that libxml2's messages are those of the whole grammar. A cut that does not compile
/// falls back to the whole grammar, whose own errors are then reported for each document.
final class PrunedRelaxNGSchema: DocumentSchema, @unchecked Sendable {
    // Safety of @unchecked Sendable: the mutable caches are read and written under `lock`; compiled
    // schemas are immutable and shared.

    /// Grammars with fewer element patterns than this are compiled whole, up front: the project schema
    /// (59) compiles in under a millisecond, `tei_all.rng` (594) in 5–12 s.
    static let minimumElementPatterns = 100

    private enum Cut {
        case compiled(RelaxNGSchema)
        /// No document with these names can match (its root element is not one the grammar allows).
        case matchesNothing
        case failed(XMLError)
    }

    private let bytes: [UInt8]
    private let url: String
    private let index: RelaxNGPatternIndex
    private let lock = NSLock()
    /// Every element name met so far: a new cut keeps them all, so that later documents can reuse it.
    private var namesSeen: Set<String> = []
    private var cuts: [RelaxNGPruning.Mode: [(names: Set<String>, cut: Cut)]] = [:]
    private var whole: Result<RelaxNGSchema, XMLError>?

    /// Nil when the grammar in `grammar` (parsed from `bytes`) has fewer element patterns than
    /// `minimumElementPatterns` or uses what the cut does not follow (see ``RelaxNGPatternIndex/init(_:)``):
    /// compile it whole.
    init?(bytes: [UInt8], url: String, grammar: XMLDocument, minimumElementPatterns: Int = minimumElementPatterns) {
        guard let index = RelaxNGPatternIndex(grammar), index.elementPatternCount >= minimumElementPatterns
        else { return nil }
        self.bytes = bytes
        self.url = url
        self.index = index
    }

    func validate(_ document: XMLDocument) -> [XMLDiagnostic] {
        let names = RelaxNGPatternIndex.elementNames(in: document)
        switch cut(for: names, mode: .verdict) {
        case .compiled(let schema):
            let findings = schema.validate(document)
            if findings.isEmpty { return findings }
        case .matchesNothing: break
        case .failed: return validateWhole(document)
        }
        switch cut(for: names, mode: .explanation) {
        case .compiled(let schema): return schema.validate(document)
        case .matchesNothing, .failed: return validateWhole(document)
        }
    }

    private func cut(for names: Set<String>, mode: RelaxNGPruning.Mode) -> Cut {
        lock.lock()
        defer { lock.unlock() }
        if let reusable = cuts[mode, default: []].first(where: { names.isSubset(of: $0.names) }) {
            return reusable.cut
        }
        namesSeen.formUnion(names)
        let pruning = RelaxNGPruning(index, keeping: namesSeen, mode: mode)
        let cut: Cut
        if !pruning.canMatch {
            cut = .matchesNothing
        } else {
            do {
                let grammar = try XMLDocument(parsing: bytes, url: url)
                pruning.apply(to: grammar)
                cut = .compiled(try RelaxNGSchema(compiling: grammar, url: url))
            } catch {
                cut = .failed(error)
            }
        }
        cuts[mode, default: []].append((namesSeen, cut))
        return cut
    }

    private func validateWhole(_ document: XMLDocument) -> [XMLDiagnostic] {
        lock.lock()
        if whole == nil {
            whole = Result { () throws(XMLError) in try RelaxNGSchema(parsing: bytes, url: url) }
        }
        let whole = self.whole!
        lock.unlock()
        switch whole {
        case .success(let schema): return schema.validate(document)
        case .failure(let error):
            return [
                XMLDiagnostic(
                    severity: .error, origin: .relaxNG, message: "the schema does not compile: \(error)", file: url)
            ]
        }
    }
}

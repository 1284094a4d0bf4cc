import Foundation
import LibXML

/// A large RELAX NG grammar, compiled only as far as the documents it validates need: cuts of the
/// grammar to the element names met so far (``RelaxNGPruning``), compiled once and reused by every
/// later document whose names they cover.
///
/// A document's verdict comes from the small verdict cut; a document it rejects is validated again with
/// the explanation cut, whose messages are the whole grammar's. Each new cut keeps every name met
/// before, so a run over one project's files compiles a few cuts and then reuses the last. A run over
/// very different documents could keep compiling: once the cuts have cost ``wholeGrammarAfter``, the
/// whole grammar is compiled and validates every later document (its verdicts and messages are the
/// cuts'). A cut that does not compile falls back to the whole grammar too, whose own errors are then
/// reported for each document.
final class PrunedRelaxNGSchema: DocumentSchema, @unchecked Sendable {
    // Safety of @unchecked Sendable: the mutable state is read and written under `lock`; compiled
    // schemas are immutable and shared.

    /// Grammars with fewer element patterns than this are compiled whole, up front: the project schema
    /// (59) compiles in under a millisecond, `tei_all.rng` (594) in 5–12 s.
    static let minimumElementPatterns = 100

    /// Compile time spent on cuts after which the whole grammar is compiled instead: about half of what
    /// libxml2 takes for the whole `tei_all.rng` here (about 10 s), so that a run never pays much more
    /// than one and a half whole compiles.
    static let wholeGrammarAfter: Duration = .seconds(5)

    private let bytes: [UInt8]
    private let url: String
    private let index: RelaxNGPatternIndex
    private let lock = NSLock()
    /// Every element name met so far, per mode: a new cut keeps them all, so that later documents can
    /// reuse it.
    private var namesSeen: [RelaxNGPruning.Mode: Set<String>] = [:]
    private var cuts: [RelaxNGPruning.Mode: [(names: Set<String>, cut: Cut)]] = [:]
    private var timeOnCuts: Duration = .zero
    private var whole: Result<RelaxNGSchema, XMLError>?

    private enum Cut {
        case compiled(RelaxNGSchema)
        /// No document with these names can match (its root element is not one the grammar allows).
        case matchesNothing
    }

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
        switch schema(for: names, mode: .verdict) {
        case .success(.compiled(let schema)):
            let findings = schema.validate(document)
            if findings.isEmpty { return findings }
        case .success(.matchesNothing): break
        case .failure(let error): return Self.schemaDoesNotCompile(error, url: url)
        }
        switch schema(for: names, mode: .explanation) {
        case .success(.compiled(let schema)): return schema.validate(document)
        case .success(.matchesNothing):
            // The explanation cut keeps every element pattern, so it matches whatever the whole grammar
            // could; it is never cut to nothing.
            return []
        case .failure(let error): return Self.schemaDoesNotCompile(error, url: url)
        }
    }

    /// Compiles, before a run, one verdict cut for every element name the run's documents use, and
    /// makes the first explanation cut (compiled only if a document is rejected) cover them all too, so
    /// that the run compiles each once (see ``TEIValidator/prepare(forFiles:)``).
    func prepare(forNames names: Set<String>) {
        lock.lock()
        namesSeen[.explanation, default: []].formUnion(names)
        lock.unlock()
        _ = schema(for: names, mode: .verdict)
    }

    private static func schemaDoesNotCompile(_ error: XMLError, url: String) -> [XMLDiagnostic] {
        [XMLDiagnostic(severity: .error, origin: .relaxNG, message: "the schema does not compile: \(error)", file: url)]
    }

    /// The compiled cut of `mode` for a document with these element names, or the whole grammar.
    private func schema(for names: Set<String>, mode: RelaxNGPruning.Mode) -> Result<Cut, XMLError> {
        lock.lock()
        defer { lock.unlock() }
        if let whole { return whole.map { .compiled($0) } }
        if let reusable = cuts[mode, default: []].first(where: { names.isSubset(of: $0.names) }) {
            return .success(reusable.cut)
        }
        if timeOnCuts < Self.wholeGrammarAfter {
            namesSeen[mode, default: []].formUnion(names)
            let keep = namesSeen[mode]!
            let clock = ContinuousClock()
            let start = clock.now
            let pruning = RelaxNGPruning(index, keeping: keep, mode: mode)
            do {
                let cut: Cut
                if pruning.canMatch {
                    let grammar = try XMLDocument(parsing: bytes, url: url)
                    pruning.apply(to: grammar)
                    cut = .compiled(try RelaxNGSchema(compiling: grammar, url: url))
                } else {
                    cut = .matchesNothing
                }
                cuts[mode, default: []].append((keep, cut))
                timeOnCuts += clock.now - start
                return .success(cut)
            } catch {
                // Compile the whole grammar: it reports its own errors, if any.
            }
        }
        let compiled = Result { () throws(XMLError) in try RelaxNGSchema(parsing: bytes, url: url) }
        whole = compiled
        cuts = [:]
        return compiled.map { .compiled($0) }
    }
}

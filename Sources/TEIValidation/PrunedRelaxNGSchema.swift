import Foundation
import LibXML

/// A large RELAX NG grammar, compiled only as far as the documents it validates need: a cut of the
/// grammar to the element names met so far (``RelaxNGPruning``), compiled once and reused by every
/// later document whose names it covers.
///
/// Each new cut keeps every name met before, so a run over one project's files compiles a few cuts and
/// then reuses the last. A run over very different documents could keep compiling: once the cuts have
/// cost ``wholeGrammarAfter``, the whole grammar is compiled and validates every later document (its
/// verdicts and messages are the cuts'). A cut that does not compile falls back to the whole grammar
/// too, whose own errors are then reported for each document.
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
    /// Every element name met so far: a new cut keeps them all, so that later documents can reuse it.
    private var namesSeen: Set<String> = []
    private var cuts: [(names: Set<String>, schema: RelaxNGSchema)] = []
    private var timeOnCuts: Duration = .zero
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
        switch schema(for: RelaxNGPatternIndex.elementNames(in: document)) {
        case .success(let schema): return schema.validate(document)
        case .failure(let error):
            return [
                XMLDiagnostic(
                    severity: .error, origin: .relaxNG, message: "the schema does not compile: \(error)", file: url)
            ]
        }
    }

    /// Compiles, before a run, one cut for every element name the run's documents use, so that the run
    /// compiles once (see ``TEIValidator/prepare(forFiles:)``).
    func prepare(forNames names: Set<String>) {
        _ = schema(for: names)
    }

    /// The compiled grammar for a document with these element names: a cut, or the whole grammar.
    private func schema(for names: Set<String>) -> Result<RelaxNGSchema, XMLError> {
        lock.lock()
        defer { lock.unlock() }
        if let whole { return whole }
        if let reusable = cuts.first(where: { names.isSubset(of: $0.names) }) { return .success(reusable.schema) }
        if timeOnCuts < Self.wholeGrammarAfter {
            namesSeen.formUnion(names)
            let clock = ContinuousClock()
            let start = clock.now
            do {
                let grammar = try XMLDocument(parsing: bytes, url: url)
                RelaxNGPruning(index, keeping: namesSeen).apply(to: grammar)
                let schema = try RelaxNGSchema(compiling: grammar, url: url)
                cuts.append((namesSeen, schema))
                timeOnCuts += clock.now - start
                return .success(schema)
            } catch {
                // Compile the whole grammar: it reports its own errors, if any.
            }
        }
        let compiled = Result { () throws(XMLError) in try RelaxNGSchema(parsing: bytes, url: url) }
        whole = compiled
        cuts = []
        return compiled
    }
}

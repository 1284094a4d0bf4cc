import ArgumentParser
import Foundation
import TEIAnnotator

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score annotations against gold annotations.",
        discussion: """
            With a CoNLL-U GOLD (.conllu), scores the linguistic layer instead: each document's text is \
            annotated, and tokens, sentence ends, UPOS, XPOS and lemmas are compared with the treebank's. \
            Otherwise GOLD and PRED are each a JSON Lines file (fields id, text, entities [start, end, type], quotes [start, \
            end, speaker]; offsets in code points), a TEI file, or a directory of TEI files. Documents are paired \
            by id (a TEI file's xml:id); their texts may differ in white space only (a TEI file's paragraphs \
            against the raw text). Without --pred, the tool annotates the gold texts itself and scores that. \
            Reports precision, recall and F1 per entity type with micro and macro averages (exact and \
            overlapping spans), quotation spans (exact and overlapping by at least half), and speaker accuracy \
            (on gold quotations with a speaker). A gold JSON Lines file marks direct quotations only, so only \
            direct predicted quotations are scored against it, unless a record says "reported_speech": true \
            (its quotes then carry "direct": false for reported speech, and a null speaker means the text names \
            none): direct and reported quotations are then also scored apart.
            Exit status: 0 on success, 2 for usage or I/O errors.
            """
    )

    @Option(help: "Gold annotations: a .jsonl file, a TEI file, a directory of TEI files, or a .conllu treebank.")
    var gold: String

    @Option(help: "Predicted annotations, in the same forms; default: annotate the gold texts.")
    var pred: String?

    @Option(help: "With no --pred: an entity model to annotate with instead of the bundled one.")
    var model: String?

    @Option(help: "With no --pred: a speaker model to annotate with instead of the bundled one.")
    var speakerModel: String?

    @Flag(help: "Print the scores as JSON.")
    var json = false

    @Flag(help: "List every entity on which gold and prediction disagree.")
    var showErrors = false

    func run() throws {
        if gold.hasSuffix(".conllu") {
            try evaluateLinguisticLayer()
            return
        }
        var scores = EvaluationReport()
        var errors: [String] = []
        do {
            let goldDocuments = try AnnotationSetReader.read([gold])
            let pairs =
                try pred.map { try paired(goldDocuments, try AnnotationSetReader.read([$0])) }
                ?? annotated(goldDocuments)
            for (goldDocument, predicted) in pairs {
                let aligned = try TextAlignment.align(predicted, to: goldDocument)
                scores.add(gold: goldDocument, predicted: aligned)
                if showErrors { errors += ErrorListing.lines(gold: goldDocument, predicted: aligned) }
            }
        } catch {
            report("error: \(error)")
            throw ExitCode(Exit.usage)
        }
        print(json ? scores.json() : scores.rendered())
        for line in errors { print(line) }
    }

    /// A CoNLL-U treebank: the annotator reads and tokenizes each document's text and tags it; tokens,
    /// sentence ends, UPOS, XPOS and lemmas are scored.
    private func evaluateLinguisticLayer() throws {
        guard pred == nil else {
            report("error: a CoNLL-U gold file is scored by annotating its texts; give no --pred")
            throw ExitCode(Exit.usage)
        }
        do {
            let treebank = try CoNLLUCorpus(Data(readInput(gold)), name: gold)
            let annotator = try Annotator(modelPath: model, speakerModelPath: speakerModel)
            let scores = LinguisticEvaluation { article, _ in annotator.annotate(article).analyses }.evaluate(treebank)
            print(json ? scores.json() : scores.description)
        } catch {
            report("error: \(error)")
            throw ExitCode(Exit.usage)
        }
    }

    /// Gold and predicted documents paired by id (one of each is paired whatever the ids).
    private func paired(_ gold: [AnnotationSet], _ predicted: [AnnotationSet]) throws -> [(
        AnnotationSet, AnnotationSet
    )] {
        if gold.count == 1 && predicted.count == 1 { return [(gold[0], predicted[0])] }
        let byID = Dictionary(
            predicted.map { (ArticleIdentifier.sanitized($0.id), $0) }, uniquingKeysWith: { a, _ in a })
        let missing = gold.filter { byID[ArticleIdentifier.sanitized($0.id)] == nil }.map(\.id)
        guard missing.isEmpty else { throw EvaluationError.unmatchedDocuments(missing) }
        return gold.map { ($0, byID[ArticleIdentifier.sanitized($0.id)]!) }
    }

    /// Each gold text annotated by the tool.
    private func annotated(_ gold: [AnnotationSet]) throws -> [(AnnotationSet, AnnotationSet)] {
        let annotator = try Annotator(modelPath: model, speakerModelPath: speakerModel)
        return try gold.map { document in
            let annotated = try annotator.annotate(
                bytes: Array(document.text.utf8), id: ArticleIdentifier.sanitized(document.id))
            return (document, AnnotationSet(annotated))
        }
    }
}

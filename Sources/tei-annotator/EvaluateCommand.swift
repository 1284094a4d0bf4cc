import ArgumentParser
import Foundation
import TEIAnnotator

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score annotations against gold annotations.",
        discussion: """
            With a JSON Lines gold file (fields id, text, entities [start, end, type], quotes [start, end, \
            speaker]; offsets in code points), annotates each document's text and scores the result. With a \
            gold TEI file and a predicted TEI file, scores the second against the first (both must have the \
            same text). Reports precision, recall and F1 per entity type (exact and overlapping spans), \
            quotation spans (exact and overlapping by at least half), and speaker accuracy.
            Exit status: 0 on success, 2 for usage or I/O errors.
            """
    )

    @Option(help: "Gold annotations: a .jsonl file, or a TEI .xml file.")
    var gold: String

    @Argument(help: "With a TEI gold file: the predicted TEI file to score.")
    var predicted: String?

    func validate() throws {
        let isJSONL = gold.hasSuffix(".jsonl") || gold.hasSuffix(".json")
        if isJSONL && predicted != nil {
            throw ValidationError("a JSON Lines gold file is scored by annotating its texts; give no PREDICTED file")
        }
        if !isJSONL && predicted == nil {
            throw ValidationError("a TEI gold file needs the PREDICTED TEI file to score")
        }
    }

    func run() throws {
        var scores = EvaluationReport()
        do {
            let goldBytes = try readInput(gold)
            if let predicted {
                let goldSet = try readTEI(goldBytes, name: gold)
                let predictedSet = try readTEI(try readInput(predicted), name: predicted)
                if goldSet.text != predictedSet.text {
                    let offset = zip(goldSet.text.unicodeScalars, predictedSet.text.unicodeScalars)
                        .prefix { $0 == $1 }.count
                    throw EvaluationError.textsDiffer(gold: gold, predicted: predicted, offset: offset)
                }
                scores.add(gold: goldSet, predicted: predictedSet)
            } else {
                let annotator = try Annotator()
                for document in try GoldCorpus.read(Data(goldBytes), name: gold) {
                    let id = ArticleIdentifier.sanitized(document.id)
                    let annotated = try annotator.annotate(bytes: Array(document.text.utf8), id: id)
                    scores.add(gold: document, predicted: AnnotationSet(annotated))
                }
            }
        } catch {
            report("error: \(error)")
            throw ExitCode(Exit.usage)
        }
        print(scores.rendered())
    }

    private func readTEI(_ bytes: [UInt8], name: String) throws -> AnnotationSet {
        try TEIAnnotationReader.read(try XMLDocument(parsing: bytes, url: name), name: name)
    }
}

import ArgumentParser
import Foundation
import TEIAnnotator

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the annotator's models.",
        subcommands: [TrainEntitiesCommand.self, TrainSpeakersCommand.self, TrainLinguisticCommand.self]
    )
}

struct TrainEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Train the entity tagger on annotated documents.",
        discussion: """
            Reads gold annotations — JSON Lines files (id, text, entities [start, end, type] in code points) or \
            TEI files and directories of them (persName, placeName, orgName marked inline, e.g. a corpus \
            corrected by hand) — and trains the averaged-perceptron tagger. The same data and options always \
            give the same model. With --licence, only documents whose "license" field starts with one of the \
            given prefixes are used (for a model that may be redistributed). --folds K reports k-fold \
            cross-validation scores by document; --evaluate GOLD scores the trained model on held-out gold.
            Exit status: 0 on success, 2 for usage or I/O errors.
            """
    )

    @OptionGroup var options: TrainingOptions

    @Option(help: "Passes over the training data.")
    var epochs = 12

    @Option(
        help:
            "The CoNLL-U treebank of the part-of-speech model: its documents get tags from models trained without them."
    )
    var posTreebank: String?

    @Flag(help: "With --evaluate, list every entity the model got wrong.")
    var showErrors = false

    func validate() throws {
        try options.validate()
        if epochs < 1 { throw ValidationError("--epochs must be at least 1") }
    }

    func run() throws {
        try exitingOnTrainingError {
            let corpus = try options.corpus()
            let english = try EnglishLexicon.bundled
            let full = try LinguisticAnalyzer.bundled
            let analyzers =
                try posTreebank.map { path in
                    JackknifedAnalyzers(
                        treebank: try CoNLLUCorpus(Data(readInput(path)), name: path), folds: 5, english: english,
                        training: LinguisticTraining(), full: full)
                } ?? JackknifedAnalyzers(full: full)
            let training = EntityModelTraining(
                gazetteers: try Gazetteers.bundled, english: english, analyzers: analyzers,
                trainer: PerceptronTrainer(epochs: epochs))
            if let folds = options.folds {
                print("\(folds)-fold cross-validation on \(corpus.documents.count) documents")
                print(try training.crossValidate(corpus, folds: folds).rendered())
            }
            guard let out = options.out else { return }
            let (model, statistics) = try training.train(corpus) { pass, epoch, accuracy in
                report("\(pass), epoch \(epoch): token accuracy \(String(format: "%.4f", accuracy))")
            }
            report(
                "trained on \(statistics.documents) documents, \(statistics.tokens) tokens, "
                    + "\(statistics.alignedNames + statistics.misalignedNames) names "
                    + "(\(statistics.misalignedNames) not on token edges); \(model.featureCount) features")
            try AtomicFile.write(model.serialized(), to: out)
            if let evaluate = options.evaluate {
                let gold = try TrainingCorpus(paths: [evaluate])
                print("held-out evaluation on \(evaluate)")
                print(training.evaluate(model, on: gold).rendered())
                if showErrors {
                    for line in training.errors(model, on: gold) { print(line) }
                }
            }
        }
    }
}

struct TrainLinguisticCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "linguistic",
        abstract: "Train the part-of-speech tagger and learn the lemma and feature tables from a CoNLL-U treebank.",
        discussion: """
            Writes DIRECTORY/pos.model and DIRECTORY/morphology.bin. The same treebank and options always give \
            the same files. --folds K reports k-fold cross-validation by document; --evaluate GOLD.conllu \
            scores the result on a held-out treebank (its own tokens).
            Exit status: 0 on success, 2 for usage or I/O errors.
            """
    )

    @Option(name: .customLong("data"), help: "A CoNLL-U treebank.")
    var data: String

    @Option(help: "The directory to write pos.model and morphology.bin to.")
    var out: String?

    @Option(help: "Passes over the training data.")
    var epochs = 8

    @Option(help: "Report k-fold cross-validation on the training data.")
    var folds: Int?

    @Option(help: "Score the trained tagger and lemmatizer on this CoNLL-U file.")
    var evaluate: String?

    @Flag(help: "With --evaluate, list the most frequent tag confusions and lemma errors.")
    var showErrors = false

    func validate() throws {
        if out == nil && folds == nil {
            throw ValidationError("give --out DIRECTORY (or --folds K to only cross-validate)")
        }
        if epochs < 1 { throw ValidationError("--epochs must be at least 1") }
        if let folds, folds < 2 { throw ValidationError("--folds must be at least 2") }
    }

    func run() throws {
        try exitingOnTrainingError {
            let treebank = try CoNLLUCorpus(Data(readInput(data)), name: data)
            let training = LinguisticTraining(trainer: PerceptronTrainer(epochs: epochs))
            let english = try EnglishLexicon.bundled
            if let folds {
                print(
                    "\(folds)-fold cross-validation: \(training.crossValidate(treebank, english: english, folds: folds))"
                )
            }
            guard let out else { return }
            let analyzer = training.train(treebank, english: english) { epoch, accuracy in
                report("epoch \(epoch): token accuracy \(String(format: "%.4f", accuracy))")
            }
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let directory = URL(fileURLWithPath: out)
            try AtomicFile.write(
                analyzer.tagger.model.serialized(),
                to: directory.appendingPathComponent(LinguisticAnalyzer.bundledModelFileName).path)
            try AtomicFile.write(
                analyzer.morphology.serialized(),
                to: directory.appendingPathComponent(LinguisticAnalyzer.bundledMorphologyFileName).path)
            report("trained on \(treebank.documents.count) documents; \(analyzer.tagger.model.featureCount) features")
            if let evaluate {
                let gold = try CoNLLUCorpus(Data(readInput(evaluate)), name: evaluate)
                let accuracy = training.evaluate(analyzer, on: gold)
                print("held-out evaluation on \(evaluate): \(accuracy)")
                if showErrors {
                    for (error, count) in (accuracy.confusions.sorted { $0.value > $1.value }.prefix(40)) {
                        print("\(count)\t\(error)")
                    }
                    for (error, count) in (accuracy.lemmaErrors.sorted { $0.value > $1.value }.prefix(40)) {
                        print("\(count)\t\(error)")
                    }
                }
            }
        }
    }
}

struct TrainSpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: "Train speaker attribution on quotations with their speakers.",
        discussion: """
            Reads gold quotations — JSON Lines files (quotes [start, end, speaker], and with "reported_speech": \
            true reported speech too, a null speaker meaning the text names none) or TEI (said with @who) — \
            annotates each text with the bundled models, and trains the weights that choose each quotation's \
            speaker among the persons and organizations around it, earlier speakers, a described speaker and \
            nobody. The same data and options always give the same model. --folds K reports k-fold \
            cross-validation by document; --evaluate GOLD scores the trained model on held-out gold.
            Exit status: 0 on success, 2 for usage or I/O errors.
            """
    )

    @OptionGroup var options: TrainingOptions

    @Option(help: "Passes over the training data.")
    var epochs = 10

    func validate() throws {
        try options.validate()
        if epochs < 1 { throw ValidationError("--epochs must be at least 1") }
    }

    func run() throws {
        try exitingOnTrainingError {
            let corpus = try options.corpus()
            let gazetteers = try Gazetteers.bundled
            let training = SpeakerModelTraining(
                gazetteers: gazetteers, analyzer: try LinguisticAnalyzer.bundled,
                recognizer: EntityRecognizer(
                    gazetteers: gazetteers, english: try EnglishLexicon.bundled,
                    model: try EntityRecognizer.bundledModel),
                epochs: epochs)
            if let folds = options.folds {
                print("\(folds)-fold cross-validation on \(corpus.documents.count) documents")
                print(training.crossValidate(corpus, folds: folds).rendered())
            }
            guard let out = options.out else { return }
            let model = training.train(corpus)
            try AtomicFile.write(Array(model.serialized().utf8), to: out)
            report("trained on \(corpus.documents.count) documents; \(model.weights.count) features")
            if let evaluate = options.evaluate {
                print("held-out evaluation on \(evaluate)")
                print(training.evaluate(model, on: try TrainingCorpus(paths: [evaluate])).rendered())
            }
        }
    }
}

/// The options `train entities` and `train speakers` share: the data, the licence filter, the model
/// file, cross-validation and a held-out evaluation.
struct TrainingOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: "Training data: .jsonl files, TEI files or directories (repeatable).")
    var data: [String]

    @Option(help: "Where to write the model.")
    var out: String?

    @Option(name: .customLong("licence"), help: "Keep documents whose licence starts with this (repeatable).")
    var licences: [String] = []

    @Option(help: "Report k-fold cross-validation on the training data.")
    var folds: Int?

    @Option(help: "Score the trained model on this gold file or directory (JSON Lines or TEI).")
    var evaluate: String?

    func validate() throws {
        if out == nil && folds == nil {
            throw ValidationError("give --out MODEL (or --folds K to only cross-validate)")
        }
        if let folds, folds < 2 { throw ValidationError("--folds must be at least 2") }
    }

    /// The training documents, restricted to the licences asked for.
    func corpus() throws -> TrainingCorpus {
        var corpus = try TrainingCorpus(paths: data)
        if !licences.isEmpty { corpus = corpus.restricted(toLicences: licences) }
        guard !corpus.documents.isEmpty else { throw TrainingError.noDocuments }
        return corpus
    }
}

/// Runs a training command's body, turning any error but a usage error into a one-line report and exit
/// status 2.
func exitingOnTrainingError(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ValidationError {
        throw error
    } catch {
        report("error: \(error)")
        throw ExitCode(Exit.usage)
    }
}

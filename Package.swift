// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "tei-annotator",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "TEIAnnotator", targets: ["TEIAnnotator", "CorpusBuilding"]),
        .executable(name: "tei-annotator", targets: ["tei-annotator"]),
    ],
    dependencies: [
        // `from:` is bounded: 1.5.0 up to, not including, 2.0.0. Package.resolved is not committed.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // libxml2, seen only by the LibXML module.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The one Swift owner of every libxml2 call.
        .target(name: "LibXML", dependencies: ["CLibXML2"]),

        // Pipeline stages, in the order an article passes through them.
        .target(name: "AnnotationModel"),
        .target(name: "ArticleReading", dependencies: ["AnnotationModel", "LibXML"]),
        .target(name: "LanguageIdentification"),
        .target(name: "Tokenization", dependencies: ["AnnotationModel"]),
        // Cache prefetch, which Swift cannot say by itself.
        .target(name: "CPrefetch"),
        // The learning machinery shared by the trained taggers.
        .target(name: "SequenceLabeling", dependencies: ["CPrefetch"]),
        .target(
            name: "PartOfSpeech",
            dependencies: ["AnnotationModel", "SequenceLabeling"],
            resources: [.copy("Resources/Models"), .copy("Resources/Lexicon")]
        ),
        .target(
            name: "EntityRecognition",
            dependencies: ["AnnotationModel", "Tokenization", "SequenceLabeling", "PartOfSpeech"],
            resources: [.copy("Resources/Gazetteers"), .copy("Resources/Models")]
        ),
        .target(
            name: "QuotationDetection", dependencies: ["AnnotationModel", "Tokenization", "EntityRecognition"],
            resources: [.copy("Resources/Models")]
        ),
        .target(name: "TEIWriting", dependencies: ["AnnotationModel", "LibXML"]),
        // The project's TEI schema and the official tei_all.rng, shipped with the binary.
        .target(
            name: "TEISchemas", path: "Schemas", exclude: ["README.md"],
            resources: [.copy("tei-annotator.rng"), .copy("tei_all.rng")]),
        .target(name: "TEIValidation", dependencies: ["LibXML", "TEISchemas"]),
        .target(name: "Evaluation", dependencies: ["AnnotationModel", "LibXML"]),
        // Hand-off formats read from TEI: CoNLL-U, CoNLL-2003, brat, JSON, CSV, HTML.
        .target(
            name: "Export", dependencies: ["AnnotationModel", "Evaluation", "LibXML", "PartOfSpeech", "Tokenization"]),
        .target(
            name: "ModelTraining",
            dependencies: [
                "AnnotationModel", "ArticleReading", "Tokenization", "SequenceLabeling", "PartOfSpeech",
                "EntityRecognition", "QuotationDetection", "Evaluation", "LibXML",
            ]
        ),

        // The library product: the pipeline behind one entry point.
        .target(
            name: "TEIAnnotator",
            dependencies: [
                "AnnotationModel", "ArticleReading", "LanguageIdentification", "Tokenization", "EntityRecognition",
                "QuotationDetection", "TEIWriting", "TEIValidation", "Evaluation", "ModelTraining", "SequenceLabeling",
                "PartOfSpeech",
                "Export",
            ]
        ),
        // The last stage: many articles into one corpus, in parallel and resumably.
        .target(
            name: "CorpusBuilding",
            dependencies: ["AnnotationModel", "ArticleReading", "LibXML", "TEIAnnotator", "TEIValidation"]
        ),
        // The command-line tool: a thin layer over the library.
        .executableTarget(
            name: "tei-annotator",
            dependencies: [
                "TEIAnnotator", "CorpusBuilding",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .target(name: "TestSupport", dependencies: ["AnnotationModel", "TEIValidation"], path: "Tests/TestSupport"),
        .testTarget(name: "LibXMLTests", dependencies: ["LibXML"]),
        .testTarget(name: "ArticleReadingTests", dependencies: ["ArticleReading", "TestSupport"]),
        .testTarget(name: "LanguageIdentificationTests", dependencies: ["LanguageIdentification"]),
        .testTarget(name: "TokenizationTests", dependencies: ["Tokenization"]),
        .testTarget(name: "SequenceLabelingTests", dependencies: ["SequenceLabeling"]),
        .testTarget(name: "PartOfSpeechTests", dependencies: ["PartOfSpeech", "SequenceLabeling", "Tokenization"]),
        .testTarget(
            name: "EntityRecognitionTests",
            dependencies: ["EntityRecognition", "PartOfSpeech", "SequenceLabeling", "Tokenization", "TestSupport"]
        ),
        .testTarget(
            name: "QuotationDetectionTests",
            dependencies: ["QuotationDetection", "EntityRecognition", "PartOfSpeech", "Tokenization", "TestSupport"]
        ),
        .testTarget(
            name: "TEIWritingTests",
            dependencies: ["TEIWriting", "TEIValidation", "TEIAnnotator", "TestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "TEIValidationTests", dependencies: ["TEIValidation", "LibXML", "SequenceLabeling", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "TEIAnnotator", "TestSupport"]),
        .testTarget(name: "ExportTests", dependencies: ["Export", "TEIAnnotator", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "CorpusBuildingTests", dependencies: ["CorpusBuilding", "TEIAnnotator", "TestSupport"]),
        .testTarget(
            name: "EndToEndTests", dependencies: ["tei-annotator", "TEIAnnotator", "SequenceLabeling", "TestSupport"]),

        // What each fuzz target does with one input; the regression tests replay the inputs fuzzers found.
        .target(name: "FuzzEntryPoints", dependencies: ["TEIAnnotator"], path: "Fuzz/EntryPoints"),
        .testTarget(
            name: "FuzzRegressionTests", dependencies: ["FuzzEntryPoints", "TestSupport"], exclude: ["Inputs"]),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer executable, only in fuzzing builds (`Scripts/fuzz.sh`): it has no `main` of its own
// and links only with `-sanitize=fuzzer`.
if Context.environment["TEI_ANNOTATOR_FUZZ"] != nil {
    package.targets.append(
        .executableTarget(name: "tei-annotator-fuzz", dependencies: ["FuzzEntryPoints"], path: "Fuzz/Driver"))
}

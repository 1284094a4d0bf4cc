import EntityRecognition
import Foundation
import PartOfSpeech
import SequenceLabeling
import TestSupport
import Testing

/// The compiled word lists the annotator maps at start-up must be what their tab-separated sources
/// compile to. After editing a source, `TEI_ANNOTATOR_WRITE_RESOURCES=1 swift test --filter
/// CompiledResourcesTests` writes the compiled files anew.
struct CompiledResourcesTests {
    static let gazetteers = Repository.root.appendingPathComponent("Sources/EntityRecognition/Resources/Gazetteers")
    static let lexicon = Repository.root.appendingPathComponent("Sources/PartOfSpeech/Resources/Lexicon")
    static let writing = ProcessInfo.processInfo.environment["TEI_ANNOTATOR_WRITE_RESOURCES"] == "1"

    static func check(_ compiled: [UInt8], _ file: URL) throws {
        if writing { try Data(compiled).write(to: file, options: .atomic) }
        #expect(
            Repository.bytes(file) == compiled,
            "\(file.lastPathComponent) is stale: TEI_ANNOTATOR_WRITE_RESOURCES=1 swift test --filter CompiledResourcesTests"
        )
    }

    @Test func gazetteersAreCompiledFromTheirSources() throws {
        try Self.check(
            try Gazetteers.compile(sourcesIn: Self.gazetteers),
            Self.gazetteers.appendingPathComponent(Gazetteers.compiledFileName))
    }

    @Test func englishLexiconIsCompiledFromItsSources() throws {
        try Self.check(
            try EnglishLexicon.compile(sourcesIn: Self.lexicon),
            Self.lexicon.appendingPathComponent(EnglishLexicon.compiledFileName))
    }

    @Test func compiledGazetteersAnswerAsTheirSourcesSay() throws {
        let gazetteers = try Gazetteers.bundled
        let lisbon = try #require(gazetteers.places["Lisbon"])
        #expect(lisbon.kind == .city && lisbon.countryCode == "PT" && lisbon.population > 100_000)
        #expect(gazetteers.places["France"]?.kind == .country)
        #expect(gazetteers.places["Xqzzyville"] == nil)
        #expect(gazetteers.demonyms["Turkish"] == "Turkey")
        #expect(gazetteers.givenNames.contains("Maria") && gazetteers.givenNames.contains("José"))
        #expect(gazetteers.gender(ofGivenName: "Maria") == .female && gazetteers.gender(ofGivenName: "John") == .male)
        #expect(gazetteers.surnames.contains("Smith") && !gazetteers.surnames.contains("the"))
        #expect(gazetteers.organizations["NATO"]?.abbreviationOf != nil)
        #expect(gazetteers.personTitles["President"] != nil && gazetteers.longestTitle >= 2)
        let english = try EnglishLexicon.bundled
        #expect(english.classes(of: "running").classes.contains(.verb) && !english.contains("xqzzy"))
    }

    @Test func damagedCompiledFilesAreRefused() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let compiled = try EnglishLexicon.compile(sourcesIn: Self.lexicon)
        for damaged in [Array(compiled.prefix(100)), [UInt8](repeating: 7, count: 64), []] {
            try Data(damaged).write(to: directory.appendingPathComponent(EnglishLexicon.compiledFileName))
            #expect(throws: ModelFileError.self) { try EnglishLexicon(directory: directory) }
        }
    }
}

import AnnotationModel
import Foundation
import PartOfSpeech
import SequenceLabeling

/// Finds the persons, places and organizations of an article and builds its register.
///
/// The trained tagger (``StatisticalTagger``) reads every sentence; a headline in Title Case is read
/// by ``HeadlineMatcher`` instead, from the names the body uses. ``NamePropagation`` marks the other
/// occurrences of names found once. ``RegisterBuilder`` then merges the
/// mentions into one entry per entity, keeps types consistent and records titles and roles.
public struct EntityRecognizer: Sendable {
    let tagger: StatisticalTagger
    let gazetteers: Gazetteers
    let english: EnglishLexicon
    let headlineMatcher: HeadlineMatcher
    let registerBuilder: RegisterBuilder

    public init(gazetteers: Gazetteers, english: EnglishLexicon, model: EntityModel) {
        tagger = StatisticalTagger(model: model, gazetteers: gazetteers, english: english)
        self.gazetteers = gazetteers
        self.english = english
        headlineMatcher = HeadlineMatcher(gazetteers: gazetteers)
        registerBuilder = RegisterBuilder(gazetteers: gazetteers, roleFinder: RoleFinder(gazetteers: gazetteers))
    }

    /// The model shipped with the annotator, loaded once per process.
    public static var bundledModel: EntityModel {
        get throws(ModelFileError) { try sharedModel.get() }
    }

    /// The file name of the shipped model in `Resources/Models`.
    public static let bundledModelFileName = "entities.model"

    private static let sharedModel: Result<EntityModel, ModelFileError> = Result { () throws(ModelFileError) in
        guard let directory = BundledResources.directory("Models", containing: bundledModelFileName) else {
            throw .unreadable(bundledModelFileName)
        }
        return try StatisticalTagger.loadModel(from: directory.appendingPathComponent(bundledModelFileName))
    }

    /// The article's register and its mentions in text order; `analyses` are the tokens' parts of speech.
    public func recognize(_ article: Article, _ segmentation: Segmentation, _ analyses: [WordAnalysis]) -> (
        register: EntityRegister, mentions: [EntityMention]
    ) {
        let view = TokenView(text: article.text, tokens: segmentation.tokens)
        var names = NameSpanRepair(gazetteers: gazetteers, english: english).repair(
            tagger.tag(article, segmentation, analyses), view, analyses)
        names = ProductFilter(gazetteers: gazetteers).filter(names, article.text)
        let titleCaseHeadlines = segmentation.sentences.filter {
            article.blocks[$0.block].kind == .headline && HeadlineMatcher.isTitleCase(view, $0.tokens)
        }
        names += GazetteerBackfill(gazetteers: gazetteers).names(
            names, view, segmentation, skipping: titleCaseHeadlines.map(\.span))
        names.sort { $0.span < $1.span }
        if !titleCaseHeadlines.isEmpty {
            let headlineSpans = titleCaseHeadlines.map(\.span)
            names.removeAll { name in headlineSpans.contains { $0.overlaps(name.span) } }
            for sentence in titleCaseHeadlines {
                names += headlineMatcher.names(in: sentence.tokens, view, known: names)
            }
            names.sort { $0.span < $1.span }
        }
        names = NamePropagation(gazetteers: gazetteers, english: english).propagate(names, view, segmentation)
        names = NameSpanRepair(gazetteers: gazetteers, english: english).extendingHyphenatedNames(names, view)
        names = RunOnNameSplitter(gazetteers: gazetteers).split(names, view)
        names = CurrencyPrefixFilter().filter(names, view)
        names = PlaceHeadRule(gazetteers: gazetteers).retype(names, article.text)
        let teams = SportsTeams(gazetteers: gazetteers).surfaces(names, view, segmentation)
        let definitions = AcronymDefinitions().apply(names, view, segmentation)
        return registerBuilder.build(definitions.names, view, organizations: teams, aliases: definitions.aliases)
    }
}

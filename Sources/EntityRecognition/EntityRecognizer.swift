import AnnotationModel

/// Finds the persons, places and organizations of an article and builds its register.
public struct EntityRecognizer: Sendable {
    let tagger: RuleBasedTagger
    let registerBuilder: RegisterBuilder

    public init(gazetteers: Gazetteers) {
        tagger = RuleBasedTagger(gazetteers: gazetteers)
        registerBuilder = RegisterBuilder(gazetteers: gazetteers, roleFinder: RoleFinder(gazetteers: gazetteers))
    }

    /// The article's register and its mentions in text order.
    public func recognize(_ article: Article, _ segmentation: Segmentation) -> (
        register: EntityRegister, mentions: [EntityMention]
    ) {
        let names = tagger.tag(article, segmentation)
        return registerBuilder.build(names, TokenView(text: article.text, tokens: segmentation.tokens))
    }
}

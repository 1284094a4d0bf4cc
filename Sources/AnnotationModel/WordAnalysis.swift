/// The part of speech, lemma and morphological features of one token.
public struct WordAnalysis: Hashable, Sendable {
    /// Penn Treebank tag (`NNP`).
    public var xpos: String
    /// Universal Dependencies tag (`PROPN`).
    public var upos: String
    public var lemma: String
    /// Universal Dependencies features (`Number=Sing`), `_` when none.
    public var features: String

    public init(xpos: String, upos: String, lemma: String, features: String) {
        self.xpos = xpos
        self.upos = upos
        self.lemma = lemma
        self.features = features
    }
}

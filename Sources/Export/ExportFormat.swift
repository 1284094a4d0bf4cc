/// The formats annotations can be handed on in.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// CoNLL-U: sentences of tokens with lemmas, tags and features; names as BIO tags in MISC (`NE=B-PER`).
    case conllu
    /// CoNLL-2003: `-DOCSTART-` before each article, one `token POS chunk tag` line per token (IOB2 tags), a
    /// blank line between sentences.
    case conll2003
    /// The vertical format of CWB and NoSketchEngine: a token per line (word, lemma, tag, msd) and
    /// `text`, `p`, `s`, `said` and name structures.
    case vrt
    /// brat standoff: the text (`.txt`) and its annotations (`.ann`), with brat's configuration files.
    case brat
    /// JSON close to spaCy's `Doc.to_json()`, with quotations and the register.
    case json
    /// An entity index: one row per entity with its names, mentions and articles.
    case csv
    /// A self-contained page per article, and an index page for a corpus.
    case html

    /// The extension of the files written.
    public var fileExtension: String {
        switch self {
        case .conllu: "conllu"
        case .conll2003: "conll"
        case .vrt: "vrt"
        case .brat: "ann"
        case .json: "json"
        case .csv: "csv"
        case .html: "html"
        }
    }

    /// True when a corpus is written as one file (the articles one after another, or one table);
    /// false when each article gets files of its own.
    public var isOneFilePerCorpus: Bool {
        switch self {
        case .conllu, .conll2003, .vrt, .csv: true
        case .brat, .json, .html: false
        }
    }

    /// True when the format needs tokens with parts of speech and lemmas.
    public var needsTokens: Bool {
        switch self {
        case .conllu, .conll2003, .vrt, .json: true
        case .brat, .csv, .html: false
        }
    }
}

import AnnotationModel
import SequenceLabeling

/// What the tagger knows about one token before looking at its neighbours: hashes of its forms and
/// shape, and flags from its spelling, its place in the sentence, the gazetteers and the document.
struct TokenProfile {
    /// Flags; each set flag is one feature of the token.
    struct Flags: OptionSet {
        let rawValue: UInt32

        static let capitalized = Flags(rawValue: 1 << 0)
        static let allCapitals = Flags(rawValue: 1 << 1)
        static let hasDigit = Flags(rawValue: 1 << 2)
        static let punctuation = Flags(rawValue: 1 << 3)
        static let sentenceStart = Flags(rawValue: 1 << 4)
        static let inHeadline = Flags(rawValue: 1 << 5)
        /// The lower-case form of this capitalised token occurs in the document (a common word).
        static let lowercaseElsewhere = Flags(rawValue: 1 << 6)
        /// This form occurs capitalised inside a sentence elsewhere in the document (a name, even at a sentence start).
        static let capitalizedElsewhere = Flags(rawValue: 1 << 7)
        static let givenName = Flags(rawValue: 1 << 8)
        static let surname = Flags(rawValue: 1 << 9)
        static let demonym = Flags(rawValue: 1 << 10)
        static let organizationSuffix = Flags(rawValue: 1 << 11)
        static let titleWord = Flags(rawValue: 1 << 12)
        static let possessive = Flags(rawValue: 1 << 13)
        static let hyphen = Flags(rawValue: 1 << 14)
        static let glued = Flags(rawValue: 1 << 15)  // no space before this token
        static let particle = Flags(rawValue: 1 << 16)
        static let sentenceEnd = Flags(rawValue: 1 << 17)
        /// The lower-case form of this capitalised token is an English word.
        static let englishWord = Flags(rawValue: 1 << 18)
    }

    var lower: UInt64
    var exact: UInt64
    var shape: UInt64
    var prefix3: UInt64
    var suffix2: UInt64
    var suffix3: UInt64
    var flags: Flags
    /// The gazetteer phrase this token belongs to: its class and position (0: none).
    var gazetteer: UInt64
    /// A hash of the token's Penn Treebank tag.
    var partOfSpeech: UInt64
    /// The form's Brown cluster path (of its lower-case form when the form itself has none, marked in
    /// bit 32), 0 for none; see ``WordFeatures``.
    var cluster: UInt64 = 0
    /// How much more often the form is written capitalized than not (``WordFeatures/Entry/caseBucket``).
    var caseBucket: UInt64 = 0
    /// How rare the form is (``WordFeatures/Entry/frequencyBucket``); 20 for a form the collection lacks.
    var frequency: UInt64 = 20
    /// The token's first byte (an initial, for acronyms).
    var initial: UInt8 = 0
    /// The run of capitalized words the token belongs to (see `DocumentProfiler.markRuns`); zero outside one.
    var run = Run()

    /// A run of capitalized words, with the small words that join them (`Bank of England`), and what
    /// stands around it: where a name's head word and kind words are.
    struct Run {
        /// Lower-case forms of the run's last word (its head), first word, and the words before and after it.
        var head: UInt64 = 0
        var first: UInt64 = 0
        var before: UInt64 = 0
        var secondBefore: UInt64 = 0
        var after: UInt64 = 0
        /// The head word's flags and cluster.
        var headFlags: Flags = []
        var headCluster: UInt64 = 0
        /// The last word before the run's first `of`, `for` or `on` (`Institute` of `Portuguese Institute
        /// for Sea and Atmosphere`, `Bank` of `Bank of England`), else the head: the name's kind word.
        var kindWord: UInt64 = 0
        var kindWordFlags: Flags = []
        /// The run's length (at most 6) and the token's place in it (0 first, 1 inside, 2 last, 3 alone).
        var length: UInt64 = 0
        var position: UInt64 = 0
        /// The run's tokens (empty outside a run).
        var range: Range<Int> = 0..<0
    }

    static let padding = TokenProfile(
        lower: 0x5A5A, exact: 0x5A5A, shape: 0x5A5A, prefix3: 0, suffix2: 0, suffix3: 0, flags: [], gazetteer: 0,
        partOfSpeech: 0x5A5A, cluster: 1 << 33)
}

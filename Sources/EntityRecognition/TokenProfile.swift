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

    static let padding = TokenProfile(
        lower: 0x5A5A, exact: 0x5A5A, shape: 0x5A5A, prefix3: 0, suffix2: 0, suffix3: 0, flags: [], gazetteer: 0,
        partOfSpeech: 0x5A5A)
}

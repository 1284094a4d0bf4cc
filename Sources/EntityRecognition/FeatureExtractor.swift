import SequenceLabeling

/// Turns token profiles into the hashed features the perceptron scores: the token's own forms,
/// shape, affixes, flags and gazetteer phrase, and those of its neighbours within the sentence.
///
/// Changing a template changes what models mean: bump ``version`` (stored in model files).
enum FeatureExtractor {
    static let version: UInt32 = 2

    /// Appends the features of token `index` of `sentence` to `features` (which it clears first).
    static func features(
        _ profiles: [TokenProfile], sentence: Range<Int>, at index: Int, into features: inout [UInt64]
    ) {
        features.removeAll(keepingCapacity: true)
        @inline(__always) func at(_ offset: Int) -> TokenProfile {
            let position = index + offset
            return sentence.contains(position) ? profiles[position] : .padding
        }
        let current = profiles[index]
        let previous = at(-1)
        let next = at(1)
        let before = at(-2)
        let after = at(2)
        typealias H = FeatureHashing
        features.append(H.feature(1, 0))
        features.append(H.feature(2, current.lower))
        if current.flags.contains(.capitalized) { features.append(H.feature(3, current.exact)) }
        features.append(H.feature(4, current.shape))
        features.append(H.feature(5, current.prefix3))
        features.append(H.feature(6, current.suffix3))
        features.append(H.feature(7, current.suffix2))
        features.append(H.feature(8, previous.lower))
        features.append(H.feature(9, next.lower))
        features.append(H.feature(10, before.lower))
        features.append(H.feature(11, after.lower))
        features.append(H.feature(12, previous.shape))
        features.append(H.feature(13, next.shape))
        features.append(H.feature(14, previous.lower, current.lower))
        features.append(H.feature(15, current.lower, next.lower))
        features.append(H.feature(16, previous.shape, current.shape, next.shape))
        features.append(H.feature(17, current.gazetteer))
        features.append(H.feature(18, previous.gazetteer, current.gazetteer))
        features.append(H.feature(19, current.gazetteer, next.gazetteer))
        appendFlags(20, current.flags, &features)
        appendFlags(21, previous.flags.intersection(neighbourFlags), &features)
        appendFlags(22, next.flags.intersection(neighbourFlags), &features)
        // Capitalisation in context: a capitalised word after a capitalised word, at a sentence start, ...
        features.append(
            H.feature(
                23, UInt64(previous.flags.intersection(contextFlags).rawValue),
                UInt64(current.flags.intersection(contextFlags).rawValue),
                UInt64(next.flags.intersection(contextFlags).rawValue)))
        if current.flags.contains(.capitalized) && previous.flags.contains(.titleWord) {
            features.append(H.feature(24, previous.lower))
        }
        // How the token is capitalised, where, and what the document says about that form, as one value.
        let casing = UInt64(current.flags.intersection(casingFlags).rawValue)
        features.append(H.feature(25, casing))
        features.append(H.feature(26, casing, current.shape))
        features.append(H.feature(27, casing, UInt64(previous.flags.intersection(casingFlags).rawValue)))
        // Parts of speech: the gold data calls a name what has a proper-noun head.
        features.append(H.feature(28, current.partOfSpeech))
        features.append(H.feature(29, previous.partOfSpeech, current.partOfSpeech))
        features.append(H.feature(30, current.partOfSpeech, next.partOfSpeech))
        features.append(H.feature(31, current.partOfSpeech, casing))
        features.append(H.feature(32, previous.partOfSpeech, current.partOfSpeech, next.partOfSpeech))
    }

    private static let casingFlags: TokenProfile.Flags = [
        .capitalized, .allCapitals, .sentenceStart, .inHeadline, .lowercaseElsewhere, .capitalizedElsewhere,
        .englishWord,
    ]

    /// Flags worth seeing on the neighbours.
    private static let neighbourFlags: TokenProfile.Flags = [
        .capitalized, .allCapitals, .titleWord, .demonym, .givenName, .surname, .organizationSuffix, .possessive,
        .hyphen, .particle, .punctuation, .englishWord,
    ]
    private static let contextFlags: TokenProfile.Flags = [.capitalized, .sentenceStart, .punctuation, .inHeadline]

    @inline(__always)
    private static func appendFlags(_ template: UInt64, _ flags: TokenProfile.Flags, _ features: inout [UInt64]) {
        var remaining = flags.rawValue
        while remaining != 0 {
            let bit = UInt64(remaining.trailingZeroBitCount)
            features.append(FeatureHashing.feature(template, bit))
            remaining &= remaining - 1
        }
    }
}

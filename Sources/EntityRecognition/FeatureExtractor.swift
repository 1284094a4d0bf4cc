import SequenceLabeling

/// Turns token profiles into the hashed features the perceptron scores: the token's own forms,
/// shape, affixes, flags and gazetteer phrase, and those of its neighbours within the sentence.
///
/// Changing a template changes what models mean: bump ``version`` (stored in model files).
enum FeatureExtractor {
    static let version: UInt32 = 5

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
        // Word representations from a large text collection (``WordFeatures``): Brown clusters and
        // their coarser prefixes, for the token and its neighbours; capitalization odds; rarity.
        features.append(H.feature(33, current.cluster))
        features.append(H.feature(34, clusterPrefix(current.cluster, 4)))
        features.append(H.feature(35, clusterPrefix(current.cluster, 6)))
        features.append(H.feature(36, clusterPrefix(current.cluster, 10)))
        features.append(H.feature(37, previous.cluster))
        features.append(H.feature(38, next.cluster))
        features.append(H.feature(39, current.caseBucket, casing))
        features.append(H.feature(40, current.frequency, casing))
        features.append(H.feature(41, previous.caseBucket, current.caseBucket, next.caseBucket))
        // The run of capitalized words around the token: its head word (`Commission` for every word of
        // `Kenya Human Rights Commission`), first word, the kind words before and after it.
        let run = current.run
        features.append(H.feature(42, run.head, run.position))
        features.append(H.feature(43, run.head))
        features.append(H.feature(44, run.before, run.position))
        features.append(H.feature(45, run.secondBefore, run.before))
        features.append(H.feature(46, run.after, run.position))
        features.append(H.feature(47, run.first, run.position))
        features.append(H.feature(48, run.length, run.position))
        features.append(H.feature(49, UInt64(run.headFlags.rawValue), run.position))
        features.append(H.feature(50, run.headCluster))
        features.append(H.feature(51, run.kindWord, run.position))
        features.append(H.feature(52, UInt64(run.kindWordFlags.rawValue), run.length))
    }

    /// Appends the second pass's features of token `index`: what the first pass found for it and for the
    /// rest of the article (``DocumentEvidence``), after its first-pass features (`features` is not cleared).
    static func documentFeatures(
        _ evidence: DocumentEvidence, _ profiles: [TokenProfile], sentence: Range<Int>, at index: Int,
        into features: inout [UInt64]
    ) {
        typealias H = FeatureHashing
        let current = evidence.tokens[index]
        let previousTag = sentence.contains(index - 1) ? evidence.tokens[index - 1].tag : 99
        let nextTag = sentence.contains(index + 1) ? evidence.tokens[index + 1].tag : 99
        let casing = UInt64(profiles[index].flags.intersection(casingFlags).rawValue)
        features.append(H.feature(60, current.tag))
        features.append(H.feature(61, previousTag, current.tag, nextTag))
        features.append(H.feature(62, current.formVote))
        features.append(H.feature(63, current.formVote, casing))
        features.append(H.feature(64, current.nameVote))
        features.append(H.feature(65, current.longerName))
        features.append(H.feature(66, current.acronym))
        features.append(H.feature(67, current.formVote, current.tag))
    }

    /// The first `length` bits of a cluster path (with its length, since paths are stored as integers).
    @inline(__always)
    private static func clusterPrefix(_ cluster: UInt64, _ length: Int) -> UInt64 {
        let path = cluster & 0xFFFF_FFFF
        let bits = 64 - path.leadingZeroBitCount
        return (path >> UInt64(max(0, bits - length))) | UInt64(min(bits, length)) << 40 | (cluster >> 32) << 48
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

import SequenceLabeling

/// What the part-of-speech tagger knows of one word before looking at its neighbours.
struct WordProfile {
    var lower: UInt64
    var shape: UInt64
    var prefixes: (UInt64, UInt64, UInt64)
    var suffixes: (UInt64, UInt64, UInt64, UInt64)
    /// Bits: 0 capitalised, 1 all capitals, 2 has a digit, 3 has a hyphen, 4 has a period, 5 no letter.
    var flags: UInt64

    static let padding = WordProfile(
        lower: 0x5A5A, shape: 0x5A5A, prefixes: (0, 0, 0), suffixes: (0, 0, 0, 0), flags: 1 << 6)

    init(
        lower: UInt64, shape: UInt64, prefixes: (UInt64, UInt64, UInt64), suffixes: (UInt64, UInt64, UInt64, UInt64),
        flags: UInt64
    ) {
        self.lower = lower
        self.shape = shape
        self.prefixes = prefixes
        self.suffixes = suffixes
        self.flags = flags
    }

    /// The profile of a word given as its UTF-8 bytes.
    init(_ bytes: some Sequence<UInt8>) {
        var lowered: [UInt8] = []
        self.init(bytes, lowered: &lowered)
    }

    /// The profile of a word given as its UTF-8 bytes; `lowered` receives its bytes with ASCII capitals lowered.
    init(_ bytes: some Sequence<UInt8>, lowered loweredBytes: inout [UInt8]) {
        loweredBytes.removeAll(keepingCapacity: true)
        var lower = FeatureHashing.offset
        var shape = FeatureHashing.offset
        var lastShape: UInt8 = 0
        var flags: UInt64 = 0
        var letters = 0
        var capitals = 0
        for (offset, byte) in bytes.enumerated() {
            var shapeByte: UInt8
            var lowered = byte
            switch byte {
            case 0x41...0x5A:
                lowered = byte | 0x20
                shapeByte = UInt8(ascii: "X")
                letters += 1
                capitals += 1
                if offset == 0 { flags |= 1 }
            case 0x61...0x7A:
                shapeByte = UInt8(ascii: "x")
                letters += 1
            case 0x30...0x39:
                shapeByte = UInt8(ascii: "d")
                flags |= 1 << 2
            case UInt8(ascii: "-"):
                shapeByte = byte
                flags |= 1 << 3
            case UInt8(ascii: "."):
                shapeByte = byte
                flags |= 1 << 4
            case 0x80...0xBF:
                shapeByte = 0  // continuation byte
            case 0xC0...:
                shapeByte = UInt8(ascii: "x")
                letters += 1
            default:
                shapeByte = byte
            }
            lower = FeatureHashing.byte(lower, lowered)
            loweredBytes.append(lowered)
            if shapeByte != 0 && shapeByte != lastShape {
                shape = FeatureHashing.byte(shape, shapeByte)
                lastShape = shapeByte
            }
        }
        if capitals == letters && letters > 1 { flags |= 1 << 1 }
        if letters == 0 { flags |= 1 << 5 }
        func affix(_ slice: ArraySlice<UInt8>, _ tag: UInt64) -> UInt64 {
            slice.reduce(FeatureHashing.offset &+ tag) { FeatureHashing.byte($0, $1) }
        }
        let count = loweredBytes.count
        self.init(
            lower: lower, shape: shape,
            prefixes: (
                affix(loweredBytes.prefix(1), 1), affix(loweredBytes.prefix(2), 2), affix(loweredBytes.prefix(3), 3)
            ),
            suffixes: (
                affix(loweredBytes.suffix(1), 11), affix(loweredBytes.suffix(2), 12), affix(loweredBytes.suffix(3), 13),
                affix(loweredBytes.suffix(min(4, count)), 14)
            ), flags: flags)
    }
}

/// What the intrinsic features of a word are computed from: equal keys give equal features.
struct IntrinsicKey: Equatable {
    var lower: UInt64
    var shape: UInt64
    var prefixes: (UInt64, UInt64, UInt64)
    var suffixes: (UInt64, UInt64, UInt64, UInt64)
    /// The profile's flags, and bit 63 when the word starts its sentence.
    var flags: UInt64

    init(_ word: WordProfile, first: Bool) {
        lower = word.lower
        shape = word.shape
        prefixes = word.prefixes
        suffixes = word.suffixes
        flags = word.flags | (first ? 1 << 63 : 0)
    }

    static func == (left: IntrinsicKey, right: IntrinsicKey) -> Bool {
        left.lower == right.lower && left.shape == right.shape && left.flags == right.flags
            && left.prefixes == right.prefixes && left.suffixes == right.suffixes
    }

    var hash: UInt64 { FeatureHashing.mix(lower ^ flags, shape ^ suffixes.1) }
}

/// The scores the intrinsic features of each distinct word give, filled as an article is tagged: a
/// repeated word's scores are copied instead of looked up again. The sums are the model's own, in the
/// same order, so tags are exactly those of an uncached tagger.
struct IntrinsicScoreCache {
    private var keys: [IntrinsicKey] = []
    /// Open addressing over ``keys``: index + 1, 0 when empty.
    private var table = [Int32](repeating: 0, count: 1024)
    private var scores: [Float] = []
    private var buffer: [UInt64] = []
    let tagCount: Int

    init(tagCount: Int) {
        self.tagCount = tagCount
        buffer.reserveCapacity(16)
    }

    /// Writes the intrinsic scores of `word` to `into` (``tagCount`` values).
    mutating func scores(
        of word: WordProfile, first: Bool, model: LinearModel, into destination: UnsafeMutablePointer<Float>
    ) {
        let key = IntrinsicKey(word, first: first)
        var mask = table.count - 1
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        while table[slot] != 0 {
            let index = Int(table[slot]) - 1
            if keys[index] == key {
                scores.withUnsafeBufferPointer {
                    destination.update(from: $0.baseAddress! + index * tagCount, count: tagCount)
                }
                return
            }
            slot = (slot + 1) & mask
        }
        destination.update(repeating: 0, count: tagCount)
        buffer.removeAll(keepingCapacity: true)
        WordFeatures.intrinsicFeatures(of: word, first: first, into: &buffer)
        model.addScores(of: buffer, to: destination)
        keys.append(key)
        scores.append(contentsOf: UnsafeBufferPointer(start: destination, count: tagCount))
        if keys.count * 2 > table.count {
            table = [Int32](repeating: 0, count: table.count * 2)
            mask = table.count - 1
            for (index, key) in keys.enumerated() {
                var slot = Int(truncatingIfNeeded: key.hash) & mask
                while table[slot] != 0 { slot = (slot + 1) & mask }
                table[slot] = Int32(index + 1)
            }
        } else {
            table[slot] = Int32(keys.count)
        }
    }
}

/// The static features of a word in its sentence (the tags chosen before it are added by greedy tagging).
enum WordFeatures {
    static let version: UInt32 = 4

    /// - Parameters:
    ///   - glued: for each word, whether it touches the previous one (no space between).
    ///   - classes: for each word, the hash of its ambiguity class (0 when unknown).
    ///   - wordClasses: for each word, its lexicon classes and ending (see ``EnglishLexicon/classes(of:)``).
    static func features(
        _ profiles: [WordProfile], glued: [Bool], classes: [UInt64], wordClasses: [UInt64], at index: Int,
        into features: inout [UInt64]
    ) {
        features.removeAll(keepingCapacity: true)
        intrinsicFeatures(of: profiles[index], first: index == 0, into: &features)
        contextFeatures(profiles, glued: glued, classes: classes, wordClasses: wordClasses, at: index, into: &features)
    }

    /// The first features, which depend only on the word itself and on whether it starts the sentence
    /// (the word's ``IntrinsicKey``): a tagger may add their weights once per distinct word.
    @inline(__always)
    static func intrinsicFeatures(of word: WordProfile, first: Bool, into features: inout [UInt64]) {
        typealias H = FeatureHashing
        features.append(H.feature(1, 0))
        features.append(H.feature(2, word.lower))
        features.append(H.feature(3, word.shape))
        features.append(H.feature(4, word.prefixes.0))
        features.append(H.feature(5, word.prefixes.1))
        features.append(H.feature(6, word.prefixes.2))
        features.append(H.feature(7, word.suffixes.0))
        features.append(H.feature(8, word.suffixes.1))
        features.append(H.feature(9, word.suffixes.2))
        features.append(H.feature(10, word.suffixes.3))
        features.append(H.feature(11, word.flags, first ? 1 : 0))
    }

    /// The features after the intrinsic ones: neighbours, spacing and lexicons.
    @inline(__always)
    static func contextFeatures(
        _ profiles: [WordProfile], glued: [Bool], classes: [UInt64], wordClasses: [UInt64], at index: Int,
        into features: inout [UInt64]
    ) {
        @inline(__always) func at(_ offset: Int) -> WordProfile {
            let position = index + offset
            return profiles.indices.contains(position) ? profiles[position] : .padding
        }
        typealias H = FeatureHashing
        let word = profiles[index]
        let previous = at(-1)
        let next = at(1)
        features.append(H.feature(12, previous.lower))
        features.append(H.feature(13, at(-2).lower))
        features.append(H.feature(14, next.lower))
        features.append(H.feature(15, at(2).lower))
        features.append(H.feature(16, previous.suffixes.2))
        features.append(H.feature(17, next.suffixes.2))
        features.append(H.feature(18, next.shape))
        features.append(H.feature(19, word.lower, next.lower))
        features.append(H.feature(20, previous.lower, word.lower))
        // Spacing tells opening from closing quotation marks and hyphens from dashes.
        let gluedBefore: UInt64 = index > 0 && glued[index] ? 1 : 0
        let gluedAfter: UInt64 = index + 1 < glued.count && glued[index + 1] ? 1 : 0
        features.append(H.feature(21, word.lower, gluedBefore << 1 | gluedAfter))
        features.append(H.feature(22, next.suffixes.1))
        features.append(H.feature(23, word.suffixes.2, next.lower))
        // What the lexicon says of the word and its right neighbours, which greedy tagging has not tagged yet.
        let nextClass = index + 1 < classes.count ? classes[index + 1] : 1
        features.append(H.feature(24, classes[index]))
        features.append(H.feature(25, classes[index], nextClass))
        features.append(H.feature(26, nextClass))
        features.append(H.feature(27, index + 2 < classes.count ? classes[index + 2] : 1))
        features.append(H.feature(28, word.lower, nextClass))
        // What the English lexicon says, for words the training data did not have.
        let nextWordClass = index + 1 < wordClasses.count ? wordClasses[index + 1] : 0xFFFF
        features.append(H.feature(29, wordClasses[index]))
        features.append(H.feature(30, wordClasses[index], word.suffixes.1))
        features.append(H.feature(31, wordClasses[index], nextWordClass))
        features.append(H.feature(32, index > 0 ? wordClasses[index - 1] : 0xFFFF, wordClasses[index]))
    }
}

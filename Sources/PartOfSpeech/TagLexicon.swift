import SequenceLabeling

/// The tags each frequent word was seen with in training ("ambiguity classes"): `to` → `IN|TO`.
/// A word's class, and its neighbours', are features of the tagger.
public struct TagLexicon: Sendable {
    /// Lower-case form → its tags, sorted and joined with `|`.
    public private(set) var classes: [String: String]
    private var hashes: KeyTable<UInt64>

    public init(classes: [String: String]) {
        self.classes = classes
        var hashes = KeyTable<UInt64>(minimumCapacity: classes.count)
        for (form, tags) in classes {
            hashes.set(
                WordProfile(form.utf8).lower, tags.utf8.reduce(FeatureHashing.offset) { FeatureHashing.byte($0, $1) })
        }
        self.hashes = hashes
    }

    /// The class of words seen in training at least `minimumCount` times.
    public static func learn(_ words: [(form: String, xpos: String)], minimumCount: Int = 2) -> TagLexicon {
        var counts: [String: [String: Int]] = [:]
        for word in words { counts[word.form.lowercased(), default: [:]][word.xpos, default: 0] += 1 }
        var classes: [String: String] = [:]
        for (form, tags) in counts where tags.values.reduce(0, +) >= minimumCount {
            classes[form] = tags.keys.sorted().joined(separator: "|")
        }
        return TagLexicon(classes: classes)
    }

    /// The class hash of a word's lower-case form hash (0 for an unknown word).
    @inline(__always)
    func classHash(_ lower: UInt64) -> UInt64 { hashes[lower] ?? 0 }
}

import SequenceLabeling

/// The tags each frequent word was seen with in training ("ambiguity classes"): `to` → `IN|TO`.
/// A word's class, and its neighbours', are features of the tagger. Part of the ``Morphology`` file.
public struct TagLexicon: Sendable {
    /// The hash of a lower-case form (``WordProfile/lower``) → the index of its class's hash (the
    /// FNV-1a hash of its tags, sorted and joined with `|`) in `classHashes`.
    private let forms: FrozenKeyTable
    private let file: SectionFile
    private let classHashes: Range<Int>

    /// The lexicon in `file`, nil when it lacks it.
    init?(_ file: SectionFile) {
        guard let forms = file.keyTable("tag classes"), let classHashes = file.section("tag class hashes") else {
            return nil
        }
        self.forms = forms
        self.file = file
        self.classHashes = classHashes
    }

    /// Adds the sections of a lexicon of `classes` (lower-case form → its tags joined with `|`).
    static func add(_ classes: [String: String], to builder: inout SectionFileBuilder) {
        var forms: [UInt64: UInt32] = [:]
        var hashes: [UInt8] = []
        var indices: [UInt64: UInt32] = [:]
        for (form, tags) in classes.sorted(by: { $0.key < $1.key }) {
            let hash = tags.utf8.reduce(FeatureHashing.offset) { FeatureHashing.byte($0, $1) }
            if indices[hash] == nil {
                indices[hash] = UInt32(hashes.count / 8)
                hashes.appendLittleEndian(hash)
            }
            forms[WordProfile(form.utf8).lower] = indices[hash]
        }
        builder.addKeyTable("tag classes", forms)
        builder.add("tag class hashes", hashes)
    }

    /// The class of each word seen in training at least `minimumCount` times: lower-case form → its tags,
    /// sorted and joined with `|`.
    static func learnClasses(_ words: [(form: String, xpos: String)], minimumCount: Int = 2) -> [String: String] {
        var counts: [String: [String: Int]] = [:]
        for word in words { counts[word.form.lowercased(), default: [:]][word.xpos, default: 0] += 1 }
        var classes: [String: String] = [:]
        for (form, tags) in counts where tags.values.reduce(0, +) >= minimumCount {
            classes[form] = tags.keys.sorted().joined(separator: "|")
        }
        return classes
    }

    /// The class hash of a word's lower-case form hash (0 for an unknown word).
    @inline(__always)
    func classHash(_ lower: UInt64) -> UInt64 {
        guard let index = forms[lower] else { return 0 }
        return file.image.integer(at: classHashes.lowerBound + 8 * Int(index), as: UInt64.self) ?? 0
    }
}

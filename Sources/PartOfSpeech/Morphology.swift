import Foundation
import SequenceLabeling

/// Lemmas and morphological features of English words, learned from a treebank.
///
/// Lemmas: a word seen in training with its XPOS gets the lemma it had most often (the exception
/// list); any other word gets the most frequent rewrite of its longest known ending for its XPOS
/// (`-ies` → `-y` for NNS, `-ied` → `-y` for VBD, …), or stays as it is. Proper nouns keep their
/// capitals; other lemmas are lower case. Features (`Number=Sing`, `Tense=Past|VerbForm=Fin`) are
/// the most frequent for the word and tags, else for the tags alone. The tables also hold the
/// ``TagLexicon`` the tagger reads.
public struct Morphology: Sendable {
    /// The compiled tables (see ``compile(exceptions:rules:wordFeatures:tagFeatures:tagClasses:)``).
    private let file: SectionFile
    /// The tables, keyed by the FNV-1a hash of their tab-joined keys, for look-ups without building strings:
    /// `form\txpos` (lower-case form) → lemma; `xpos\tending` → a rule record (characters to strip, text to
    /// add); `form\txpos\tupos` → features; `xpos\tupos` → features. String values are offsets in the pool.
    private let exceptions: FrozenKeyTable
    private let rules: FrozenKeyTable
    private let wordFeatures: FrozenKeyTable
    private let tagFeatures: FrozenKeyTable
    private let strings: Range<Int>
    private let ruleRecords: Range<Int>
    /// The longest ending a rule has.
    let longestEnding: Int
    /// The tags frequent words were seen with, for the tagger.
    public let lexicon: TagLexicon

    private static let magic = Array("TEIAMO01".utf8)

    private init?(_ file: SectionFile) {
        guard let exceptions = file.keyTable("exceptions"), let rules = file.keyTable("rules"),
            let wordFeatures = file.keyTable("word features"), let tagFeatures = file.keyTable("tag features"),
            let strings = file.section("strings"), let ruleRecords = file.section("rule records"),
            let longestEnding = file.section("longest ending").flatMap({
                file.image.integer(at: $0.lowerBound, as: UInt32.self)
            }),
            let lexicon = TagLexicon(file)
        else { return nil }
        self.file = file
        self.exceptions = exceptions
        self.rules = rules
        self.wordFeatures = wordFeatures
        self.tagFeatures = tagFeatures
        self.strings = strings
        self.ruleRecords = ruleRecords
        self.longestEnding = Int(longestEnding)
        self.lexicon = lexicon
    }

    /// Maps tables written from ``serialized()``.
    public init(contentsOf url: URL) throws(ModelFileError) {
        guard let image = ReadOnlyBytes(mappingFileAt: url.path) else { throw .unreadable(url.path) }
        guard let file = SectionFile(image: image, magic: Self.magic) else { throw .notAModel(url.path) }
        guard let morphology = Morphology(file) else { throw .corrupt(url.path) }
        self = morphology
    }

    /// Tables from their entries (see ``learn(_:)``).
    init(
        exceptions: [String: String], rules: [String: (strip: Int, add: String)], wordFeatures: [String: String],
        tagFeatures: [String: String], tagClasses: [String: String]
    ) {
        let bytes = Self.compile(
            exceptions: exceptions, rules: rules, wordFeatures: wordFeatures, tagFeatures: tagFeatures,
            tagClasses: tagClasses)
        let image = ReadOnlyBytes(count: bytes.count) { $0.copyMemory(from: bytes, byteCount: bytes.count) }
        // The file was just compiled from valid parts.
        self = Morphology(SectionFile(image: image, magic: Self.magic)!)!
    }

    /// The tables' file: the magic `TEIAMO01` and the sections of a ``SectionFile``.
    public func serialized() -> [UInt8] { file.image.bytes(0..<file.image.count)! }

    /// The file of the tables with these entries (keys are tab-joined, forms lower case).
    static func compile(
        exceptions: [String: String], rules: [String: (strip: Int, add: String)], wordFeatures: [String: String],
        tagFeatures: [String: String], tagClasses: [String: String]
    ) -> [UInt8] {
        var strings = StringPool()
        var builder = SectionFileBuilder()
        func table(_ entries: [String: String]) -> [UInt64: UInt32] {
            var table: [UInt64: UInt32] = [:]
            for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
                table[Key.of(key.utf8)] = strings.offset(of: value)
            }
            return table
        }
        builder.addKeyTable("exceptions", table(exceptions))
        builder.addKeyTable("word features", table(wordFeatures))
        builder.addKeyTable("tag features", table(tagFeatures))
        var ruleTable: [UInt64: UInt32] = [:]
        var ruleRecords: [UInt8] = []
        for (key, rule) in rules.sorted(by: { $0.key < $1.key }) {
            ruleTable[Key.of(key.utf8)] = UInt32(ruleRecords.count / 8)
            ruleRecords.appendLittleEndian(UInt32(rule.strip))
            ruleRecords.appendLittleEndian(strings.offset(of: rule.add))
        }
        builder.addKeyTable("rules", ruleTable)
        builder.add("rule records", ruleRecords)
        var longestEnding: [UInt8] = []
        longestEnding.appendLittleEndian(UInt32(rules.keys.map(Self.endingLength).max() ?? 0))
        builder.add("longest ending", longestEnding)
        TagLexicon.add(tagClasses, to: &builder)
        builder.add("strings", strings.bytes)
        return builder.serialized(magic: magic)
    }

    private func string(_ offset: UInt32) -> String? { file.string(inPool: strings, at: offset) }

    private func rule(_ key: UInt64) -> (strip: Int, add: String)? {
        guard let index = rules[key] else { return nil }
        let record = ruleRecords.lowerBound + 8 * Int(index)
        guard record + 8 <= ruleRecords.upperBound, let strip = file.image.integer(at: record, as: UInt32.self),
            let add = file.image.integer(at: record + 4, as: UInt32.self).flatMap(string)
        else { return nil }
        return (Int(strip), add)
    }

    /// The length in characters of a rule key's ending (its last non-empty tab-separated field).
    private static func endingLength(_ key: String) -> Int {
        if let tab = key.utf8.lastIndex(of: 0x09), key.utf8.index(after: tab) != key.utf8.endIndex {
            return key[key.utf8.index(after: tab)...].count
        }
        return key.split(separator: "\t").last?.count ?? 0
    }

    /// Keys of tab-joined fields, computed field by field.
    private enum Key {
        @inline(__always)
        static func of(_ bytes: some Sequence<UInt8>) -> UInt64 { extend(FeatureHashing.offset, bytes) }

        @inline(__always)
        static func extend(_ hash: UInt64, _ bytes: some Sequence<UInt8>) -> UInt64 {
            var hash = hash
            for byte in bytes { hash = FeatureHashing.byte(hash, byte) }
            return hash
        }

        /// `hash` followed by a tab and `bytes`.
        @inline(__always)
        static func field(_ hash: UInt64, _ bytes: some Sequence<UInt8>) -> UInt64 {
            extend(FeatureHashing.byte(hash, 0x09), bytes)
        }
    }

    /// What the look-ups need of one XPOS/UPOS pair, computed once per tag of a tagger.
    public struct TagKeys: Sendable {
        let xpos: [UInt8]
        let upos: [UInt8]
        let keepsCase: Bool
        /// The key of `xpos\t`, which rule keys extend with an ending.
        let rulePrefix: UInt64
        /// The features of the pair when the word has none of its own.
        let tagFeatures: String

        fileprivate init(xpos: String, upos: String, morphology: Morphology) {
            self.xpos = Array(xpos.utf8)
            self.upos = Array(upos.utf8)
            keepsCase = xpos == "NNP" || xpos == "NNPS"
            rulePrefix = FeatureHashing.byte(Key.of(xpos.utf8), 0x09)
            tagFeatures =
                morphology.tagFeatures[Key.field(Key.of(xpos.utf8), upos.utf8)].flatMap(morphology.string) ?? "_"
        }
    }

    /// The look-up keys of an XPOS/UPOS pair.
    public func tagKeys(xpos: String, upos: String) -> TagKeys { TagKeys(xpos: xpos, upos: upos, morphology: self) }

    /// The lemma of `form` tagged `xpos`.
    public func lemma(of form: Substring, xpos: String) -> String {
        var lowered: [UInt8] = []
        Self.lowercasedBytes(form, into: &lowered)
        return lemma(of: form, lowered: lowered, tag: tagKeys(xpos: xpos, upos: ""))
    }

    /// The lemma of `form` with its lower-case bytes (``lowercasedBytes(_:into:)``) and tag.
    public func lemma(of form: Substring, lowered: [UInt8], tag: TagKeys) -> String {
        if let known = exceptions[Key.field(Key.of(lowered), tag.xpos)].flatMap(string) {
            return tag.keepsCase && known.lowercased().utf8.elementsEqual(lowered) ? String(form) : known
        }
        // Proper nouns are their own lemma unless the exception list says otherwise.
        if tag.keepsCase { return String(form) }
        let word = form == "I" ? Array(form.utf8) : lowered
        // Rule endings count characters; the byte path serves ASCII words, which are nearly all.
        guard word.allSatisfy({ $0 < 0x80 }) else {
            return stringLemma(String(decoding: word, as: UTF8.self), String(decoding: tag.xpos, as: UTF8.self))
        }
        var length = min(longestEnding, word.count)
        while length >= 1 {
            if let rule = rule(Key.extend(tag.rulePrefix, word[(word.count - length)...])),
                rule.strip <= word.count
            {
                return String(decoding: word[..<(word.count - rule.strip)], as: UTF8.self) + rule.add
            }
            length -= 1
        }
        return String(decoding: word, as: UTF8.self)
    }

    private func stringLemma(_ word: String, _ xpos: String) -> String {
        var length = min(longestEnding, word.count)
        while length >= 1 {
            if let rule = rule(Key.of((xpos + "\t" + word.suffix(length).lowercased()).utf8)), rule.strip <= word.count
            {
                return String(word.dropLast(rule.strip)) + rule.add
            }
            length -= 1
        }
        return word
    }

    /// The UD features of `form` tagged `xpos`/`upos` (`_` when none).
    public func features(of form: Substring, xpos: String, upos: String) -> String {
        var lowered: [UInt8] = []
        Self.lowercasedBytes(form, into: &lowered)
        return features(lowered: lowered, tag: tagKeys(xpos: xpos, upos: upos))
    }

    /// The same, from the word's lower-case bytes and its tag's keys.
    public func features(lowered: [UInt8], tag: TagKeys) -> String {
        wordFeatures[Key.field(Key.field(Key.of(lowered), tag.xpos), tag.upos)].flatMap(string) ?? tag.tagFeatures
    }

    /// The form's lower-case UTF-8 bytes (ASCII lowered byte by byte, anything else through String).
    public static func lowercasedBytes(_ form: Substring, into lowered: inout [UInt8]) {
        lowered.removeAll(keepingCapacity: true)
        for byte in form.utf8 {
            if byte >= 0x80 {
                lowered.removeAll(keepingCapacity: true)
                lowered.append(contentsOf: form.lowercased().utf8)
                return
            }
            lowered.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
    }
}

// MARK: - Learning and files

extension Morphology {
    /// Learns the tables from treebank words (form, lemma, XPOS, UPOS, features).
    public static func learn(
        _ words: [(form: String, lemma: String, xpos: String, upos: String, features: String)]
    ) -> Morphology {
        var lemmaCounts: [String: [String: Int]] = [:]
        var ruleCounts: [String: [String: Int]] = [:]
        var featureCounts: [String: [String: Int]] = [:]
        var tagFeatureCounts: [String: [String: Int]] = [:]
        for word in words {
            let lowered = word.form.lowercased()
            lemmaCounts[lowered + "\t" + word.xpos, default: [:]][word.lemma, default: 0] += 1
            featureCounts[lowered + "\t" + word.xpos + "\t" + word.upos, default: [:]][word.features, default: 0] += 1
            tagFeatureCounts[word.xpos + "\t" + word.upos, default: [:]][word.features, default: 0] += 1
            // The rewrite from the form to its lemma, keyed by the form's endings.
            let lemma = word.lemma.lowercased()
            let common = zip(lowered, lemma).prefix { $0 == $1 }.count
            let strip = lowered.count - common
            let add = String(lemma.dropFirst(common))
            guard strip <= 4, word.xpos != "NNP", word.xpos != "NNPS" else { continue }
            for length in max(1, strip)...min(lowered.count, strip + 3) {
                let key = word.xpos + "\t" + String(lowered.suffix(length))
                ruleCounts[key, default: [:]]["\(strip)\t\(add)", default: 0] += 1
            }
        }
        func best(_ counts: [String: Int]) -> String {
            counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
        }
        // An ending's rule is kept when most words with that ending (and at least two) follow it.
        var rules: [String: (Int, String)] = [:]
        for (key, counts) in ruleCounts {
            let choice = best(counts)
            let support = counts[choice]!
            let total = counts.values.reduce(0, +)
            guard support >= 2, support * 10 >= total * 6 else { continue }
            let parts = choice.split(separator: "\t", omittingEmptySubsequences: false)
            rules[key] = (Int(parts[0])!, String(parts[1]))
        }
        let tagFeatures = tagFeatureCounts.mapValues(best)
        let tagClasses = TagLexicon.learnClasses(words.map { ($0.form, $0.xpos) })
        let rulesOnly = Morphology(
            exceptions: [:], rules: rules, wordFeatures: [:], tagFeatures: tagFeatures, tagClasses: [:])
        // Keep only the lemmas and features the rules and tag defaults get wrong.
        var exceptions: [String: String] = [:]
        for (key, counts) in lemmaCounts {
            let parts = key.split(separator: "\t")
            let (form, xpos) = (parts[0], String(parts[1]))
            let lemma = best(counts)
            // Proper nouns keep the text's own capitals, so only a different word is an exception.
            if (xpos == "NNP" || xpos == "NNPS") && lemma.lowercased() == form { continue }
            if rulesOnly.lemma(of: form, xpos: xpos) != lemma { exceptions[key] = lemma }
        }
        var wordFeatures: [String: String] = [:]
        for (key, counts) in featureCounts {
            let parts = key.split(separator: "\t")
            let features = best(counts)
            if tagFeatures[parts[1] + "\t" + parts[2]] != features { wordFeatures[key] = features }
        }
        return Morphology(
            exceptions: exceptions, rules: rules, wordFeatures: wordFeatures, tagFeatures: tagFeatures,
            tagClasses: tagClasses)
    }
}

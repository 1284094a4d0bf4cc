import Foundation
import SequenceLabeling

/// English words and the word classes WordNet gives them (see `Resources/Lexicon`, built by
/// `Scripts/build-lexicon.py`): what the taggers know of words they never saw in training.
public struct EnglishLexicon: Sendable {
    /// Word-class bits.
    public struct Classes: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let noun = Classes(rawValue: 1)
        public static let verb = Classes(rawValue: 2)
        public static let adjective = Classes(rawValue: 4)
        public static let adverb = Classes(rawValue: 8)
    }

    /// Keys (FNV-1a of the lower-case form's bytes) of the words, and of the words with classes.
    private let words: FrozenKeyTable
    private let classes: FrozenKeyTable

    /// The key of a lower-case form (its FNV-1a hash).
    static func key(_ bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(FeatureHashing.offset) { FeatureHashing.byte($0, $1) }
    }

    /// The bundled lexicon, loaded once per process.
    public static var bundled: EnglishLexicon {
        get throws(ModelFileError) { try shared.get() }
    }

    private static let shared: Result<EnglishLexicon, ModelFileError> = Result { () throws(ModelFileError) in
        guard let directory = PartOfSpeechResources.directory("Lexicon", containing: compiledFileName) else {
            throw .unreadable("Lexicon/\(compiledFileName)")
        }
        return try EnglishLexicon(directory: directory)
    }

    /// The file the word lists are compiled into (``compile(sourcesIn:)``), beside them.
    public static let compiledFileName = "english-lexicon.bin"
    private static let magic = Array("TEIAEL01".utf8)

    /// Maps the compiled lexicon of `directory`.
    public init(directory: URL) throws(ModelFileError) {
        let path = directory.appendingPathComponent(Self.compiledFileName).path
        guard let image = ReadOnlyBytes(mappingFileAt: path) else { throw .unreadable(path) }
        guard let file = SectionFile(image: image, magic: Self.magic), let words = file.keyTable("words"),
            let classes = file.keyTable("classes")
        else { throw .corrupt(path) }
        self.words = words
        self.classes = classes
    }

    /// Compiles `english-words.tsv` and `word-classes.tsv` of `directory` into the file
    /// ``init(directory:)`` maps.
    public static func compile(sourcesIn directory: URL) throws(ModelFileError) -> [UInt8] {
        var builder = SectionFileBuilder()
        for (file, columns) in [("english-words.tsv", 1), ("word-classes.tsv", 2)] {
            let path = directory.appendingPathComponent(file).path
            guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
            var table: [UInt64: UInt32] = [:]
            let badLine: Int?
            do {
                badLine = try TabSeparatedFile.forEachRow(in: data, columns: columns) { row in
                    if columns == 1 {
                        table[row.key(0)] = 1
                        return
                    }
                    var bits = Classes()
                    for letter in row.string(1).utf8 {
                        switch letter {
                        case UInt8(ascii: "n"): bits.insert(.noun)
                        case UInt8(ascii: "v"): bits.insert(.verb)
                        case UInt8(ascii: "a"): bits.insert(.adjective)
                        case UInt8(ascii: "r"): bits.insert(.adverb)
                        default: throw ModelFileError.corrupt(path)
                        }
                    }
                    table[row.key(0)] = UInt32(bits.rawValue)
                }
            } catch {
                throw .corrupt(path)
            }
            guard badLine == nil else { throw .corrupt(path) }
            builder.addKeyTable(columns == 1 ? "words" : "classes", table)
        }
        return builder.serialized(magic: magic)
    }

    /// Whether a lower-case word is an English word.
    public func contains(_ word: String) -> Bool { contains(key: Self.key(word.utf8)) }

    /// Whether a lower-case word is in the word list proper, which holds no names (WordNet's classes also
    /// cover proper nouns written in lower case: `scientology`, `london`).
    public func isCommonWord(_ word: String) -> Bool { words.contains(Self.key(word.utf8)) }

    /// Whether the lower-case word with this key is an English word.
    public func contains(key: UInt64) -> Bool { words.contains(key) || classes.contains(key) }

    /// Regular endings tried when a word is not in the lexicon, with what replaces them, and a code.
    private static let endings: [(suffix: [UInt8], replacement: [UInt8], code: UInt8)] = [
        ("ies", "y", 3), ("es", "", 2), ("s", "", 1), ("ied", "y", 4), ("ed", "", 4), ("ed", "e", 5), ("d", "", 5),
        ("ing", "", 6), ("ing", "e", 7), ("est", "", 8), ("er", "", 8), ("ier", "y", 8), ("ly", "", 9),
    ].map { (Array($0.0.utf8), Array($0.1.utf8), $0.2) }

    /// A lower-case word's classes, and which regular ending led to them (0: the word itself;
    /// 1 `-s`, 2 `-es`, 3 `-ies`, 4 `-ed`, 5 `-d`, 6 `-ing`, 7 `-ing` for `-e`, 8 `-er`/`-est`, 9 `-ly`;
    /// 15: unknown).
    public func classes(of word: String) -> (classes: Classes, ending: UInt8) {
        classes(ofLowercase: Array(word.utf8))
    }

    /// The same, for the lower-case word's bytes.
    public func classes(ofLowercase word: [UInt8]) -> (classes: Classes, ending: UInt8) {
        word.withUnsafeBufferPointer { word in
            @inline(__always) func key(_ count: Int, then extra: [UInt8] = []) -> UInt64 {
                var hash = FeatureHashing.offset
                for index in 0..<count { hash = FeatureHashing.byte(hash, word[index]) }
                for byte in extra { hash = FeatureHashing.byte(hash, byte) }
                return hash
            }
            func classes(_ key: UInt64) -> Classes? {
                self.classes[key].map { Classes(rawValue: UInt8(truncatingIfNeeded: $0)) }
            }
            if let found = classes(key(word.count)) { return (found, 0) }
            for ending in Self.endings where word.count > ending.suffix.count + 2 {
                let stem = word.count - ending.suffix.count
                guard ending.suffix.indices.allSatisfy({ word[stem + $0] == ending.suffix[$0] }) else { continue }
                if let found = classes(key(stem, then: ending.replacement)) { return (found, ending.code) }
                // Doubled final consonant: stopped, running, bigger.
                if ending.replacement.isEmpty, word[stem - 2] == word[stem - 1], let found = classes(key(stem - 1)) {
                    return (found, ending.code)
                }
            }
            return ([], 15)
        }
    }
}

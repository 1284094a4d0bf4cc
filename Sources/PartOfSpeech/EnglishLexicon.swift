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

    private let words: Set<String>
    private let classes: [String: Classes]

    public init(words: Set<String>, classes: [String: Classes]) {
        self.words = words
        self.classes = classes
    }

    /// The bundled lexicon, loaded once per process.
    public static var bundled: EnglishLexicon {
        get throws(ModelFileError) { try shared.get() }
    }

    private static let shared: Result<EnglishLexicon, ModelFileError> = Result { () throws(ModelFileError) in
        guard let directory = PartOfSpeechResources.directory("Lexicon", containing: "word-classes.tsv") else {
            throw .unreadable("Lexicon/word-classes.tsv")
        }
        return try EnglishLexicon(directory: directory)
    }

    /// Reads `english-words.tsv` and `word-classes.tsv` from `directory`.
    public init(directory: URL) throws(ModelFileError) {
        var words: Set<String> = []
        words.reserveCapacity(70_000)
        var classes: [String: Classes] = [:]
        classes.reserveCapacity(100_000)
        for (file, columns) in [("english-words.tsv", 1), ("word-classes.tsv", 2)] {
            let path = directory.appendingPathComponent(file).path
            guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
            let badLine: Int?
            do {
                badLine = try TabSeparatedFile.forEachRow(in: data, columns: columns) { row in
                    if columns == 1 {
                        words.insert(row.string(0))
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
                    classes[row.string(0)] = bits
                }
            } catch {
                throw .corrupt(path)
            }
            guard badLine == nil else { throw .corrupt(path) }
        }
        self.init(words: words, classes: classes)
    }

    /// Whether a lower-case word is an English word.
    public func contains(_ word: String) -> Bool { words.contains(word) || classes[word] != nil }

    /// A lower-case word's classes, and which regular ending led to them (0: the word itself;
    /// 1 `-s`, 2 `-es`, 3 `-ies`, 4 `-ed`, 5 `-d`, 6 `-ing`, 7 `-ing` for `-e`, 8 `-er`/`-est`, 9 `-ly`;
    /// 15: unknown).
    public func classes(of word: String) -> (classes: Classes, ending: UInt8) {
        if let found = classes[word] { return (found, 0) }
        let endings: [(suffix: String, replacement: String, code: UInt8)] = [
            ("ies", "y", 3), ("es", "", 2), ("s", "", 1), ("ied", "y", 4), ("ed", "", 4), ("ed", "e", 5), ("d", "", 5),
            ("ing", "", 6), ("ing", "e", 7), ("est", "", 8), ("er", "", 8), ("ier", "y", 8), ("ly", "", 9),
        ]
        for ending in endings where word.hasSuffix(ending.suffix) && word.count > ending.suffix.count + 2 {
            var stem = String(word.dropLast(ending.suffix.count))
            if let found = classes[stem + ending.replacement] { return (found, ending.code) }
            // Doubled final consonant: stopped, running, bigger.
            if ending.replacement.isEmpty, let last = stem.last, stem.dropLast().last == last {
                stem.removeLast()
                if let found = classes[stem] { return (found, ending.code) }
            }
        }
        return ([], 15)
    }
}

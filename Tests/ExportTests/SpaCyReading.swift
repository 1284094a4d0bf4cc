import Foundation
import TestSupport

/// How spaCy's `convert` reads CoNLL files (`spacy/training/converters/`, spaCy 3.8), restated so the
/// tests apply its rules without spaCy installed; ``SpaCyConvert`` runs the real one when it is.
enum SpaCyReading {
    /// A name as spaCy finds it: its label and the words it covers.
    struct Entity: Hashable, CustomStringConvertible {
        var label: String
        var words: [String]
        var description: String { "\(label) \(words.joined(separator: " "))" }
    }

    /// A document of `convert -c ner`: its words, their part-of-speech tags, and its names.
    struct Document {
        var words: [String] = []
        var tags: [String] = []
        var entities: [Entity] = []
    }

    /// `conllu_to_docs`: sentences split at blank lines, comment lines dropped, ids with `-` or `.`
    /// skipped; a token's tag is the first MISC part matching `MISC_NER_PATTERN`, else `O`.
    static func conlluEntities(_ text: String) throws -> [Entity] {
        let pattern = try Regex("^((?:name|NE)=)?([BILU])-([A-Z_]+)|O$")
        var entities: [Entity] = []
        for sentence in text.trimmingCharacters(in: .whitespacesAndNewlines).components(separatedBy: "\n\n") {
            var words: [String] = []
            var tags: [String] = []
            for line in sentence.split(separator: "\n") where !line.hasPrefix("#") {
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard columns.count == 10 else { throw ReadingError.columns(String(line)) }
                if columns[0].contains("-") || columns[0].contains(".") { continue }
                var tag = "O"
                for part in columns[9].split(separator: "|") {
                    guard let match = try pattern.prefixMatch(in: String(part)) else { continue }
                    if let prefix = match.output[2].substring, let label = match.output[3].substring {
                        tag = "\(prefix)-\(label)"
                    }
                    break
                }
                words.append(String(columns[1]))
                tags.append(tag)
            }
            entities += Self.entities(words: words, tags: tags)
        }
        return entities
    }

    /// `conll_ner_to_docs`: documents split at the exact line `-DOCSTART- -X- O O`, sentences at blank
    /// lines, columns at white space; the first column is the word, the last the tag, the second the
    /// part of speech when there are more than two.
    static func conllDocuments(_ text: String) throws -> [Document] {
        var documents: [Document] = []
        for chunk in text.trimmingCharacters(in: .whitespacesAndNewlines).components(separatedBy: "-DOCSTART- -X- O O")
        {
            let chunk = chunk.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !chunk.isEmpty else { continue }
            var document = Document()
            for sentence in chunk.components(separatedBy: "\n\n") {
                let lines = sentence.split(separator: "\n").map { $0.split(whereSeparator: \.isWhitespace) }
                    .filter { !$0.isEmpty }
                guard !lines.isEmpty else { continue }
                let width = lines[0].count
                guard width >= 2, lines.allSatisfy({ $0.count == width }) else {
                    throw ReadingError.columns(String(sentence.prefix(80)))
                }
                let words = lines.map { String($0[0]) }
                document.words += words
                document.tags += lines.map { width > 2 ? String($0[1]) : "-" }
                document.entities += entities(words: words, tags: lines.map { String($0[width - 1]) })
            }
            documents.append(document)
        }
        return documents
    }

    /// `iob_to_biluo` then spans: a name starts at any tag other than `O` that does not continue the
    /// name before it (`I-X` or `L-X` right after any tag of type X).
    static func entities(words: [String], tags: [String]) -> [Entity] {
        var entities: [Entity] = []
        var open = false
        for (word, tag) in zip(words, tags) {
            guard tag != "O" else {
                open = false
                continue
            }
            let label = String(tag.dropFirst(2))
            let continues = open && entities.last?.label == label && (tag.hasPrefix("I-") || tag.hasPrefix("L-"))
            if continues {
                entities[entities.count - 1].words.append(word)
            } else {
                entities.append(Entity(label: label, words: [word]))
            }
            open = true
        }
        return entities
    }

    enum ReadingError: Error {
        /// spaCy fails on this line or sentence (`ValueError`, E093).
        case columns(String)
    }
}

/// The real `spacy convert` readers, when `python3` has spaCy.
enum SpaCyConvert {
    static var isAvailable: Bool { Python.hasModules(["spacy"]) }

    /// The documents spaCy's converter `converter` (`conllu` or `ner`, as `-c` names them) makes of
    /// `file`: per document, its names as `LABEL words…`.
    static func documents(of file: URL, converter: String) throws -> [[String]] {
        let script = """
            import sys, json
            from spacy.training.converters import conllu_to_docs, conll_ner_to_docs
            read = conllu_to_docs if sys.argv[2] == "conllu" else conll_ner_to_docs
            docs = read(open(sys.argv[1], encoding="utf-8").read(), n_sents=10, no_print=True)
            print(json.dumps([[e.label_ + " " + " ".join(t.text for t in e) for e in d.ents] for d in docs]))
            """
        let (status, output) = try Python.run(script: script, arguments: [file.path, converter])
        guard status == 0 else { throw SpaCyReading.ReadingError.columns("spaCy failed on \(file.path)") }
        return try JSONDecoder().decode([[String]].self, from: Data(output.utf8))
    }
}

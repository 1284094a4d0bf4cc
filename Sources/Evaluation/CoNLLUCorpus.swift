import Foundation

/// A CoNLL-U file read for training and scoring: documents of sentences of words with their form,
/// lemma, UPOS, XPOS and features, and the text they were written as.
public struct CoNLLUCorpus: Sendable {
    /// One syntactic word (multi-word token ranges and empty nodes are left out).
    public struct Word: Sendable, Hashable {
        public var form: String
        public var lemma: String
        public var upos: String
        public var xpos: String
        public var features: String
        /// False when MISC says `SpaceAfter=No`.
        public var spaceAfter: Bool
    }

    public struct Sentence: Sendable {
        public var words: [Word]
        /// True when a `# newpar` comment opens the sentence's paragraph.
        public var startsParagraph: Bool
    }

    public struct Document: Sendable {
        public var id: String
        public var sentences: [Sentence]

        /// The document's text rebuilt from its words: spaces where MISC allows them, a blank line
        /// between paragraphs, one space between sentences of a paragraph.
        public var text: String {
            var text = ""
            for (index, sentence) in sentences.enumerated() {
                if index > 0 { text += sentence.startsParagraph ? "\n\n" : " " }
                for (position, word) in sentence.words.enumerated() {
                    text += word.form
                    if word.spaceAfter && position + 1 < sentence.words.count { text += " " }
                }
            }
            return text
        }
    }

    public var documents: [Document]

    /// Parses CoNLL-U text; `# newdoc id = …` starts a document (a file without one is one document).
    /// - Throws: ``EvaluationError/malformedGold(file:line:reason:)`` for a word line without 10 columns.
    public init(_ data: Data, name: String) throws(EvaluationError) {
        var documents: [Document] = []
        var words: [Word] = []
        var startsParagraph = false
        func closeSentence() {
            guard !words.isEmpty else { return }
            if documents.isEmpty { documents.append(Document(id: name, sentences: [])) }
            documents[documents.count - 1].sentences.append(Sentence(words: words, startsParagraph: startsParagraph))
            words = []
            startsParagraph = false
        }
        let text = String(decoding: data, as: UTF8.self)
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty {
                closeSentence()
            } else if line.hasPrefix("#") {
                if line.hasPrefix("# newdoc") {
                    closeSentence()
                    let id =
                        line.split(separator: "=", maxSplits: 1).dropFirst().first
                        .map { $0.trimmingCharacters(in: .whitespaces) } ?? "doc\(documents.count + 1)"
                    documents.append(Document(id: id, sentences: []))
                    startsParagraph = true
                } else if line.hasPrefix("# newpar") {
                    startsParagraph = true
                }
            } else {
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard columns.count == 10 else {
                    throw .malformedGold(file: name, line: lineNumber, reason: "a word line needs 10 columns")
                }
                // Multi-word token ranges (1-2) and empty nodes (1.1) are not words of their own.
                if columns[0].contains("-") || columns[0].contains(".") { continue }
                let misc = columns[9].split(separator: "|")
                words.append(
                    Word(
                        form: String(columns[1]), lemma: String(columns[2]), upos: String(columns[3]),
                        xpos: String(columns[4]), features: String(columns[5]),
                        spaceAfter: !misc.contains("SpaceAfter=No")))
            }
        }
        closeSentence()
        self.documents = documents
    }
}

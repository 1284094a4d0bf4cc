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
    /// `form\txpos` (lower case form) → lemma.
    var exceptions: [String: String]
    /// `xpos\tending` → (characters to strip, text to add).
    var rules: [String: (strip: Int, add: String)]
    /// The longest ending a rule has.
    var longestEnding: Int
    /// `form\txpos\tupos` (lower case form) → features, and `xpos\tupos` → features.
    var wordFeatures: [String: String]
    var tagFeatures: [String: String]
    /// The tags frequent words were seen with, for the tagger.
    public var lexicon: TagLexicon

    /// The lemma of `form` tagged `xpos`.
    public func lemma(of form: Substring, xpos: String) -> String {
        let keepsCase = xpos == "NNP" || xpos == "NNPS"
        let lowered = form.lowercased()
        if let known = exceptions[lowered + "\t" + xpos] {
            return keepsCase && known.lowercased() == lowered ? String(form) : known
        }
        // Proper nouns are their own lemma unless the exception list says otherwise.
        if keepsCase { return String(form) }
        let word = form == "I" ? String(form) : lowered
        var length = min(longestEnding, word.count)
        while length >= 1 {
            if let rule = rules[xpos + "\t" + word.suffix(length).lowercased()], rule.strip <= word.count {
                return String(word.dropLast(rule.strip)) + rule.add
            }
            length -= 1
        }
        return word
    }

    /// The UD features of `form` tagged `xpos`/`upos` (`_` when none).
    public func features(of form: Substring, xpos: String, upos: String) -> String {
        wordFeatures[form.lowercased() + "\t" + xpos + "\t" + upos] ?? tagFeatures[xpos + "\t" + upos] ?? "_"
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
        var morphology = Morphology(
            exceptions: [:], rules: rules,
            longestEnding: rules.keys.map { $0.split(separator: "\t")[1].count }.max() ?? 0,
            wordFeatures: [:], tagFeatures: tagFeatureCounts.mapValues(best),
            lexicon: TagLexicon.learn(words.map { ($0.form, $0.xpos) }))
        // Keep only the lemmas and features the rules and tag defaults get wrong.
        for (key, counts) in lemmaCounts {
            let parts = key.split(separator: "\t")
            let (form, xpos) = (parts[0], String(parts[1]))
            let lemma = best(counts)
            // Proper nouns keep the text's own capitals, so only a different word is an exception.
            if (xpos == "NNP" || xpos == "NNPS") && lemma.lowercased() == form { continue }
            if morphology.lemma(of: form, xpos: xpos) != lemma { morphology.exceptions[key] = lemma }
        }
        for (key, counts) in featureCounts {
            let parts = key.split(separator: "\t")
            let features = best(counts)
            if morphology.tagFeatures[parts[1] + "\t" + parts[2]] != features {
                morphology.wordFeatures[key] = features
            }
        }
        return morphology
    }

    /// The tables as TSV: `kind\tkey…\tvalue…` lines, sorted, so the same treebank gives the same file.
    public func serialized() -> String {
        var lines: [String] = ["# tei-annotator morphology tables: kind, key fields, value fields"]
        lines += exceptions.map { "lemma\t\($0.key)\t\($0.value)" }.sorted()
        lines += rules.map { "rule\t\($0.key)\t\($0.value.strip)\t\($0.value.add)" }.sorted()
        lines += wordFeatures.map { "word-features\t\($0.key)\t\($0.value)" }.sorted()
        lines += tagFeatures.map { "tag-features\t\($0.key)\t\($0.value)" }.sorted()
        lines += lexicon.classes.map { "tags\t\($0.key)\t\($0.value)" }.sorted()
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads tables written by ``serialized()``.
    public init(contentsOf url: URL) throws(ModelFileError) {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .unreadable(url.path) }
        var exceptions: [String: String] = [:]
        var rules: [String: (Int, String)] = [:]
        var wordFeatures: [String: String] = [:]
        var tagFeatures: [String: String] = [:]
        var classes: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch (fields.first, fields.count) {
            case ("lemma", 4): exceptions[fields[1] + "\t" + fields[2]] = fields[3]
            case ("rule", 5):
                guard let strip = Int(fields[3]) else { throw .corrupt(url.path) }
                rules[fields[1] + "\t" + fields[2]] = (strip, fields[4])
            case ("word-features", 5): wordFeatures[fields[1] + "\t" + fields[2] + "\t" + fields[3]] = fields[4]
            case ("tag-features", 4): tagFeatures[fields[1] + "\t" + fields[2]] = fields[3]
            case ("tags", 3): classes[fields[1]] = fields[2]
            default: throw .corrupt(url.path)
            }
        }
        self.init(
            exceptions: exceptions, rules: rules,
            longestEnding: rules.keys.map { $0.split(separator: "\t")[1].count }.max() ?? 0,
            wordFeatures: wordFeatures, tagFeatures: tagFeatures, lexicon: TagLexicon(classes: classes))
    }
}

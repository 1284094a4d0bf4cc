import Foundation

/// True positives, false positives and false negatives, with the measures derived from them.
public struct MatchCounts: Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double {
        let (p, r) = (precision, recall)
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
    public var gold: Int { truePositives + falseNegatives }
    public var predicted: Int { truePositives + falsePositives }

    public static func + (lhs: MatchCounts, rhs: MatchCounts) -> MatchCounts {
        MatchCounts(
            truePositives: lhs.truePositives + rhs.truePositives,
            falsePositives: lhs.falsePositives + rhs.falsePositives,
            falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }
}

func ratio(_ numerator: Int, _ denominator: Int) -> Double {
    denominator == 0 ? 0 : Double(numerator) / Double(denominator)
}

/// Scores of predicted annotations against gold ones, summed over documents.
public struct EvaluationReport: Sendable {
    public static let entityTypes = ["PER", "LOC", "ORG"]

    /// Exact span and type, per type.
    public private(set) var exactEntities: [String: MatchCounts] = [:]
    /// Overlapping span and same type, one-to-one, per type.
    public private(set) var overlappingEntities: [String: MatchCounts] = [:]
    /// Exact quotation spans.
    public private(set) var exactQuotes = MatchCounts()
    /// Quotation spans sharing at least half of the longer one, one-to-one.
    public private(set) var overlappingQuotes = MatchCounts()
    /// The same, over the documents whose gold marks any quotation (some gold corpora leave
    /// quotations unmarked in part of their documents).
    public private(set) var overlappingQuotesInMarkedDocuments = MatchCounts()
    public private(set) var exactQuotesInMarkedDocuments = MatchCounts()
    /// Direct quotations alone and reported speech alone (overlap ≥ 50%, each kind matched with its own
    /// kind), over the documents whose gold marks both kinds.
    public private(set) var directQuotes = MatchCounts()
    public private(set) var reportedQuotes = MatchCounts()
    /// Quotations that gold marking both kinds gives no speaker (the text names none) and a predicted
    /// quotation overlaps, and of those the ones given a speaker anyway.
    public private(set) var foundQuotesWithoutSpeaker = 0
    public private(set) var speakersGivenWhereNone = 0
    /// Documents whose gold marks reported speech as well as direct quotations.
    public private(set) var documentsMarkingBothKinds = 0
    /// Whether any document's gold marks both kinds of quotation (so the scores by kind mean something).
    public var marksBothKinds: Bool { documentsMarkingBothKinds > 0 }
    /// Gold quotations with a speaker.
    public private(set) var goldQuotesWithSpeaker = 0
    /// Of those, the ones a predicted quotation overlaps.
    public private(set) var foundQuotesWithSpeaker = 0
    /// Of those, the ones whose predicted speaker is the gold speaker.
    public private(set) var correctSpeakers = 0
    public private(set) var documents = 0

    public init() {}

    public var microExactEntities: MatchCounts {
        Self.entityTypes.reduce(MatchCounts()) { $0 + (exactEntities[$1] ?? .init()) }
    }
    public var microOverlappingEntities: MatchCounts {
        Self.entityTypes.reduce(MatchCounts()) { $0 + (overlappingEntities[$1] ?? .init()) }
    }
    /// Correct speakers among the gold quotations with a speaker that were found.
    public var speakerAccuracy: Double { ratio(correctSpeakers, foundQuotesWithSpeaker) }

    /// Adds one document's comparison.
    public mutating func add(gold: AnnotationSet, predicted: AnnotationSet) {
        documents += 1
        for type in Self.entityTypes {
            let goldSpans = gold.entities.filter { $0.type == type }
            let predictedSpans = predicted.entities.filter { $0.type == type }
            let exact = Set(goldSpans.map { [$0.start, $0.end] }).intersection(
                predictedSpans.map { [$0.start, $0.end] })
            exactEntities[type, default: .init()] =
                exactEntities[type, default: .init()]
                + MatchCounts(
                    truePositives: exact.count, falsePositives: predictedSpans.count - exact.count,
                    falseNegatives: goldSpans.count - exact.count)
            let pairs = Self.match(goldSpans.map { ($0.start, $0.end) }, predictedSpans.map { ($0.start, $0.end) }) {
                intersection($0, $1) > 0
            }
            overlappingEntities[type, default: .init()] =
                overlappingEntities[type, default: .init()]
                + MatchCounts(
                    truePositives: pairs.count, falsePositives: predictedSpans.count - pairs.count,
                    falseNegatives: goldSpans.count - pairs.count)
        }

        // Reported speech is scored only against gold that marks it.
        let predictedSpeech = gold.marksReportedSpeech ? predicted.quotes : predicted.quotes.filter(\.isDirect)
        let goldQuotes = gold.quotes.map { ($0.start, $0.end) }
        let predictedQuotes = predictedSpeech.map { ($0.start, $0.end) }
        let exact = Set(goldQuotes.map { [$0.0, $0.1] }).intersection(predictedQuotes.map { [$0.0, $0.1] }).count
        let exactCounts = MatchCounts(
            truePositives: exact, falsePositives: predictedQuotes.count - exact,
            falseNegatives: goldQuotes.count - exact)
        let pairs = Self.match(goldQuotes, predictedQuotes) { lhs, rhs in
            2 * intersection(lhs, rhs) >= max(lhs.1 - lhs.0, rhs.1 - rhs.0)
        }
        let overlapCounts = MatchCounts(
            truePositives: pairs.count, falsePositives: predictedQuotes.count - pairs.count,
            falseNegatives: goldQuotes.count - pairs.count)
        exactQuotes = exactQuotes + exactCounts
        overlappingQuotes = overlappingQuotes + overlapCounts
        if !gold.quotes.isEmpty {
            exactQuotesInMarkedDocuments = exactQuotesInMarkedDocuments + exactCounts
            overlappingQuotesInMarkedDocuments = overlappingQuotesInMarkedDocuments + overlapCounts
        }
        if gold.marksReportedSpeech {
            documentsMarkingBothKinds += 1
            for isDirect in [true, false] {
                let goldKind = gold.quotes.filter { $0.isDirect == isDirect }.map { ($0.start, $0.end) }
                let predictedKind = predictedSpeech.filter { $0.isDirect == isDirect }.map { ($0.start, $0.end) }
                let kindPairs = Self.match(goldKind, predictedKind) { lhs, rhs in
                    2 * intersection(lhs, rhs) >= max(lhs.1 - lhs.0, rhs.1 - rhs.0)
                }
                let counts = MatchCounts(
                    truePositives: kindPairs.count, falsePositives: predictedKind.count - kindPairs.count,
                    falseNegatives: goldKind.count - kindPairs.count)
                if isDirect { directQuotes = directQuotes + counts } else { reportedQuotes = reportedQuotes + counts }
            }
            for (goldIndex, quote) in gold.quotes.enumerated() where quote.speakerNames.isEmpty {
                guard let predictedIndex = pairs[goldIndex] else { continue }
                foundQuotesWithoutSpeaker += 1
                if !predictedSpeech[predictedIndex].speakerNames.isEmpty { speakersGivenWhereNone += 1 }
            }
        }
        for (goldIndex, quote) in gold.quotes.enumerated() where !quote.speakerNames.isEmpty {
            goldQuotesWithSpeaker += 1
            guard let predictedIndex = pairs[goldIndex] else { continue }
            foundQuotesWithSpeaker += 1
            if SpeakerNames.match(predictedSpeech[predictedIndex].speakerNames, quote.speakerNames) {
                correctSpeakers += 1
            }
        }
    }

    /// Adds the counts of another report (e.g. of another cross-validation fold).
    public mutating func merge(_ other: EvaluationReport) {
        for (type, counts) in other.exactEntities { exactEntities[type] = (exactEntities[type] ?? .init()) + counts }
        for (type, counts) in other.overlappingEntities {
            overlappingEntities[type] = (overlappingEntities[type] ?? .init()) + counts
        }
        exactQuotes = exactQuotes + other.exactQuotes
        overlappingQuotes = overlappingQuotes + other.overlappingQuotes
        exactQuotesInMarkedDocuments = exactQuotesInMarkedDocuments + other.exactQuotesInMarkedDocuments
        overlappingQuotesInMarkedDocuments =
            overlappingQuotesInMarkedDocuments + other.overlappingQuotesInMarkedDocuments
        directQuotes = directQuotes + other.directQuotes
        reportedQuotes = reportedQuotes + other.reportedQuotes
        foundQuotesWithoutSpeaker += other.foundQuotesWithoutSpeaker
        speakersGivenWhereNone += other.speakersGivenWhereNone
        documentsMarkingBothKinds += other.documentsMarkingBothKinds
        goldQuotesWithSpeaker += other.goldQuotesWithSpeaker
        foundQuotesWithSpeaker += other.foundQuotesWithSpeaker
        correctSpeakers += other.correctSpeakers
        documents += other.documents
    }

    /// One-to-one matching in text order: each gold span takes the first unused predicted span that `accepts`.
    private static func match(
        _ gold: [(Int, Int)], _ predicted: [(Int, Int)], accepts: ((Int, Int), (Int, Int)) -> Bool
    ) -> [Int: Int] {
        var used = Set<Int>()
        var pairs: [Int: Int] = [:]
        for (goldIndex, goldSpan) in gold.enumerated() {
            if let predictedIndex = predicted.indices.first(where: {
                !used.contains($0) && accepts(goldSpan, predicted[$0])
            }) {
                used.insert(predictedIndex)
                pairs[goldIndex] = predictedIndex
            }
        }
        return pairs
    }
}

private func intersection(_ lhs: (Int, Int), _ rhs: (Int, Int)) -> Int {
    max(0, min(lhs.1, rhs.1) - max(lhs.0, rhs.0))
}

/// Whether a predicted speaker is the gold one, allowing for shorter forms of the same name.
public enum SpeakerNames {
    /// True when any predicted form equals the gold name, or one is the other without some of its
    /// words (`Noori` and `Rodaba Noori`) but its last, case and possessive endings aside. A description
    /// is compared without what follows its first preposition (`a poll worker` and `a poll worker at a
    /// church in Bristol` describe the same speaker).
    public static func match(_ predicted: [String], _ gold: [String]) -> Bool {
        guard !predicted.isEmpty else { return false }
        for goldName in gold {
            for form in predicted {
                for (predictedWords, goldWords) in [(words(form), words(goldName)), (core(form), core(goldName))] {
                    guard let last = predictedWords.last, last == goldWords.last else { continue }
                    if Set(predictedWords).isSubset(of: goldWords) || Set(goldWords).isSubset(of: predictedWords) {
                        return true
                    }
                }
            }
        }
        return false
    }

    /// The words of a description before its first preposition after the first word.
    private static func core(_ name: String) -> [String] {
        let all = words(name)
        guard let cut = all.indices.dropFirst().first(where: { prepositions.contains(all[$0]) }) else { return all }
        return Array(all[..<cut])
    }

    private static let prepositions: Set<String> = [
        "of", "for", "at", "from", "in", "on", "with", "near", "outside", "who", "which",
    ]

    private static func words(_ name: String) -> [String] {
        name.lowercased().replacingOccurrences(of: "’s", with: "").replacingOccurrences(of: "'s", with: "")
            .split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}

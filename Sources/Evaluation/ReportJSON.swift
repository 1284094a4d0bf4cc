import Foundation

extension EvaluationReport {
    private struct Measures: Encodable {
        var precision: Double
        var recall: Double
        var f1: Double
        var gold: Int
        var predicted: Int

        init(_ counts: MatchCounts) {
            precision = counts.precision
            recall = counts.recall
            f1 = counts.f1
            gold = counts.gold
            predicted = counts.predicted
        }
    }

    private struct EntityTable: Encodable {
        var types: [String: Measures]
        var micro: Measures
        /// The mean of the per-type F1 scores.
        var macroF1: Double
    }

    private struct Document: Encodable {
        var documents: Int
        var entitiesExact: EntityTable
        var entitiesOverlap: EntityTable
        var quotesExact: Measures
        var quotesOverlap: Measures
        var quotesExactInMarkedDocuments: Measures
        var quotesOverlapInMarkedDocuments: Measures
        /// Over the documents whose gold marks reported speech too (nil for other gold).
        var directQuotesOverlap: Measures?
        var reportedQuotesOverlap: Measures?
        var speakers: Speakers
    }

    private struct Speakers: Encodable {
        var goldQuotesWithSpeaker: Int
        var foundQuotesWithSpeaker: Int
        var correct: Int
        var accuracy: Double
        /// Found gold quotations whose text names no speaker, and how many were given one anyway.
        var foundQuotesWithoutSpeaker: Int
        var givenWhereNone: Int
    }

    /// The scores as JSON (keys sorted, so the same scores give the same bytes).
    public func json() -> String {
        func table(_ counts: [String: MatchCounts], _ micro: MatchCounts) -> EntityTable {
            let types = Dictionary(uniqueKeysWithValues: Self.entityTypes.map { ($0, Measures(counts[$0] ?? .init())) })
            return EntityTable(types: types, micro: Measures(micro), macroF1: macroF1(counts))
        }
        let document = Document(
            documents: documents, entitiesExact: table(exactEntities, microExactEntities),
            entitiesOverlap: table(overlappingEntities, microOverlappingEntities), quotesExact: Measures(exactQuotes),
            quotesOverlap: Measures(overlappingQuotes),
            quotesExactInMarkedDocuments: Measures(exactQuotesInMarkedDocuments),
            quotesOverlapInMarkedDocuments: Measures(overlappingQuotesInMarkedDocuments),
            directQuotesOverlap: marksBothKinds ? Measures(directQuotes) : nil,
            reportedQuotesOverlap: marksBothKinds ? Measures(reportedQuotes) : nil,
            speakers: Speakers(
                goldQuotesWithSpeaker: goldQuotesWithSpeaker, foundQuotesWithSpeaker: foundQuotesWithSpeaker,
                correct: correctSpeakers, accuracy: speakerAccuracy,
                foundQuotesWithoutSpeaker: foundQuotesWithoutSpeaker,
                givenWhereNone: speakersGivenWhereNone))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return String(decoding: (try? encoder.encode(document)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// The mean F1 over the entity types that occur in the gold or the predictions (a type neither has,
    /// as `ORG` in a text without organizations, is left out rather than counted as 0), 0 when none does.
    public func macroF1(_ counts: [String: MatchCounts]) -> Double {
        let occurring = Self.entityTypes.compactMap { counts[$0] }.filter {
            $0.truePositives + $0.falsePositives + $0.falseNegatives > 0
        }
        return occurring.isEmpty ? 0 : occurring.map(\.f1).reduce(0, +) / Double(occurring.count)
    }
}

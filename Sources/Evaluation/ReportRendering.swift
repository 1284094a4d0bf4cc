extension EvaluationReport {
    /// A plain-text table of the scores.
    public func rendered() -> String {
        var lines: [String] = []
        lines.append("documents: \(documents)")
        for (title, table, micro) in [
            ("entities, exact match", exactEntities, microExactEntities),
            ("entities, overlapping match", overlappingEntities, microOverlappingEntities),
        ] {
            lines.append("")
            lines.append(title)
            lines.append(row("type", "precision", "recall", "F1", "gold", "predicted"))
            for type in Self.entityTypes { lines.append(row(type, table[type] ?? MatchCounts())) }
            lines.append(row("micro", micro))
            lines.append(row("macro", "", "", fixed(macroF1(table)), "", ""))
        }
        lines.append("")
        lines.append("quotations")
        lines.append(row("match", "precision", "recall", "F1", "gold", "predicted"))
        lines.append(row("exact", exactQuotes))
        lines.append(row("overlap≥50%", overlappingQuotes))
        lines.append("in the documents whose gold marks quotations:")
        lines.append(row("exact", exactQuotesInMarkedDocuments))
        lines.append(row("overlap≥50%", overlappingQuotesInMarkedDocuments))
        if marksBothKinds {
            lines.append("by kind, overlap≥50%, in the documents whose gold marks reported speech too:")
            lines.append(row("direct", directQuotes))
            lines.append(row("reported", reportedQuotes))
        }
        lines.append("")
        lines.append(
            "speakers: \(correctSpeakers) correct of \(foundQuotesWithSpeaker) found quotations with a gold speaker "
                + "(accuracy \(fixed(speakerAccuracy))); \(goldQuotesWithSpeaker) gold quotations have a speaker")
        if marksBothKinds {
            lines.append(
                "quotations whose text names no speaker: \(speakersGivenWhereNone) of \(foundQuotesWithoutSpeaker) found "
                    + "were given one")
        }
        return lines.joined(separator: "\n")
    }

    private func row(_ label: String, _ counts: MatchCounts) -> String {
        row(
            label, fixed(counts.precision), fixed(counts.recall), fixed(counts.f1), "\(counts.gold)",
            "\(counts.predicted)")
    }

    private func row(_ cells: String...) -> String {
        let widths = [12, 10, 8, 8, 6, 10]
        return zip(cells, widths).enumerated().map { index, pair in
            let (cell, width) = pair
            let padding = String(repeating: " ", count: max(0, width - cell.count))
            return index == 0 ? cell + padding : padding + cell
        }.joined(separator: " ")
    }
}

/// `value` with three decimals.
func fixed(_ value: Double) -> String {
    let thousandths = Int((value * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
}

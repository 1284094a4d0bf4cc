/// Carries annotations from one rendering of a text onto another: they may differ in white space (a
/// TEI file's paragraphs joined by blank lines against the raw text, a re-wrapped copy), and the gold
/// text may hold passages the other left out (page noise a reader removed).
public enum TextAlignment {
    /// `predicted` with its offsets moved onto `gold`'s text. The characters that are not white space
    /// are matched one by one; where `gold` has a passage `predicted` lacks, matching resumes at the next
    /// place where the following characters agree.
    /// - Throws: ``EvaluationError/textsDiffer(gold:predicted:offset:)`` when `predicted` has text that
    ///   `gold` has not (`offset`: where in `gold` matching failed).
    public static func align(_ predicted: AnnotationSet, to gold: AnnotationSet) throws(EvaluationError)
        -> AnnotationSet
    {
        if predicted.text == gold.text { return predicted }
        let goldScalars = Array(gold.text.unicodeScalars)
        let predictedScalars = Array(predicted.text.unicodeScalars)
        let goldVisible = goldScalars.indices.filter { !goldScalars[$0].properties.isWhitespace }
        let predictedVisible = predictedScalars.indices.filter { !predictedScalars[$0].properties.isWhitespace }
        // goldOrdinal[j]: the visible gold character matched with visible predicted character j.
        var goldOrdinal = [Int](repeating: 0, count: predictedVisible.count)
        var goldPosition = 0
        func agrees(_ gold: Int, _ predicted: Int, _ length: Int) -> Bool {
            guard gold + length <= goldVisible.count else { return false }
            return (0..<length).allSatisfy {
                goldScalars[goldVisible[gold + $0]] == predictedScalars[predictedVisible[predicted + $0]]
            }
        }
        for position in predictedVisible.indices {
            if !agrees(goldPosition, position, 1) {
                let window = min(16, predictedVisible.count - position)
                guard let resume = (goldPosition..<goldVisible.count).first(where: { agrees($0, position, window) })
                else {
                    let offset = goldPosition < goldVisible.count ? goldVisible[goldPosition] : goldScalars.count
                    throw .textsDiffer(gold: gold.id, predicted: predicted.id, offset: offset)
                }
                goldPosition = resume
            }
            goldOrdinal[position] = goldPosition
            goldPosition += 1
        }
        // Ordinal of the first visible character at or after each offset of the predicted text.
        var ordinalAt = [Int](repeating: predictedVisible.count, count: predictedScalars.count + 1)
        var next = predictedVisible.count
        for index in stride(from: predictedScalars.count - 1, through: 0, by: -1) {
            if !predictedScalars[index].properties.isWhitespace { next -= 1 }
            ordinalAt[index] = next
        }
        func start(_ offset: Int) -> Int {
            let ordinal = ordinalAt[offset]
            return ordinal < predictedVisible.count ? goldVisible[goldOrdinal[ordinal]] : goldScalars.count
        }
        func end(_ offset: Int) -> Int {
            // One past the last visible character before `offset`.
            let ordinal = ordinalAt[offset] - 1
            return ordinal >= 0 ? goldVisible[goldOrdinal[ordinal]] + 1 : 0
        }
        var aligned = predicted
        aligned.text = gold.text
        aligned.entities = predicted.entities.map {
            .init(start: start($0.start), end: max(start($0.start), end($0.end)), type: $0.type)
        }
        aligned.quotes = predicted.quotes.map {
            .init(
                start: start($0.start), end: max(start($0.start), end($0.end)), speakerNames: $0.speakerNames,
                isDirect: $0.isDirect)
        }
        return aligned
    }
}

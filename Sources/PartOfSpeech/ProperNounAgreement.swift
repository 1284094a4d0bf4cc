import AnnotationModel

/// Makes parts of speech agree with the names found in the text: a capitalised word inside a
/// person, place or organization name is a proper noun (`Turkey` opening a sentence is not the
/// bird), and its lemma is the word itself.
public enum ProperNounAgreement {
    public static func apply(
        _ analyses: [WordAnalysis], names: [TextSpan], segmentation: Segmentation, text: String
    ) -> [WordAnalysis] {
        var analyses = analyses
        for name in names {
            var index = segmentation.firstToken(endingAfter: name.start)
            while index < segmentation.tokens.count && segmentation.tokens[index].span.end <= name.end {
                let token = segmentation.tokens[index]
                defer { index += 1 }
                guard index < analyses.count, token.span.start >= name.start, token.kind == .word,
                    text[token.span].first?.isUppercase == true,
                    ["NN", "NNS", "JJ", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "RB", "FW"].contains(
                        analyses[index].xpos)
                else { continue }
                let plural = analyses[index].xpos == "NNS"
                analyses[index] = WordAnalysis(
                    xpos: plural ? "NNPS" : "NNP", upos: "PROPN", lemma: String(text[token.span]),
                    features: plural ? "Number=Plur" : "Number=Sing")
            }
        }
        return analyses
    }
}

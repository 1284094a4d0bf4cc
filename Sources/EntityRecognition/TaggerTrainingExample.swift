import AnnotationModel
import PartOfSpeech
import SequenceLabeling

/// One annotated document prepared for training: token profiles, sentences and gold BILOU tags.
public struct TaggerTrainingExample: Sendable {
    let profiles: [TokenProfile]
    let sentences: [Range<Int>]
    let tags: [Int]
    /// Gold names whose edges fall on token edges, and those that do not (trained on the tokens they overlap).
    public let alignedNames: Int
    public let misalignedNames: Int

    /// Prepares a document: `names` are gold names as spans over the article text (names outside
    /// the article's blocks are left out); `analyses` its tokens' parts of speech, as the tagger
    /// will see them (predicted, not gold).
    public init(
        article: Article, segmentation: Segmentation, analyses: [WordAnalysis], names: [NameSpan],
        gazetteers: Gazetteers, english: EnglishLexicon
    ) {
        profiles = DocumentProfiler(gazetteers: gazetteers, english: english).profiles(article, segmentation, analyses)
        sentences = segmentation.sentences.map(\.tokens)
        var tokenNames: [(tokens: Range<Int>, type: EntityType)] = []
        var aligned = 0
        var misaligned = 0
        var covered = [Bool](repeating: false, count: segmentation.tokens.count)
        for name in names.sorted(by: { $0.span < $1.span }) {
            var first = segmentation.firstToken(endingAfter: name.span.start)
            var last = first
            while last < segmentation.tokens.count && segmentation.tokens[last].span.start < name.span.end { last += 1 }
            guard first < last, !covered[first..<last].contains(true) else { continue }
            // A name must lie in one sentence.
            guard let sentence = segmentation.sentences.first(where: { $0.tokens.contains(first) }) else { continue }
            last = min(last, sentence.tokens.upperBound)
            first = max(first, sentence.tokens.lowerBound)
            if segmentation.tokens[first].span.start == name.span.start
                && segmentation.tokens[last - 1].span.end == name.span.end
            {
                aligned += 1
            } else {
                misaligned += 1
            }
            for index in first..<last { covered[index] = true }
            tokenNames.append((first..<last, name.type))
        }
        tags = BILOUTags.encode(tokenNames, count: segmentation.tokens.count)
        alignedNames = aligned
        misalignedNames = misaligned
    }
}

extension TaggerTrainingExample {
    /// The example's sentences with the features the entity tagger computes: those of the first pass,
    /// and with `evidence` those of the second.
    func trainingSentences(evidence: DocumentEvidence? = nil) -> [TrainingSentence] {
        var buffer: [UInt64] = []
        return sentences.filter { !$0.isEmpty }.map { range in
            let features = range.map { index -> [UInt64] in
                FeatureExtractor.features(profiles, sentence: range, at: index, into: &buffer)
                if let evidence {
                    FeatureExtractor.documentFeatures(evidence, profiles, sentence: range, at: index, into: &buffer)
                }
                return buffer
            }
            return TrainingSentence(features: features, tags: Array(tags[range]))
        }
    }
}

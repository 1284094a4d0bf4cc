import AnnotationModel
import Evaluation

/// BIO tags (`B-PER`, `I-PER`, `O`) for tokens, from the outermost names of an article.
///
/// A token takes the tag of the name it overlaps; nested names (a place inside an organization's
/// name) give way to the name around them, since one tag per token can hold only one.
enum EntityTags {
    static func tags(_ tokens: [TokenizedArticle.Token], names: [TEIArticle.Name]) -> [String] {
        let outermost = names.enumerated().filter { index, name in
            !names.enumerated().contains { other, candidate in
                other != index && candidate.span.contains(name.span)
                    && (candidate.span != name.span || other < index)
            }
        }.map(\.element).sorted { $0.span < $1.span }
        var tags: [String] = []
        tags.reserveCapacity(tokens.count)
        var nameIndex = 0
        var lastTagged: Int?
        for token in tokens {
            while nameIndex < outermost.count && outermost[nameIndex].span.end <= token.span.start { nameIndex += 1 }
            guard nameIndex < outermost.count, outermost[nameIndex].span.overlaps(token.span) else {
                tags.append("O")
                continue
            }
            tags.append((lastTagged == nameIndex ? "I-" : "B-") + outermost[nameIndex].type)
            lastTagged = nameIndex
        }
        return tags
    }
}

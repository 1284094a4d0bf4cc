/// The best tag sequence of a sentence under emission and transition scores, among the sequences
/// the constraints allow.
public enum ViterbiDecoder {
    /// The result for one sentence: a tag per token and, per token, the margin by which the best path
    /// beats the best path with another tag at that token (never negative).
    public struct Path: Sendable {
        public var tags: [Int]
        public var margins: [Float]
    }

    /// Decodes `length` tokens; `emissions[token * tagCount + tag]`, `transitions` as in ``LinearModel``.
    public static func decode(
        emissions: [Float], length: Int, transitions: [Float], constraints: TagConstraints
    ) -> Path {
        let count = constraints.tagCount
        let allowed = constraints.allowed
        let canEnd = constraints.canEnd
        guard length > 0 else { return Path(tags: [], margins: []) }
        var scores = [Float](repeating: -.infinity, count: length * count)
        var back = [Int32](repeating: 0, count: length * count)
        for tag in 0..<count where allowed[count * count + tag] {
            scores[tag] = transitions[count * count + tag] + emissions[tag]
        }
        for position in 1..<length {
            let row = position * count
            let previousRow = row - count
            for next in 0..<count {
                var best: Float = -.infinity
                var bestPrevious = 0
                for previous in constraints.previousTags[next] {
                    let candidate = scores[previousRow + previous] + transitions[previous * count + next]
                    if candidate > best {
                        best = candidate
                        bestPrevious = previous
                    }
                }
                scores[row + next] = best + emissions[row + next]
                back[row + next] = Int32(bestPrevious)
            }
        }
        let lastRow = (length - 1) * count
        var bestTag = 0
        var bestScore: Float = -.infinity
        for tag in 0..<count where canEnd[tag] && scores[lastRow + tag] > bestScore {
            bestScore = scores[lastRow + tag]
            bestTag = tag
        }
        var tags = [Int](repeating: 0, count: length)
        var margins = [Float](repeating: 0, count: length)
        tags[length - 1] = bestTag
        for position in stride(from: length - 1, to: 0, by: -1) {
            tags[position - 1] = Int(back[position * count + tags[position]])
        }
        // Max-marginals: the best complete path through each (position, tag) is its forward score plus
        // the best continuation after it; a token's margin is how far its tag's best path beats any
        // path with another tag there.
        var continuation = [Float](repeating: 0, count: length * count)
        for tag in 0..<count where !canEnd[tag] { continuation[lastRow + tag] = -.infinity }
        for position in stride(from: length - 2, through: 0, by: -1) {
            let row = position * count
            let nextRow = row + count
            for tag in 0..<count {
                var best: Float = -.infinity
                for next in constraints.nextTags[tag] {
                    best = max(
                        best, transitions[tag * count + next] + emissions[nextRow + next] + continuation[nextRow + next]
                    )
                }
                continuation[row + tag] = best
            }
        }
        for position in 0..<length {
            let row = position * count
            let chosen = scores[row + tags[position]] + continuation[row + tags[position]]
            var runnerUp: Float = -.infinity
            for tag in 0..<count where tag != tags[position] {
                runnerUp = max(runnerUp, scores[row + tag] + continuation[row + tag])
            }
            margins[position] = runnerUp == -.infinity ? 10 : chosen - runnerUp
        }
        return Path(tags: tags, margins: margins)
    }
}

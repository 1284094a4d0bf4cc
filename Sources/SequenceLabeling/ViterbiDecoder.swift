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
    /// - Parameter marginsFrom: given the best tags, the first position whose margin the caller needs;
    ///   margins before it are left 0 (a tagger that needs them only inside names saves the backward pass
    ///   of sentences without any).
    public static func decode(
        emissions: [Float], length: Int, transitions: [Float], constraints: TagConstraints,
        marginsFrom: ([Int]) -> Int = { _ in 0 }
    ) -> Path {
        guard length > 0 else { return Path(tags: [], margins: []) }
        let count = constraints.tagCount
        precondition(emissions.count >= length * count && transitions.count == (count + 1) * count)
        var scores = [Float](repeating: -.infinity, count: length * count)
        var back = [Int32](repeating: 0, count: length * count)
        var continuation = [Float](repeating: 0, count: length * count)
        var tags = [Int](repeating: 0, count: length)
        var margins = [Float](repeating: 0, count: length)
        emissions.withUnsafeBufferPointer { emissions in
            transitions.withUnsafeBufferPointer { transitions in
                constraints.allowed.withUnsafeBufferPointer { allowed in
                    constraints.canEnd.withUnsafeBufferPointer { canEnd in
                        constraints.previousFlat.withUnsafeBufferPointer { previousFlat in
                            constraints.previousStarts.withUnsafeBufferPointer { previousStarts in
                                constraints.nextFlat.withUnsafeBufferPointer { nextFlat in
                                    constraints.nextStarts.withUnsafeBufferPointer { nextStarts in
                                        scores.withUnsafeMutableBufferPointer { scores in
                                            back.withUnsafeMutableBufferPointer { back in
                                                continuation.withUnsafeMutableBufferPointer { continuation in
                                                    tags.withUnsafeMutableBufferPointer { tags in
                                                        margins.withUnsafeMutableBufferPointer { margins in
                                                            run(
                                                                emissions: emissions, length: length, count: count,
                                                                transitions: transitions, allowed: allowed,
                                                                canEnd: canEnd, previousFlat: previousFlat,
                                                                previousStarts: previousStarts, nextFlat: nextFlat,
                                                                nextStarts: nextStarts, scores: scores, back: back,
                                                                continuation: continuation, tags: tags,
                                                                margins: margins, marginsFrom: marginsFrom)
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return Path(tags: tags, margins: margins)
    }

    /// Viterbi, then max-marginals, over buffers the caller made.
    @inline(__always)
    private static func run(
        emissions: UnsafeBufferPointer<Float>, length: Int, count: Int, transitions: UnsafeBufferPointer<Float>,
        allowed: UnsafeBufferPointer<Bool>, canEnd: UnsafeBufferPointer<Bool>, previousFlat: UnsafeBufferPointer<Int>,
        previousStarts: UnsafeBufferPointer<Int>, nextFlat: UnsafeBufferPointer<Int>,
        nextStarts: UnsafeBufferPointer<Int>, scores: UnsafeMutableBufferPointer<Float>,
        back: UnsafeMutableBufferPointer<Int32>, continuation: UnsafeMutableBufferPointer<Float>,
        tags: UnsafeMutableBufferPointer<Int>, margins: UnsafeMutableBufferPointer<Float>,
        marginsFrom: ([Int]) -> Int
    ) {
        let emissions = emissions.baseAddress!
        let transitions = transitions.baseAddress!
        let previousFlat = previousFlat.baseAddress!
        let nextFlat = nextFlat.baseAddress!
        let scores = scores.baseAddress!
        let back = back.baseAddress!
        let continuation = continuation.baseAddress!
        for tag in 0..<count where allowed[count * count + tag] {
            scores[tag] = transitions[count * count + tag] + emissions[tag]
        }
        for position in 1..<max(1, length) {
            let row = position * count
            let previousRow = row - count
            for next in 0..<count {
                var best: Float = -.infinity
                var bestPrevious = 0
                for index in previousStarts[next]..<previousStarts[next + 1] {
                    let previous = previousFlat[index]
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
        tags[length - 1] = bestTag
        for position in stride(from: length - 1, to: 0, by: -1) {
            tags[position - 1] = Int(back[position * count + tags[position]])
        }
        // Max-marginals: the best complete path through each (position, tag) is its forward score plus
        // the best continuation after it; a token's margin is how far its tag's best path beats any
        // path with another tag there. A continuation depends only on the positions after it.
        let first = max(0, marginsFrom(Array(tags)))
        guard first < length else { return }
        for tag in 0..<count where !canEnd[tag] { continuation[lastRow + tag] = -.infinity }
        for position in stride(from: length - 2, through: first, by: -1) {
            let row = position * count
            let nextRow = row + count
            for tag in 0..<count {
                var best: Float = -.infinity
                for index in nextStarts[tag]..<nextStarts[tag + 1] {
                    let next = nextFlat[index]
                    best = max(
                        best, transitions[tag * count + next] + emissions[nextRow + next] + continuation[nextRow + next]
                    )
                }
                continuation[row + tag] = best
            }
        }
        for position in first..<length {
            let row = position * count
            let chosen = scores[row + tags[position]] + continuation[row + tags[position]]
            var runnerUp: Float = -.infinity
            for tag in 0..<count where tag != tags[position] {
                runnerUp = max(runnerUp, scores[row + tag] + continuation[row + tag])
            }
            margins[position] = runnerUp == -.infinity ? 10 : chosen - runnerUp
        }
    }
}

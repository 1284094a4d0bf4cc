/// Left-to-right tagging where each token's features include the tags already chosen before it
/// (the two previous tags, and the previous tag with the token's own form): one pass, no lattice,
/// which suits large tag sets such as parts of speech.
public enum GreedyTagging {
    /// The features that depend on the tags chosen so far; `anchor` is a hash of the token's form.
    @inline(__always)
    public static func historyFeatures(
        previous: Int, beforePrevious: Int, anchor: UInt64, into features: inout [UInt64]
    ) {
        features.append(FeatureHashing.feature(90, UInt64(previous)))
        features.append(FeatureHashing.feature(91, UInt64(previous), UInt64(beforePrevious)))
        features.append(FeatureHashing.feature(92, UInt64(previous), anchor))
    }
}

/// One sentence for greedy training: each token's static features, the hash of its form, its gold tag.
public struct GreedyTrainingSentence: Sendable {
    public var features: [[UInt64]]
    public var anchors: [UInt64]
    public var tags: [Int]

    public init(features: [[UInt64]], anchors: [UInt64], tags: [Int]) {
        precondition(features.count == tags.count && anchors.count == tags.count)
        self.features = features
        self.anchors = anchors
        self.tags = tags
    }
}

extension LinearModel {
    /// Tags a sentence greedily; `features(position, &buffer)` gives a token's static features and
    /// `anchor(position)` the hash of its form. The start of a sentence counts as tag ``tagCount``.
    public func greedyTags(
        length: Int, features: (Int, inout [UInt64]) -> Void, anchor: (Int) -> UInt64
    ) -> [Int] {
        greedyTags(
            length: length, initialScores: { _, scores in scores.update(repeating: 0, count: tagCount) },
            features: features, anchor: anchor)
    }

    /// Tags a sentence greedily, each token's scores starting from `initialScores(position, scores)`
    /// (the sums of its first static features, in order) and adding the weights of the rest,
    /// `features(position, &buffer)`, then those of the history.
    public func greedyTags(
        length: Int, initialScores: (Int, UnsafeMutablePointer<Float>) -> Void,
        features: (Int, inout [UInt64]) -> Void, anchor: (Int) -> UInt64
    ) -> [Int] {
        var tags = [Int](repeating: 0, count: length)
        var buffer: [UInt64] = []
        buffer.reserveCapacity(64)
        var scores = [Float](repeating: 0, count: tagCount)
        for position in 0..<length {
            features(position, &buffer)
            GreedyTagging.historyFeatures(
                previous: position > 0 ? tags[position - 1] : tagCount,
                beforePrevious: position > 1 ? tags[position - 2] : tagCount, anchor: anchor(position), into: &buffer)
            scores.withUnsafeMutableBufferPointer {
                initialScores(position, $0.baseAddress!)
                addScores(of: buffer, to: $0.baseAddress!)
            }
            var best = 0
            for tag in 1..<tagCount where scores[tag] > scores[best] { best = tag }
            tags[position] = best
        }
        return tags
    }
}

extension PerceptronTrainer {
    /// Trains a greedy tagger with the averaged perceptron: tag each token from the tags predicted
    /// before it, and update at once when it is wrong (the next tokens then see the gold tag).
    public func trainGreedy(
        _ sentences: [GreedyTrainingSentence], kind: String, featureVersion: UInt32, tagNames: [String],
        progress: (_ epoch: Int, _ tokenAccuracy: Double) -> Void = { _, _ in }
    ) -> LinearModel {
        let tagCount = tagNames.count
        var weights = AveragedWeights(tagCount: tagCount)
        var generator = SplitMix64(seed: seed)
        var order = Array(sentences.indices)
        var buffer: [UInt64] = []
        var scores = [Double](repeating: 0, count: tagCount)
        for epoch in 1...max(1, epochs) {
            order.shuffle(using: &generator)
            var correct = 0
            var total = 0
            for index in order {
                let sentence = sentences[index]
                var previous = tagCount
                var beforePrevious = tagCount
                for position in sentence.tags.indices {
                    buffer = sentence.features[position]
                    GreedyTagging.historyFeatures(
                        previous: previous, beforePrevious: beforePrevious, anchor: sentence.anchors[position],
                        into: &buffer)
                    weights.scores(of: buffer, into: &scores)
                    var predicted = 0
                    for tag in 1..<tagCount where scores[tag] > scores[predicted] { predicted = tag }
                    let gold = sentence.tags[position]
                    total += 1
                    if predicted == gold {
                        correct += 1
                    } else {
                        for feature in buffer {
                            weights.update(feature, gold, 1)
                            weights.update(feature, predicted, -1)
                        }
                    }
                    weights.step += 1
                    beforePrevious = previous
                    previous = gold
                }
            }
            progress(epoch, total == 0 ? 0 : Double(correct) / Double(total))
        }
        let (keys, averaged) = weights.averaged()
        return LinearModel(
            kind: kind, featureVersion: featureVersion, tagNames: tagNames,
            transitions: [Float](repeating: 0, count: (tagCount + 1) * tagCount), keys: keys, weights: averaged)
    }
}

/// Perceptron weights with the sums needed to average them over all training steps.
struct AveragedWeights {
    let tagCount: Int
    var rows: [UInt64: Int] = [:]
    var weights: [Double] = []
    var totals: [Double] = []
    var step = 1.0

    init(tagCount: Int) {
        self.tagCount = tagCount
    }

    mutating func update(_ feature: UInt64, _ tag: Int, _ delta: Double) {
        let row: Int
        if let existing = rows[feature] {
            row = existing
        } else {
            row = rows.count
            rows[feature] = row
            weights.append(contentsOf: repeatElement(0, count: tagCount))
            totals.append(contentsOf: repeatElement(0, count: tagCount))
        }
        weights[row * tagCount + tag] += delta
        totals[row * tagCount + tag] += step * delta
    }

    func scores(of features: [UInt64], into scores: inout [Double]) {
        for tag in 0..<tagCount { scores[tag] = 0 }
        for feature in features {
            guard let row = rows[feature] else { continue }
            for tag in 0..<tagCount { scores[tag] += weights[row * tagCount + tag] }
        }
    }

    /// The averaged weights, rows in ascending key order, dropping features whose weights all vanish.
    func averaged() -> (keys: [UInt64], weights: [Float]) {
        var keys: [UInt64] = []
        var averaged: [Float] = []
        for (feature, row) in rows.sorted(by: { $0.key < $1.key }) {
            let values = (0..<tagCount).map { Float(weights[row * tagCount + $0] - totals[row * tagCount + $0] / step) }
            guard values.contains(where: { abs($0) > 1e-4 }) else { continue }
            keys.append(feature)
            averaged += values
        }
        return (keys, averaged)
    }
}

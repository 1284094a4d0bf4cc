/// One training sentence: the features of each token and its gold tag.
public struct TrainingSentence: Sendable {
    public var features: [[UInt64]]
    public var tags: [Int]

    public init(features: [[UInt64]], tags: [Int]) {
        precondition(features.count == tags.count)
        self.features = features
        self.tags = tags
    }
}

/// Trains a ``LinearModel`` with the averaged structured perceptron (Collins 2002): decode each
/// sentence with the current weights, move the weights toward the gold tags where the decoding
/// differs, and return the average of the weights over all steps. Sentences are visited in an order
/// shuffled by a fixed seed, so the same data always gives the same model.
public struct PerceptronTrainer: Sendable {
    public var epochs: Int
    public var seed: UInt64

    public init(epochs: Int = 12, seed: UInt64 = 20_201_001) {
        self.epochs = epochs
        self.seed = seed
    }

    /// Trains on `sentences`; `progress` is called after each epoch with the epoch and the share of
    /// tokens tagged right during it.
    public func train(
        _ sentences: [TrainingSentence], kind: String, featureVersion: UInt32, tagNames: [String],
        constraints: TagConstraints, progress: (_ epoch: Int, _ tokenAccuracy: Double) -> Void = { _, _ in }
    ) -> LinearModel {
        let tagCount = tagNames.count
        let sentences = sentences.filter { !$0.tags.isEmpty }
        var weights = AveragedWeights(tagCount: tagCount)
        var transitions = [Double](repeating: 0, count: (tagCount + 1) * tagCount)
        var transitionTotals = transitions

        var generator = SplitMix64(seed: seed)
        var order = Array(sentences.indices)
        for epoch in 1...max(1, epochs) {
            order.shuffle(using: &generator)
            var correct = 0
            var total = 0
            for index in order {
                let sentence = sentences[index]
                let length = sentence.tags.count
                var emissions = [Float](repeating: 0, count: length * tagCount)
                for position in 0..<length {
                    for feature in sentence.features[position] {
                        guard let row = weights.rows[feature] else { continue }
                        for tag in 0..<tagCount {
                            emissions[position * tagCount + tag] += Float(weights.weights[row * tagCount + tag])
                        }
                    }
                }
                let predicted = ViterbiDecoder.decode(
                    emissions: emissions, length: length, transitions: transitions.map(Float.init),
                    constraints: constraints
                ).tags
                total += length
                correct += zip(predicted, sentence.tags).filter { $0 == $1 }.count
                if predicted != sentence.tags {
                    for position in 0..<length where predicted[position] != sentence.tags[position] {
                        for feature in sentence.features[position] {
                            weights.update(feature, sentence.tags[position], 1)
                            weights.update(feature, predicted[position], -1)
                        }
                    }
                    for position in 0..<length {
                        let goldFrom = position == 0 ? tagCount : sentence.tags[position - 1]
                        let predictedFrom = position == 0 ? tagCount : predicted[position - 1]
                        let gold = goldFrom * tagCount + sentence.tags[position]
                        let wrong = predictedFrom * tagCount + predicted[position]
                        guard gold != wrong else { continue }
                        transitions[gold] += 1
                        transitionTotals[gold] += weights.step
                        transitions[wrong] -= 1
                        transitionTotals[wrong] -= weights.step
                    }
                }
                weights.step += 1
            }
            progress(epoch, total == 0 ? 0 : Double(correct) / Double(total))
        }

        let (keys, averaged) = weights.averaged()
        let averagedTransitions = zip(transitions, transitionTotals).map { Float($0 - $1 / weights.step) }
        return LinearModel(
            kind: kind, featureVersion: featureVersion, tagNames: tagNames, transitions: averagedTransitions,
            keys: keys, weights: averaged)
    }
}

/// A small, fast, seedable random number generator (SplitMix64), for reproducible shuffles.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

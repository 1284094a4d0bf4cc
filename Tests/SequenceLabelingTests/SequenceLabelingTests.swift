import Foundation
import SequenceLabeling
import Testing

@Suite("Learning machinery")
struct SequenceLabelingTests {
    /// A toy task: tag 1 for words that follow "the", 0 otherwise; features are the word and the previous word.
    static func sentences() -> [TrainingSentence] {
        let texts = [
            "the cat saw the dog", "a dog saw the cat", "the bird and the fish", "fish saw a bird",
            "the dog and a cat", "birds saw the fish",
        ]
        return texts.map { text in
            let words = text.split(separator: " ").map(String.init)
            let features = words.indices.map { index -> [UInt64] in
                let previous = index > 0 ? words[index - 1] : "<s>"
                return [hash("w=" + words[index]), hash("p=" + previous)]
            }
            let tags = words.indices.map { $0 > 0 && words[$0 - 1] == "the" ? 1 : 0 }
            return TrainingSentence(features: features, tags: tags)
        }
    }

    static func hash(_ text: String) -> UInt64 {
        text.utf8.reduce(FeatureHashing.offset) { FeatureHashing.byte($0, $1) }
    }

    static func train() -> LinearModel {
        PerceptronTrainer(epochs: 5, seed: 7).train(
            sentences(), kind: "toy", featureVersion: 1, tagNames: ["O", "X"],
            constraints: .unconstrained(tagCount: 2))
    }

    @Test("the perceptron learns the task, and the same data gives the same model")
    func learnsDeterministically() {
        let model = Self.train()
        for sentence in Self.sentences() {
            let path = model.decode(length: sentence.tags.count, constraints: .unconstrained(tagCount: 2)) {
                position, features in
                features = sentence.features[position]
            }
            #expect(path.tags == sentence.tags)
            #expect(path.margins.allSatisfy { $0 >= 0 })
        }
        #expect(model.serialized() == Self.train().serialized())
    }

    @Test("a model file reads back to the same model; other kinds, versions and damaged files are refused")
    func modelFiles() throws {
        let model = Self.train()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("toy.model")
        try Data(model.serialized()).write(to: file)
        let loaded = try LinearModel(contentsOf: file, kind: "toy", featureVersion: 1)
        #expect(loaded.serialized() == model.serialized())
        #expect(loaded.tagNames == ["O", "X"])
        #expect(throws: ModelFileError.self) { try LinearModel(contentsOf: file, kind: "other", featureVersion: 1) }
        #expect(throws: ModelFileError.self) { try LinearModel(contentsOf: file, kind: "toy", featureVersion: 2) }
        try Data(model.serialized().dropLast(3)).write(to: file)
        #expect(throws: ModelFileError.self) { try LinearModel(contentsOf: file, kind: "toy", featureVersion: 1) }
        try Data("not a model".utf8).write(to: file)
        #expect(throws: ModelFileError.self) { try LinearModel(contentsOf: file, kind: "toy", featureVersion: 1) }
    }

    @Test("a mapped model with damaged slots gives some scores, never a crash or an endless probe")
    func damagedSlots() throws {
        let model = Self.train()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("toy.model")
        let original = model.serialized()
        var generator = SplitMix64(seed: 11)
        // Past the header, the names and the transitions: the slots, overflow entries and dense rows.
        let slotsFrom = 192
        #expect(original.count > slotsFrom + 64)
        for round in 0..<40 {
            var damaged = original
            if round == 0 {
                // Every slot taken, with counts and tags far out of range.
                for index in slotsFrom..<damaged.count { damaged[index] = 0xFF }
            } else {
                for _ in 0..<64 {
                    damaged[Int.random(in: slotsFrom..<damaged.count, using: &generator)] = UInt8.random(
                        in: 0...255, using: &generator)
                }
            }
            try Data(damaged).write(to: file)
            let loaded = try LinearModel(contentsOf: file, kind: "toy", featureVersion: 1)
            for sentence in Self.sentences() {
                let path = loaded.decode(length: sentence.tags.count, constraints: .unconstrained(tagCount: 2)) {
                    position, features in
                    features = sentence.features[position]
                }
                #expect(path.tags.count == sentence.tags.count)
            }
        }
    }

    @Test("Viterbi never breaks the constraints, whatever the scores")
    func constraintsHold() {
        // Tag 1 may only follow tag 1 or start; tag 2 may not end a sentence.
        let constraints = TagConstraints(
            tagCount: 3, allows: { previous, next in next != 1 || previous == nil || previous == 1 }
        ) {
            $0 != 2
        }
        var generator = SplitMix64(seed: 42)
        for _ in 0..<200 {
            let length = Int(generator.next() % 8) + 1
            let emissions = (0..<(length * 3)).map { _ in Float(Int(generator.next() % 200) - 100) / 10 }
            let transitions = (0..<12).map { _ in Float(Int(generator.next() % 100) - 50) / 10 }
            let tags = ViterbiDecoder.decode(
                emissions: emissions, length: length, transitions: transitions, constraints: constraints
            ).tags
            #expect(tags.last != 2)
            for position in tags.indices.dropFirst() where tags[position] == 1 { #expect(tags[position - 1] == 1) }
        }
    }

    @Test("a model's decoding gives exactly the path and margins of its scores decoded alone (ties included)")
    func vectorDecoderAgrees() {
        var generator = SplitMix64(seed: 9)
        for tagCount in [2, 5, 13, 16] {
            // Weights of a few values only, so that scores tie often and tie-breaking is tested too.
            func weight() -> Float { Float(Int(generator.next() % 7) - 3) / 2 }
            let keys = (1...40).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
            let weights = (0..<(keys.count * tagCount)).map { _ in generator.next() % 3 == 0 ? weight() : 0 }
            let transitions = (0..<((tagCount + 1) * tagCount)).map { _ in weight() }
            let model = LinearModel(
                kind: "toy", featureVersion: 1, tagNames: (0..<tagCount).map { "T\($0)" }, transitions: transitions,
                keys: keys, weights: weights)
            let forbidden = (0..<((tagCount + 1) * tagCount)).map { _ in generator.next() % 4 == 0 }
            let constraints = TagConstraints(
                tagCount: tagCount, allows: { !forbidden[($0 ?? tagCount) * tagCount + $1] }, canEnd: { $0 % 3 != 1 })
            for _ in 0..<100 {
                let length = Int(generator.next() % 12) + 1
                let features = (0..<length).map { _ in (0..<4).map { _ in keys[Int(generator.next() % 40)] } }
                var emissions = [Float](repeating: 0, count: length * tagCount)
                emissions.withUnsafeMutableBufferPointer { scores in
                    for position in 0..<length {
                        model.addScores(of: features[position], to: scores.baseAddress! + position * tagCount)
                    }
                }
                let scalar = ViterbiDecoder.decode(
                    emissions: emissions, length: length, transitions: model.transitions, constraints: constraints)
                let vector = model.decode(length: length, constraints: constraints) { $1 = features[$0] }
                #expect(vector.tags == scalar.tags)
                #expect(vector.margins.map(\.bitPattern) == scalar.margins.map(\.bitPattern))
            }
        }
    }

    @Test("greedy training learns the task too")
    func greedy() {
        let sentences = Self.sentences().map {
            GreedyTrainingSentence(features: $0.features, anchors: $0.features.map { $0[0] }, tags: $0.tags)
        }
        let model = PerceptronTrainer(epochs: 5, seed: 7).trainGreedy(
            sentences, kind: "toy", featureVersion: 1, tagNames: ["O", "X"])
        for sentence in sentences {
            let tags = model.greedyTags(length: sentence.tags.count) { position, features in
                features = sentence.features[position]
            } anchor: {
                sentence.anchors[$0]
            }
            #expect(tags == sentence.tags)
        }
    }
}

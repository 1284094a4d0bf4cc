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

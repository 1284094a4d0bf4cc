import Foundation
import SequenceLabeling

/// The entity tagger's trained weights: a sentence model that reads each sentence on its own, and a
/// document model that reads each sentence again knowing what the sentence model found in the whole
/// article (``DocumentEvidence``), in the manner of Krishnan & Manning (2006). Immutable, shared by threads.
public struct EntityModel: Sendable {
    /// The first pass.
    public let sentenceModel: LinearModel
    /// The second pass; nil for a model with only the first (its output is then final).
    public let documentModel: LinearModel?

    public init(sentenceModel: LinearModel, documentModel: LinearModel?) {
        self.sentenceModel = sentenceModel
        self.documentModel = documentModel
    }

    /// Features with weights, over both passes.
    public var featureCount: Int { sentenceModel.featureCount + (documentModel?.featureCount ?? 0) }

    private static let magic = Array("TEIAEM01".utf8)

    /// Reads a model file written from ``serialized()``.
    public init(contentsOf url: URL) throws(ModelFileError) {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .unreadable(url.path) }
        let bytes = [UInt8](data)
        guard bytes.count >= 12, Array(bytes[0..<8]) == Self.magic else { throw .notAModel(url.path) }
        var offset = 8
        func readLength(_ size: Int) -> Int? {
            guard offset + size <= bytes.count else { return nil }
            var value = 0
            for index in 0..<size { value |= Int(bytes[offset + index]) << (8 * index) }
            offset += size
            return value
        }
        guard let count = readLength(4), (1...2).contains(count) else { throw .corrupt(url.path) }
        var models: [LinearModel] = []
        for _ in 0..<count {
            guard let length = readLength(8), length <= bytes.count - offset else { throw .corrupt(url.path) }
            let model = try LinearModel(
                serialized: Array(bytes[offset..<(offset + length)]), kind: StatisticalTagger.modelKind,
                featureVersion: StatisticalTagger.featureVersion, name: url.path)
            guard model.tagNames == BILOUTags.names else { throw .corrupt(url.path) }
            models.append(model)
            offset += length
        }
        guard offset == bytes.count else { throw .corrupt(url.path) }
        self.init(sentenceModel: models[0], documentModel: models.count > 1 ? models[1] : nil)
    }

    /// The model file: the magic `TEIAEM01`, the number of passes (UInt32), then each pass's
    /// ``LinearModel`` file preceded by its length (UInt64); little-endian.
    public func serialized() -> [UInt8] {
        var bytes = Self.magic
        let passes = [sentenceModel] + (documentModel.map { [$0] } ?? [])
        func append(_ value: UInt64, bytes count: Int) {
            for index in 0..<count { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(index)))) }
        }
        append(UInt64(passes.count), bytes: 4)
        for pass in passes {
            let serialized = pass.serialized()
            append(UInt64(serialized.count), bytes: 8)
            bytes += serialized
        }
        return bytes
    }
}

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

    private static let magic = Array("TEIAEM02".utf8)
    private static let headerSize = 64

    /// Maps a model file written from ``serialized()``.
    public init(contentsOf url: URL) throws(ModelFileError) {
        guard let image = ReadOnlyBytes(mappingFileAt: url.path) else { throw .unreadable(url.path) }
        guard image.count >= Self.headerSize, image.bytes(0..<8) == Self.magic else { throw .notAModel(url.path) }
        guard let count = image.integer(at: 8, as: UInt32.self), (1...2).contains(count) else {
            throw .corrupt(url.path)
        }
        var models: [LinearModel] = []
        var offset = Self.headerSize
        for pass in 0..<Int(count) {
            guard let length = image.integer(at: 16 + 8 * pass, as: UInt64.self).map(Int.init),
                length <= image.count - offset
            else { throw .corrupt(url.path) }
            let model = try LinearModel(
                image: image, range: offset..<(offset + length), kind: StatisticalTagger.modelKind,
                featureVersion: StatisticalTagger.featureVersion, name: url.path)
            guard model.tagNames == BILOUTags.names else { throw .corrupt(url.path) }
            models.append(model)
            offset += length
        }
        guard offset == image.count else { throw .corrupt(url.path) }
        self.init(sentenceModel: models[0], documentModel: models.count > 1 ? models[1] : nil)
    }

    /// The model file: a 64-byte header (the magic `TEIAEM02`, the number of passes as a UInt32 at
    /// byte 8, each pass's length as a UInt64 from byte 16), then each pass's ``LinearModel`` file
    /// (whose length is a multiple of 64, so every pass stays aligned); little-endian.
    public func serialized() -> [UInt8] {
        let passes = ([sentenceModel] + (documentModel.map { [$0] } ?? [])).map { $0.serialized() }
        var bytes = Self.magic
        func append(_ value: UInt64, bytes count: Int) {
            for index in 0..<count { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(index)))) }
        }
        append(UInt64(passes.count), bytes: 8)
        for pass in passes { append(UInt64(pass.count), bytes: 8) }
        bytes += [UInt8](repeating: 0, count: Self.headerSize - bytes.count)
        for pass in passes { bytes += pass }
        return bytes
    }
}

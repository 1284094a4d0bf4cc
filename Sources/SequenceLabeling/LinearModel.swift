import CPrefetch
import Foundation

/// A trained linear-chain tagging model: per feature, one weight for each tag, and tag-to-tag
/// transition weights. Immutable once built or loaded; shared by all threads.
public final class LinearModel: @unchecked Sendable {
    /// What the model tags, e.g. `entities-bilou` or `pos-ptb`; checked when a model file is loaded.
    public let kind: String
    /// The feature templates the model was trained with; a tagger refuses a model of another version.
    public let featureVersion: UInt32
    /// The tag names, index by index.
    public let tagNames: [String]
    public var tagCount: Int { tagNames.count }
    /// The number of features with weights.
    public var featureCount: Int { keys.count }
    /// `transitions[previous * tagCount + next]`; the row `tagCount` holds the start weights.
    public let transitions: [Float]
    /// Feature hashes, one per row.
    let keys: [UInt64]
    /// Sparse rows: row `r` holds the entries `rowStarts[r]..<rowStarts[r + 1]` of ``entryTags`` and
    /// ``entryWeights`` (a feature rarely has weight for more than a few tags). The file's layout; the
    /// look-ups use ``slots``.
    let rowStarts: [Int32]
    let entryTags: [UInt16]
    let entryWeights: [Float]
    /// Open-addressing table (linear probing) of 32-byte slots, 64-byte aligned: feature hash, its first
    /// ``Slot/inlineCount`` entries, and where the rest are in ``overflow``; a slot is empty when its key
    /// is 0. Most features have two or three entries, so a look-up usually touches one cache line.
    private let slots: UnsafeMutablePointer<Slot>
    private let slotMask: Int
    /// The entries of rows longer than ``Slot/inlineCount``, beyond the inline ones.
    private let overflow: [Entry]
    /// Rows with weights for many tags, whole (``tagCount`` values each, zeros included): added with
    /// vector instructions. Their slots have ``Slot/denseCount`` as count and the row's offset here.
    private let dense: [Float]

    /// One feature of the table.
    struct Slot {
        static let inlineCount = 3
        static let denseCount = UInt16.max
        var key: UInt64 = 0
        /// The row's entries past the inline ones: `overflow[overflowStart..<overflowStart + count - 3]`.
        var overflowStart: UInt32 = 0
        var count: UInt16 = 0
        var tag0: UInt16 = 0
        var tag1: UInt16 = 0
        var tag2: UInt16 = 0
        var weight0: Float = 0
        var weight1: Float = 0
        var weight2: Float = 0
    }

    struct Entry {
        var tag: UInt32
        var weight: Float
    }

    /// Builds a model from dense weights; `keys` are distinct non-zero feature hashes, `weights` has
    /// `keys.count * tagNames.count` values, row by row. Weights within ±1e-4 of zero are dropped.
    public convenience init(
        kind: String, featureVersion: UInt32, tagNames: [String], transitions: [Float], keys: [UInt64],
        weights: [Float]
    ) {
        let tagCount = tagNames.count
        precondition(weights.count == keys.count * tagCount)
        var rowStarts: [Int32] = [0]
        var entryTags: [UInt16] = []
        var entryWeights: [Float] = []
        for row in keys.indices {
            for tag in 0..<tagCount where abs(weights[row * tagCount + tag]) > 1e-4 {
                entryTags.append(UInt16(tag))
                entryWeights.append(weights[row * tagCount + tag])
            }
            rowStarts.append(Int32(entryTags.count))
        }
        self.init(
            kind: kind, featureVersion: featureVersion, tagNames: tagNames, transitions: transitions, keys: keys,
            rowStarts: rowStarts, entryTags: entryTags, entryWeights: entryWeights)
    }

    init(
        kind: String, featureVersion: UInt32, tagNames: [String], transitions: [Float], keys: [UInt64],
        rowStarts: [Int32], entryTags: [UInt16], entryWeights: [Float]
    ) {
        let tagCount = tagNames.count
        precondition(transitions.count == (tagCount + 1) * tagCount && rowStarts.count == keys.count + 1)
        self.kind = kind
        self.featureVersion = featureVersion
        self.tagNames = tagNames
        self.transitions = transitions
        self.keys = keys
        self.rowStarts = rowStarts
        self.entryTags = entryTags
        self.entryWeights = entryWeights
        // At most about 0.55 full: short probe runs, and a table of a few MB for the largest model.
        var capacity = 16
        while capacity * 11 < keys.count * 20 { capacity <<= 1 }
        precondition(MemoryLayout<Slot>.stride == 32)
        let raw = UnsafeMutableRawPointer.allocate(byteCount: capacity * 32, alignment: 64)
        let slots = raw.bindMemory(to: Slot.self, capacity: capacity)
        slots.initialize(repeating: Slot(), count: capacity)
        var overflow: [Entry] = []
        var dense: [Float] = []
        // Adding a whole row costs about as much as adding a quarter of its entries one by one.
        let denseFrom = max(16, tagCount / 4)
        for (row, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key) & (capacity - 1)
            while slots[slot].key != 0 { slot = (slot + 1) & (capacity - 1) }
            let start = Int(rowStarts[row])
            let count = Int(rowStarts[row + 1]) - start
            if count >= denseFrom {
                slots[slot] = Slot(key: key, overflowStart: UInt32(dense.count), count: Slot.denseCount)
                var values = [Float](repeating: 0, count: tagCount)
                for entry in start..<(start + count) { values[Int(entryTags[entry])] = entryWeights[entry] }
                dense += values
                continue
            }
            var record = Slot(key: key, overflowStart: UInt32(overflow.count), count: UInt16(count))
            if count > 0 { (record.tag0, record.weight0) = (entryTags[start], entryWeights[start]) }
            if count > 1 { (record.tag1, record.weight1) = (entryTags[start + 1], entryWeights[start + 1]) }
            if count > 2 { (record.tag2, record.weight2) = (entryTags[start + 2], entryWeights[start + 2]) }
            for entry in (start + Slot.inlineCount)..<max(start + Slot.inlineCount, start + count) {
                overflow.append(Entry(tag: UInt32(entryTags[entry]), weight: entryWeights[entry]))
            }
            slots[slot] = record
        }
        self.slots = slots
        self.overflow = overflow
        self.dense = dense
        slotMask = capacity - 1
    }

    deinit {
        slots.deinitialize(count: slotMask + 1)
        UnsafeMutableRawPointer(slots).deallocate()
    }

    /// Adds the weights of `features` for every tag to `scores` (``tagCount`` values), feature by
    /// feature in order (so every score is the same sum, in the same order, whatever the layout).
    @inline(__always)
    public func addScores(of features: [UInt64], to scores: UnsafeMutablePointer<Float>) {
        features.withUnsafeBufferPointer { features in
            // First ask for every feature's slot, so that the cache misses overlap instead of waiting
            // for each other.
            prefetch(features)
            accumulate(features, into: scores)
        }
    }

    /// Asks the processor for the slots of `features`, ahead of ``accumulate(_:into:)``.
    @inline(__always)
    private func prefetch(_ features: UnsafeBufferPointer<UInt64>) {
        for feature in features { tei_prefetch(slots + (Int(truncatingIfNeeded: feature) & slotMask)) }
    }

    /// ``addScores(of:to:)`` without the prefetch.
    @inline(__always)
    private func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        let slots = self.slots
        let mask = slotMask
        let tagCount = self.tagCount
        overflow.withUnsafeBufferPointer { overflow in
            for feature in features {
                var slot = Int(truncatingIfNeeded: feature) & mask
                while true {
                    let found = slots[slot].key
                    if found == feature { break }
                    if found == 0 { slot = -1; break }
                    slot = (slot + 1) & mask
                }
                guard slot >= 0 else { continue }
                let record = slots[slot]
                if record.count == Slot.denseCount {
                    // Scores are never -0 (they start at +0 and weights are never 0), so adding the
                    // row's zeros leaves them exactly as they are.
                    dense.withUnsafeBufferPointer {
                        Self.add($0.baseAddress! + Int(record.overflowStart), to: scores, count: tagCount)
                    }
                    continue
                }
                let count = Int(record.count)
                if count > 0 { scores[Int(record.tag0)] += record.weight0 }
                if count > 1 { scores[Int(record.tag1)] += record.weight1 }
                if count > 2 {
                    scores[Int(record.tag2)] += record.weight2
                    let start = Int(record.overflowStart)
                    for entry in start..<(start + count - Slot.inlineCount) {
                        scores[Int(overflow[entry].tag)] += overflow[entry].weight
                    }
                }
            }
        }
    }

    /// `scores[i] += row[i]` for `count` values, eight at a time.
    @inline(__always)
    private static func add(_ row: UnsafePointer<Float>, to scores: UnsafeMutablePointer<Float>, count: Int) {
        var index = 0
        while index + 8 <= count {
            let sum =
                UnsafeRawPointer(scores + index).loadUnaligned(as: SIMD8<Float>.self)
                + UnsafeRawPointer(row + index).loadUnaligned(as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(scores + index).storeBytes(of: sum, as: SIMD8<Float>.self)
            index += 8
        }
        while index < count {
            scores[index] += row[index]
            index += 1
        }
    }

    /// The best tags of one sentence whose tokens have the features `features(position, &buffer)`;
    /// margins from position `marginsFrom(tags)` on (see ``ViterbiDecoder/decode(emissions:length:transitions:constraints:marginsFrom:)``).
    public func decode(
        length: Int, constraints: TagConstraints, marginsFrom: ([Int]) -> Int = { _ in 0 },
        features: (Int, inout [UInt64]) -> Void
    ) -> ViterbiDecoder.Path {
        var emissions = [Float](repeating: 0, count: length * tagCount)
        var buffer: [UInt64] = []
        buffer.reserveCapacity(64)
        emissions.withUnsafeMutableBufferPointer { scores in
            for position in 0..<length {
                features(position, &buffer)
                addScores(of: buffer, to: scores.baseAddress! + position * tagCount)
            }
        }
        return ViterbiDecoder.decode(
            emissions: emissions, length: length, transitions: transitions, constraints: constraints,
            marginsFrom: marginsFrom)
    }
}

// MARK: - Model files

extension LinearModel {
    private static let magic = Array("TEIALM02".utf8)

    /// Reads a model file written from ``serialized()``.
    /// - Parameters:
    ///   - kind: the kind the caller needs; a model of another kind is refused.
    ///   - featureVersion: the feature templates the caller computes; a model of another version is refused.
    public convenience init(contentsOf url: URL, kind: String, featureVersion: UInt32) throws(ModelFileError) {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .unreadable(url.path) }
        try self.init(serialized: [UInt8](data), kind: kind, featureVersion: featureVersion, name: url.path)
    }

    /// Reads a model from the bytes ``serialized()`` gives; `name` (a path) names it in errors.
    public convenience init(serialized bytes: [UInt8], kind: String, featureVersion: UInt32, name: String)
        throws(ModelFileError)
    {
        var reader = BinaryReader(bytes: bytes)
        guard reader.read(count: 8) == Self.magic else { throw .notAModel(name) }
        guard let foundKind = reader.readString() else { throw .corrupt(name) }
        guard foundKind == kind else { throw .wrongKind(name, expected: kind, found: foundKind) }
        guard let version = reader.readUInt32(), version == featureVersion else { throw .incompatible(name) }
        guard let tagCount = reader.readUInt32().map(Int.init), tagCount > 0, tagCount < 10_000 else {
            throw .corrupt(name)
        }
        var tagNames: [String] = []
        for _ in 0..<tagCount {
            guard let tagName = reader.readString() else { throw .corrupt(name) }
            tagNames.append(tagName)
        }
        guard let featureCount = reader.readUInt32().map(Int.init),
            let transitions = reader.readFloats((tagCount + 1) * tagCount),
            let keys = reader.readUInt64s(featureCount), let rowCounts = reader.readUInt16s(featureCount),
            let entryCount = reader.readUInt32().map(Int.init), let entryTags = reader.readUInt16s(entryCount),
            let entryWeights = reader.readFloats(entryCount), reader.isAtEnd,
            keys.first != 0, zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }),
            rowCounts.reduce(0, { $0 + Int($1) }) == entryCount, entryTags.allSatisfy({ Int($0) < tagCount })
        else { throw .corrupt(name) }
        var rowStarts: [Int32] = [0]
        rowStarts.reserveCapacity(featureCount + 1)
        for count in rowCounts { rowStarts.append(rowStarts.last! + Int32(count)) }
        self.init(
            kind: kind, featureVersion: featureVersion, tagNames: tagNames, transitions: transitions, keys: keys,
            rowStarts: rowStarts, entryTags: entryTags, entryWeights: entryWeights)
    }

    /// The model file: magic, kind, feature version, tag names, feature count, transitions, feature
    /// hashes (ascending), each row's entry count, then the entries' tags and weights; little-endian,
    /// strings length-prefixed UTF-8.
    public func serialized() -> [UInt8] {
        var bytes = Self.magic
        bytes.appendString(kind)
        bytes.appendLittleEndian(featureVersion)
        bytes.appendLittleEndian(UInt32(tagCount))
        for name in tagNames { bytes.appendString(name) }
        bytes.appendLittleEndian(UInt32(featureCount))
        for value in transitions { bytes.appendLittleEndian(value.bitPattern) }
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        for row in order { bytes.appendLittleEndian(keys[row]) }
        for row in order { bytes.appendLittleEndian(UInt16(rowStarts[row + 1] - rowStarts[row])) }
        bytes.appendLittleEndian(UInt32(entryTags.count))
        for row in order {
            for entry in Int(rowStarts[row])..<Int(rowStarts[row + 1]) { bytes.appendLittleEndian(entryTags[entry]) }
        }
        for row in order {
            for entry in Int(rowStarts[row])..<Int(rowStarts[row + 1]) {
                bytes.appendLittleEndian(entryWeights[entry].bitPattern)
            }
        }
        return bytes
    }
}

/// Why a model file could not be loaded.
public enum ModelFileError: Error, Sendable, CustomStringConvertible {
    case unreadable(String)
    case notAModel(String)
    case wrongKind(String, expected: String, found: String)
    case incompatible(String)
    case corrupt(String)

    public var description: String {
        switch self {
        case .unreadable(let path): "cannot read model \(path)"
        case .notAModel(let path): "\(path) is not a tei-annotator model"
        case .wrongKind(let path, let expected, let found): "\(path) is a \(found) model, not \(expected)"
        case .incompatible(let path): "\(path) was trained with other features; retrain it with this version"
        case .corrupt(let path): "model \(path) is truncated or corrupt"
        }
    }
}

struct BinaryReader {
    let bytes: [UInt8]
    var offset = 0

    var isAtEnd: Bool { offset == bytes.count }

    mutating func read(count: Int) -> [UInt8]? {
        guard count >= 0, offset + count <= bytes.count else { return nil }
        defer { offset += count }
        return Array(bytes[offset..<(offset + count)])
    }

    mutating func readUInt32() -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for index in 0..<4 { value |= UInt32(bytes[offset + index]) << (8 * index) }
        offset += 4
        return value
    }

    mutating func readString() -> String? {
        guard let length = readUInt32(), length < 1 << 16, let raw = read(count: Int(length)) else { return nil }
        return String(validating: raw, as: UTF8.self)
    }

    mutating func readFloats(_ count: Int) -> [Float]? {
        guard count >= 0, offset + 4 * count <= bytes.count else { return nil }
        var result = [Float](repeating: 0, count: count)
        let start = offset
        bytes.withUnsafeBytes { raw in
            for index in 0..<count {
                let bits = raw.loadUnaligned(fromByteOffset: start + 4 * index, as: UInt32.self)
                result[index] = Float(bitPattern: UInt32(littleEndian: bits))
            }
        }
        offset += 4 * count
        return result
    }

    mutating func readUInt16s(_ count: Int) -> [UInt16]? {
        guard count >= 0, offset + 2 * count <= bytes.count else { return nil }
        var result = [UInt16](repeating: 0, count: count)
        let start = offset
        bytes.withUnsafeBytes { raw in
            for index in 0..<count {
                result[index] = UInt16(
                    littleEndian: raw.loadUnaligned(fromByteOffset: start + 2 * index, as: UInt16.self))
            }
        }
        offset += 2 * count
        return result
    }

    mutating func readUInt64s(_ count: Int) -> [UInt64]? {
        guard count >= 0, offset + 8 * count <= bytes.count else { return nil }
        var result = [UInt64](repeating: 0, count: count)
        let start = offset
        bytes.withUnsafeBytes { raw in
            for index in 0..<count {
                result[index] = UInt64(
                    littleEndian: raw.loadUnaligned(fromByteOffset: start + 8 * index, as: UInt64.self))
            }
        }
        offset += 8 * count
        return result
    }
}

extension [UInt8] {
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    mutating func appendString(_ value: String) {
        appendLittleEndian(UInt32(value.utf8.count))
        append(contentsOf: value.utf8)
    }
}

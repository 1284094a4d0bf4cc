import CPrefetch
import Foundation

/// A trained linear-chain tagging model: per feature, one weight for each tag, and tag-to-tag
/// transition weights. Immutable once built or loaded; shared by all threads.
///
/// The model is one image (``ReadOnlyBytes``) whose layout is the model file's: loading maps the file
/// and checks it, with nothing to parse or build, and a look-up reads the image where it lies.
public final class LinearModel: @unchecked Sendable {
    /// What the model tags, e.g. `entities-bilou` or `pos-ptb`; checked when a model file is loaded.
    public let kind: String
    /// The feature templates the model was trained with; a tagger refuses a model of another version.
    public let featureVersion: UInt32
    /// The tag names, index by index.
    public let tagNames: [String]
    public var tagCount: Int { tagNames.count }
    /// The number of features with weights.
    public let featureCount: Int
    /// `transitions[previous * tagCount + next]`; the row `tagCount` holds the start weights.
    public let transitions: [Float]
    /// The bytes of the image, which the pointers below point into.
    private let image: ReadOnlyBytes
    private let imageRange: Range<Int>
    /// Open-addressing table (linear probing from a feature's home, ``home(_:)``) of
    /// ``Layout/slotSize``-byte slots: feature hash, its first ``Layout/inlineCount`` entries, and where
    /// the rest are in ``overflow``; a slot is empty when its key is 0. Most features have two or three
    /// entries, so a look-up usually touches one cache line.
    private let slots: UnsafePointer<Slot>
    private let slotCount: Int
    /// The entries of rows longer than ``Layout/inlineCount``, beyond the inline ones: tag (UInt32) and
    /// weight (Float).
    private let overflow: UnsafePointer<Entry>
    private let overflowCount: Int
    /// Rows with weights for many tags, whole (``tagCount`` values each, zeros included): added with
    /// vector instructions. Their slots have ``Layout/denseCount`` as count and the row's offset here.
    private let dense: UnsafePointer<Float>
    private let denseValueCount: Int

    /// Where each part of a model image lies. The image, little-endian, every part 64-byte aligned:
    ///
    /// - header (64 bytes): the magic `TEIALM03`, then UInt32s: feature version, tag count, feature
    ///   count, slot count (a power of two), overflow entry count, dense value count, names length;
    /// - names: the kind, then each tag name, each as a UInt32 length and UTF-8 bytes;
    /// - transitions: `(tagCount + 1) * tagCount` Floats;
    /// - slots, 32 bytes each: key (UInt64, 0 when empty), overflow start (UInt32), count (UInt16; the
    ///   dense marker for a dense row), three tags (UInt16) and three weights (Float);
    /// - overflow entries, 8 bytes each: tag (UInt32), weight (Float);
    /// - dense rows: Floats.
    struct Layout {
        static let magic = Array("TEIALM03".utf8)
        static let headerSize = 64
        static let slotSize = 32
        static let entrySize = 8
        static let inlineCount = 3
        static let denseCount = UInt16.max

        var tagCount: Int
        var slotCount: Int
        var overflowCount: Int
        var denseValueCount: Int
        var namesLength: Int

        var namesOffset: Int { Self.headerSize }
        var transitionsOffset: Int { (namesOffset + namesLength).alignedTo64 }
        var slotsOffset: Int { (transitionsOffset + 4 * (tagCount + 1) * tagCount).alignedTo64 }
        var overflowOffset: Int { (slotsOffset + Self.slotSize * slotCount).alignedTo64 }
        var denseOffset: Int { (overflowOffset + Self.entrySize * overflowCount).alignedTo64 }
        var length: Int { (denseOffset + 4 * denseValueCount).alignedTo64 }
    }

    /// A slot of the image as the look-ups read it; its fields lie where ``Layout`` says (checked
    /// when a model is loaded).
    struct Slot {
        var key: UInt64
        var overflowStart: UInt32
        var count: UInt16
        var tag0: UInt16
        var tag1: UInt16
        var tag2: UInt16
        var weight0: Float
        var weight1: Float
        var weight2: Float

        static let matchesLayout =
            MemoryLayout<Slot>.stride == Layout.slotSize && MemoryLayout<Slot>.offset(of: \.overflowStart) == 8
            && MemoryLayout<Slot>.offset(of: \.count) == 12 && MemoryLayout<Slot>.offset(of: \.tag0) == 14
            && MemoryLayout<Slot>.offset(of: \.tag2) == 18 && MemoryLayout<Slot>.offset(of: \.weight0) == 20
            && MemoryLayout<Slot>.offset(of: \.weight2) == 28
    }

    /// An overflow entry of the image.
    struct Entry {
        var tag: UInt32
        var weight: Float

        static let matchesLayout =
            MemoryLayout<Entry>.stride == Layout.entrySize && MemoryLayout<Entry>.offset(of: \.weight) == 4
    }

    /// Builds a model from dense weights; `keys` are distinct non-zero feature hashes, `weights` has
    /// `keys.count * tagNames.count` values, row by row. Weights within ±1e-4 of zero are dropped.
    public convenience init(
        kind: String, featureVersion: UInt32, tagNames: [String], transitions: [Float], keys: [UInt64],
        weights: [Float]
    ) {
        let tagCount = tagNames.count
        precondition(weights.count == keys.count * tagCount)
        precondition(transitions.count == (tagCount + 1) * tagCount)
        var rows: [(key: UInt64, entries: [(tag: UInt16, weight: Float)])] = []
        rows.reserveCapacity(keys.count)
        for (row, key) in keys.enumerated() {
            precondition(key != 0)
            var entries: [(tag: UInt16, weight: Float)] = []
            for tag in 0..<tagCount where abs(weights[row * tagCount + tag]) > 1e-4 {
                entries.append((UInt16(tag), weights[row * tagCount + tag]))
            }
            rows.append((key, entries))
        }
        let image = Self.image(
            kind: kind, featureVersion: featureVersion, tagNames: tagNames, transitions: transitions, rows: rows)
        // The image was just made from valid parts.
        try! self.init(image: image, range: 0..<image.count, kind: kind, featureVersion: featureVersion, name: kind)
    }

    /// The image of a model (see ``Layout``), rows placed in ascending key order (so the same model
    /// always gives the same bytes).
    private static func image(
        kind: String, featureVersion: UInt32, tagNames: [String], transitions: [Float],
        rows: [(key: UInt64, entries: [(tag: UInt16, weight: Float)])]
    ) -> ReadOnlyBytes {
        let tagCount = tagNames.count
        var names: [UInt8] = []
        for name in [kind] + tagNames {
            names.appendLittleEndian(UInt32(name.utf8.count))
            names += name.utf8
        }
        // A power of two (a key's home is its low bits) at most 0.55 full: short probe runs, also for the
        // features a model does not have.
        var slotCount = 16
        while slotCount * 11 < rows.count * 20 { slotCount <<= 1 }
        // Adding a whole row costs about as much as adding a quarter of its entries one by one.
        let denseFrom = max(16, tagCount / 4)
        var slotBytes = [UInt8](repeating: 0, count: slotCount * Layout.slotSize)
        var overflow: [UInt8] = []
        var dense: [Float] = []
        for row in rows.sorted(by: { $0.key < $1.key }) {
            var slot = home(row.key, slotCount: slotCount)
            while slotBytes.withUnsafeBytes({
                $0.loadUnaligned(fromByteOffset: slot * Layout.slotSize, as: UInt64.self)
            })
                != 0
            {
                slot = (slot + 1) & (slotCount - 1)
            }
            var record: [UInt8] = []
            record.appendLittleEndian(row.key)
            if row.entries.count >= denseFrom {
                record.appendLittleEndian(UInt32(dense.count))
                record.appendLittleEndian(Layout.denseCount)
                var values = [Float](repeating: 0, count: tagCount)
                for entry in row.entries { values[Int(entry.tag)] = entry.weight }
                dense += values
            } else {
                record.appendLittleEndian(UInt32(overflow.count / Layout.entrySize))
                record.appendLittleEndian(UInt16(row.entries.count))
                for index in 0..<Layout.inlineCount {
                    record.appendLittleEndian(index < row.entries.count ? row.entries[index].tag : 0)
                }
                for index in 0..<Layout.inlineCount {
                    record.appendLittleEndian(index < row.entries.count ? row.entries[index].weight.bitPattern : 0)
                }
                for entry in row.entries.dropFirst(Layout.inlineCount) {
                    overflow.appendLittleEndian(UInt32(entry.tag))
                    overflow.appendLittleEndian(entry.weight.bitPattern)
                }
            }
            record += [UInt8](repeating: 0, count: Layout.slotSize - record.count)
            slotBytes.replaceSubrange((slot * Layout.slotSize)..<((slot + 1) * Layout.slotSize), with: record)
        }
        let layout = Layout(
            tagCount: tagCount, slotCount: slotCount, overflowCount: overflow.count / Layout.entrySize,
            denseValueCount: dense.count, namesLength: names.count)
        var header = Layout.magic
        for value in [
            featureVersion, UInt32(tagCount), UInt32(rows.count), UInt32(slotCount), UInt32(layout.overflowCount),
            UInt32(dense.count), UInt32(names.count),
        ] {
            header.appendLittleEndian(value)
        }
        return ReadOnlyBytes(count: layout.length) { image in
            func put(_ bytes: [UInt8], at offset: Int) {
                bytes.withUnsafeBytes {
                    image.advanced(by: offset).copyMemory(from: $0.baseAddress!, byteCount: $0.count)
                }
            }
            put(header, at: 0)
            put(names, at: layout.namesOffset)
            var transitionBytes: [UInt8] = []
            for value in transitions { transitionBytes.appendLittleEndian(value.bitPattern) }
            put(transitionBytes, at: layout.transitionsOffset)
            put(slotBytes, at: layout.slotsOffset)
            put(overflow, at: layout.overflowOffset)
            var denseBytes: [UInt8] = []
            for value in dense { denseBytes.appendLittleEndian(value.bitPattern) }
            put(denseBytes, at: layout.denseOffset)
        }
    }

    /// Reads and checks the model image at `range` of `image`.
    /// - Parameters:
    ///   - kind: the kind the caller needs; a model of another kind is refused.
    ///   - featureVersion: the feature templates the caller computes; a model of another version is refused.
    ///   - name: the file's path, for errors.
    public init(image: ReadOnlyBytes, range: Range<Int>, kind: String, featureVersion: UInt32, name: String)
        throws(ModelFileError)
    {
        let start = range.lowerBound
        guard range.count >= Layout.headerSize, start % 64 == 0,
            image.bytes(start..<(start + 8)) == Layout.magic
        else { throw .notAModel(name) }
        // The image is read in place, as the machine's integers: a big-endian machine cannot.
        guard UInt32(1).littleEndian == 1, Slot.matchesLayout, Entry.matchesLayout else { throw .incompatible(name) }
        func count(_ field: Int) -> Int { Int(image.integer(at: start + 8 + 4 * field, as: UInt32.self)!) }
        let layout = Layout(
            tagCount: count(1), slotCount: count(3), overflowCount: count(4), denseValueCount: count(5),
            namesLength: count(6))
        let featureCount = count(2)
        guard layout.tagCount > 0, layout.tagCount < 10_000, layout.namesLength < 1 << 24,
            featureCount < layout.slotCount, layout.slotCount.nonzeroBitCount == 1, layout.length == range.count
        else { throw .corrupt(name) }
        var names: [String] = []
        var offset = start + layout.namesOffset
        while offset < start + layout.namesOffset + layout.namesLength {
            guard let length = image.integer(at: offset, as: UInt32.self).map(Int.init),
                offset + 4 + length <= start + layout.namesOffset + layout.namesLength,
                let bytes = image.bytes((offset + 4)..<(offset + 4 + length)),
                let string = String(validating: bytes, as: UTF8.self)
            else { throw .corrupt(name) }
            names.append(string)
            offset += 4 + length
        }
        guard names.count == layout.tagCount + 1 else { throw .corrupt(name) }
        guard names[0] == kind else { throw .wrongKind(name, expected: kind, found: names[0]) }
        guard count(0) == Int(featureVersion) else { throw .incompatible(name) }
        let base = image.base + start
        self.kind = kind
        self.featureVersion = featureVersion
        tagNames = Array(names.dropFirst())
        self.featureCount = featureCount
        transitions = (0..<((layout.tagCount + 1) * layout.tagCount)).map {
            Float(bitPattern: base.load(fromByteOffset: layout.transitionsOffset + 4 * $0, as: UInt32.self))
        }
        self.image = image
        imageRange = range
        slots = (base + layout.slotsOffset).bindMemory(to: Slot.self, capacity: layout.slotCount)
        slotCount = layout.slotCount
        overflow = (base + layout.overflowOffset).bindMemory(to: Entry.self, capacity: layout.overflowCount)
        overflowCount = layout.overflowCount
        dense = (base + layout.denseOffset).bindMemory(to: Float.self, capacity: layout.denseValueCount)
        denseValueCount = layout.denseValueCount
    }

    /// The slot where the probe for `key` starts: its low bits (keys are hashes).
    @inline(__always)
    static func home(_ key: UInt64, slotCount: Int) -> Int { Int(truncatingIfNeeded: key) & (slotCount - 1) }

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
        for feature in features {
            tei_prefetch(slots + Self.home(feature, slotCount: slotCount))
        }
    }

    /// ``addScores(of:to:)`` without the prefetch.
    ///
    /// Loading does not read the slots (that would touch every page of the image), so a slot is
    /// trusted only as far as this checks it: a damaged file gives wrong scores, never a read or a
    /// write outside the image and `scores`, nor an endless probe.
    @inline(__always)
    private func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        let slots = self.slots
        let mask = slotCount - 1
        let lastTag = tagCount - 1
        for feature in features {
            var slot = Self.home(feature, slotCount: slotCount)
            var probes = 0
            while true {
                let found = slots[slot].key
                if found == feature { break }
                probes += 1
                if found == 0 || probes > mask { slot = -1; break }
                slot = (slot + 1) & mask
            }
            guard slot >= 0 else { continue }
            let record = slots[slot]
            if record.count == Layout.denseCount {
                // Scores are never -0 (they start at +0 and weights are never 0), so adding the
                // row's zeros leaves them exactly as they are.
                if Int(record.overflowStart) + tagCount <= denseValueCount {
                    Self.add(dense + Int(record.overflowStart), to: scores, count: tagCount)
                }
                continue
            }
            let count = Int(record.count)
            if count > 0 { scores[min(Int(record.tag0), lastTag)] += record.weight0 }
            if count > 1 { scores[min(Int(record.tag1), lastTag)] += record.weight1 }
            if count > 2 {
                scores[min(Int(record.tag2), lastTag)] += record.weight2
                let start = Int(record.overflowStart)
                let end = min(start + count - Layout.inlineCount, overflowCount)
                var entry = start
                while entry < end {
                    scores[min(Int(overflow[entry].tag), lastTag)] += overflow[entry].weight
                    entry += 1
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
    /// Maps a model file written from ``serialized()``.
    /// - Parameters:
    ///   - kind: the kind the caller needs; a model of another kind is refused.
    ///   - featureVersion: the feature templates the caller computes; a model of another version is refused.
    public convenience init(contentsOf url: URL, kind: String, featureVersion: UInt32) throws(ModelFileError) {
        guard let image = ReadOnlyBytes(mappingFileAt: url.path) else { throw .unreadable(url.path) }
        try self.init(image: image, range: 0..<image.count, kind: kind, featureVersion: featureVersion, name: url.path)
    }

    /// The model file: the image (see ``Layout``), byte for byte.
    public func serialized() -> [UInt8] { image.bytes(imageRange)! }
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

extension [UInt8] {
    /// Appends `value`'s bytes, least significant first.
    public mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}

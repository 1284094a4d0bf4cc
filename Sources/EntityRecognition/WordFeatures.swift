import Foundation

/// What a large text collection says about a word form the training data may never show: its Brown
/// cluster (words of similar use share a path in the cluster tree), how much more often it is
/// written with a capital than without, and how frequent it is. Built by
/// `Scripts/build-word-features.py` from spacy-lookups-data (see `Resources/Gazetteers/SOURCES.md`).
///
/// The file is read once into sorted keys (FNV-1a of the form's UTF-8 bytes, as ``SurfaceKey``) and
/// packed values; a look-up is a binary search.
public struct WordFeatures: Sendable {
    /// One form's representation.
    struct Entry: Equatable {
        /// The Brown cluster path as an integer (0: no cluster).
        var cluster: UInt32
        /// For a capitalized form: log p(Form) − log p(form), rounded, clamped to −6…6 and offset by 7;
        /// 14 when the lower-case form is never seen; 0 otherwise.
        var caseBucket: UInt8
        /// −log p(form), rounded down, 3…19.
        var frequencyBucket: UInt8
    }

    private let keys: [UInt64]
    private let values: [UInt32]

    /// No representations: every look-up misses.
    static let empty = WordFeatures(keys: [], values: [])

    private init(keys: [UInt64], values: [UInt32]) {
        self.keys = keys
        self.values = values
    }

    private static let magic = Array("TEIAWF01".utf8)

    /// Reads a `word-features.bin` file.
    init(contentsOf url: URL) throws(GazetteerError) {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .missing(url.path) }
        let bytes = [UInt8](data)
        guard bytes.count >= 12, Array(bytes[0..<8]) == Self.magic else { throw .malformed(file: url.path, line: 0) }
        let count = bytes.withUnsafeBytes {
            Int(UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: 8, as: UInt32.self)))
        }
        guard bytes.count == 12 + 12 * count else { throw .malformed(file: url.path, line: 0) }
        var keys = [UInt64](repeating: 0, count: count)
        var values = [UInt32](repeating: 0, count: count)
        bytes.withUnsafeBytes { raw in
            for index in 0..<count {
                keys[index] = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 12 + 8 * index, as: UInt64.self))
                values[index] = UInt32(
                    littleEndian: raw.loadUnaligned(fromByteOffset: 12 + 8 * count + 4 * index, as: UInt32.self))
            }
        }
        guard zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) else { throw .malformed(file: url.path, line: 0) }
        self.init(keys: keys, values: values)
    }

    /// The representation of the form whose key is `key`, if the collection knows it.
    func entry(key: UInt64) -> Entry? {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) >> 1
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        guard low < keys.count, keys[low] == key else { return nil }
        let value = values[low]
        return Entry(
            cluster: value & 0x3_FFFF, caseBucket: UInt8((value >> 18) & 0xF), frequencyBucket: UInt8(value >> 22))
    }

    /// The representation of a form as written.
    func entry(_ form: some StringProtocol) -> Entry? { entry(key: SurfaceKey.of(form)) }

    public var count: Int { keys.count }
}

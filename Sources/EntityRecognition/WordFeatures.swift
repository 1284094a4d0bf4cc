import Foundation
import SequenceLabeling

/// What a large text collection says about a word form the training data may never show: its Brown
/// cluster (words of similar use share a path in the cluster tree), how much more often it is
/// written with a capital than without, and how frequent it is. Built by
/// `Scripts/build-word-features.py` from spacy-lookups-data (see `Resources/Gazetteers/SOURCES.md`).
///
/// The file is mapped, not read: sorted keys (FNV-1a of the form's UTF-8 bytes, as ``SurfaceKey``) and
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

    private let image: ReadOnlyBytes
    /// The number of forms.
    public let count: Int

    private static let magic = Array("TEIAWF01".utf8)
    private static let keysOffset = 12

    /// Maps a `word-features.bin` file: the magic `TEIAWF01`, the form count (UInt32), the forms' keys
    /// (UInt64, ascending), then their values (UInt32); little-endian.
    init(contentsOf url: URL) throws(GazetteerError) {
        guard let image = ReadOnlyBytes(mappingFileAt: url.path) else { throw .missing(url.path) }
        guard image.bytes(0..<8) == Self.magic, let count = image.integer(at: 8, as: UInt32.self).map(Int.init),
            image.count == Self.keysOffset + 12 * count
        else { throw .malformed(file: url.path, line: 0) }
        self.image = image
        self.count = count
    }

    private func key(_ index: Int) -> UInt64 {
        UInt64(littleEndian: image.base.loadUnaligned(fromByteOffset: Self.keysOffset + 8 * index, as: UInt64.self))
    }

    /// The representation of the form whose key is `key`, if the collection knows it.
    func entry(key: UInt64) -> Entry? {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) >> 1
            if self.key(middle) < key { low = middle + 1 } else { high = middle }
        }
        guard low < count, self.key(low) == key else { return nil }
        let value = UInt32(
            littleEndian: image.base.loadUnaligned(
                fromByteOffset: Self.keysOffset + 8 * count + 4 * low, as: UInt32.self))
        return Entry(
            cluster: value & 0x3_FFFF, caseBucket: UInt8((value >> 18) & 0xF), frequencyBucket: UInt8(value >> 22))
    }

    /// The representation of a form as written.
    func entry(_ form: some StringProtocol) -> Entry? { entry(key: SurfaceKey.of(form)) }
}

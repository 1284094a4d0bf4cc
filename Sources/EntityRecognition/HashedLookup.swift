import AnnotationModel
import Foundation
import SequenceLabeling

/// Keys of surface forms: FNV-1a over the form's UTF-8 bytes, words separated by one space, so a
/// run of tokens can be looked up without building its string.
enum SurfaceKey {
    static func of(_ text: some StringProtocol) -> UInt64 {
        text.utf8.reduce(FeatureHashing.offset) { FeatureHashing.byte($0, $1) }
    }

    /// The keys of the runs of 1, 2, … up to `count` tokens from `start` (fewer at the end of `limit`),
    /// into `keys`: tokens joined by one space where the text has a blank between them.
    static func runs(
        _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], from start: Int, count: Int, limit: Int,
        into keys: inout [UInt64]
    ) {
        keys.removeAll(keepingCapacity: true)
        var hash = FeatureHashing.offset
        var index = start
        while index < min(limit, start + count) {
            if index > start && tokens[index - 1].spaceAfter { hash = FeatureHashing.byte(hash, 0x20) }
            for position in tokens[index].span.start..<tokens[index].span.end {
                hash = FeatureHashing.byte(hash, bytes[position])
            }
            keys.append(hash)
            index += 1
        }
    }
}

/// A table keyed by surface form that stores only the forms' keys (see ``SurfaceKey``): a table of
/// the mapped gazetteer file, whose 32-bit values `decode` turns into values.
public struct HashedLookup<Value: Sendable>: Sendable {
    let table: FrozenKeyTable
    let decode: @Sendable (UInt32) -> Value?

    /// The value for a form, as written.
    public subscript(_ form: some StringProtocol) -> Value? { self[key: SurfaceKey.of(form)] }

    subscript(key key: UInt64) -> Value? { table[key].flatMap(decode) }

    public var count: Int { table.count }
}

/// A set of surface forms that stores only the forms' keys (see ``SurfaceKey``).
public struct HashedSet: Sendable {
    let keys: FrozenKeyTable

    /// Whether the set holds the form, or (for a form with letters beyond ASCII) the form without its
    /// diacritics: the census name lists write `Tomas` and `Jose`, articles `Tomás` and `José`.
    public func contains(_ form: some StringProtocol) -> Bool {
        if keys.contains(SurfaceKey.of(form)) { return true }
        guard form.utf8.contains(where: { $0 >= 0x80 }) else { return false }
        return keys.contains(SurfaceKey.of(String(form).folding(options: .diacriticInsensitive, locale: nil)))
    }

    func contains(key: UInt64) -> Bool { keys.contains(key) }

    public var count: Int { keys.count }
}

/// A binary resource file of named sections that is mapped, not parsed: word lists and gazetteers
/// are compiled into one (``SectionFileBuilder``) from their tab-separated sources, and loading it
/// reads the header alone.
///
/// Layout, little-endian: an 8-byte magic, the section count (UInt32) at byte 8, then from byte 16 one
/// 48-byte directory entry per section (the name, UTF-8, zero-padded to 32 bytes; offset and length as
/// UInt64s), then the sections, each 64-byte aligned.
public struct SectionFile: Sendable {
    /// The file's bytes.
    public let image: ReadOnlyBytes
    private let sections: [String: Range<Int>]

    static let directoryStart = 16
    static let entrySize = 48
    static let nameSize = 32

    /// Reads the directory of `image`; nil when it does not start with `magic` or a section lies outside it.
    public init?(image: ReadOnlyBytes, magic: [UInt8]) {
        guard magic.count == 8, image.bytes(0..<8) == magic, let count = image.integer(at: 8, as: UInt32.self)
        else { return nil }
        var sections: [String: Range<Int>] = [:]
        for index in 0..<Int(count) {
            let entry = Self.directoryStart + index * Self.entrySize
            guard let name = image.bytes(entry..<(entry + Self.nameSize)),
                let offset = image.integer(at: entry + Self.nameSize, as: UInt64.self),
                let length = image.integer(at: entry + Self.nameSize + 8, as: UInt64.self),
                offset % 64 == 0, offset <= UInt64(image.count), length <= UInt64(image.count) - offset
            else { return nil }
            let end = name.firstIndex(of: 0) ?? name.count
            sections[String(decoding: name[..<end], as: UTF8.self)] = Int(offset)..<Int(offset + length)
        }
        self.image = image
        self.sections = sections
    }

    /// The byte range of section `name`, if the file has it.
    public func section(_ name: String) -> Range<Int>? { sections[name] }

    /// Section `name` read as a ``FrozenKeyTable``; nil when the file lacks it or it is malformed.
    public func keyTable(_ name: String) -> FrozenKeyTable? {
        sections[name].flatMap { FrozenKeyTable(image: image, range: $0) }
    }
}

/// Collects sections and writes a ``SectionFile``.
public struct SectionFileBuilder {
    private var sections: [(name: String, bytes: [UInt8])] = []

    public init() {}

    /// Adds a section of raw bytes.
    public mutating func add(_ name: String, _ bytes: [UInt8]) {
        precondition(name.utf8.count < SectionFile.nameSize && !sections.contains { $0.name == name })
        sections.append((name, bytes))
    }

    /// Adds a ``FrozenKeyTable`` of `entries` (distinct keys).
    public mutating func addKeyTable(_ name: String, _ entries: [UInt64: UInt32]) {
        add(name, FrozenKeyTable.serialized(entries))
    }

    /// The file, with `magic` (8 bytes) first.
    public func serialized(magic: [UInt8]) -> [UInt8] {
        precondition(magic.count == 8)
        var bytes = magic
        bytes.appendLittleEndian(UInt32(sections.count))
        bytes += [UInt8](repeating: 0, count: SectionFile.directoryStart - bytes.count)
        var offset = (SectionFile.directoryStart + sections.count * SectionFile.entrySize).alignedTo64
        for section in sections {
            bytes += section.name.utf8
            bytes += [UInt8](repeating: 0, count: SectionFile.nameSize - section.name.utf8.count)
            bytes.appendLittleEndian(UInt64(offset))
            bytes.appendLittleEndian(UInt64(section.bytes.count))
            offset = (offset + section.bytes.count).alignedTo64
        }
        for section in sections {
            bytes += [UInt8](repeating: 0, count: bytes.count.alignedTo64 - bytes.count)
            bytes += section.bytes
        }
        return bytes
    }
}

/// A hash table of 64-bit keys (already hashes: FNV-1a of a form) to 32-bit values, read in place from
/// a mapped file: open addressing with linear probing from a multiplicative home, as ``KeyTable``.
///
/// Section layout: slot count (a power of two, UInt64), key count (UInt64), whether the key 0 is present
/// (UInt32) and its value (UInt32), zeros to byte 64; then the slots' keys (UInt64, 0 when empty), then
/// their values (UInt32).
public struct FrozenKeyTable: @unchecked Sendable {
    private let owner: ReadOnlyBytes
    private let keys: UnsafeRawPointer
    private let values: UnsafeRawPointer
    private let slotCount: Int
    private let shift: UInt64
    private let zeroValue: UInt32?
    /// The number of keys.
    public let count: Int

    init?(image: ReadOnlyBytes, range: Range<Int>) {
        let start = range.lowerBound
        guard range.count >= 64, let slots = image.integer(at: start, as: UInt64.self).map(Int.init),
            let count = image.integer(at: start + 8, as: UInt64.self).map(Int.init),
            let hasZero = image.integer(at: start + 16, as: UInt32.self),
            let zero = image.integer(at: start + 20, as: UInt32.self),
            slots >= 2, slots.nonzeroBitCount == 1, slots < 1 << 40, count < slots,
            range.count == 64 + Self.valuesOffset(slotCount: slots) + 4 * slots
        else { return nil }
        owner = image
        keys = image.base + start + 64
        values = image.base + start + 64 + Self.valuesOffset(slotCount: slots)
        slotCount = slots
        shift = UInt64(64 - slots.trailingZeroBitCount)
        zeroValue = hasZero == 1 ? zero : nil
        self.count = count
    }

    private static func valuesOffset(slotCount: Int) -> Int { (8 * slotCount).alignedTo64 }

    @inline(__always)
    private static func home(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value of `key`, or nil.
    @inline(__always)
    public subscript(key: UInt64) -> UInt32? {
        if key == 0 { return zeroValue }
        let mask = slotCount - 1
        var slot = Self.home(key, shift: shift)
        // A damaged file may have no empty slot: the probe stops after one round.
        for _ in 0..<slotCount {
            let found = keys.loadUnaligned(fromByteOffset: 8 * slot, as: UInt64.self)
            if found == key { return values.loadUnaligned(fromByteOffset: 4 * slot, as: UInt32.self) }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Whether the table has `key`.
    @inline(__always)
    public func contains(_ key: UInt64) -> Bool { self[key] != nil }

    /// The section of a table of `entries`, at most 70% full; keys placed in ascending order, so the
    /// same entries always give the same bytes.
    static func serialized(_ entries: [UInt64: UInt32]) -> [UInt8] {
        let stored = entries.filter { $0.key != 0 }
        var slotCount = 16
        while slotCount * 7 < stored.count * 10 { slotCount <<= 1 }
        let shift = UInt64(64 - slotCount.trailingZeroBitCount)
        var keys = [UInt64](repeating: 0, count: slotCount)
        var values = [UInt32](repeating: 0, count: slotCount)
        for (key, value) in stored.sorted(by: { $0.key < $1.key }) {
            var slot = home(key, shift: shift)
            while keys[slot] != 0 { slot = (slot + 1) & (slotCount - 1) }
            keys[slot] = key
            values[slot] = value
        }
        var bytes: [UInt8] = []
        bytes.appendLittleEndian(UInt64(slotCount))
        bytes.appendLittleEndian(UInt64(entries.count))
        bytes.appendLittleEndian(UInt32(entries[0] == nil ? 0 : 1))
        bytes.appendLittleEndian(entries[0] ?? 0)
        bytes += [UInt8](repeating: 0, count: 64 - bytes.count)
        for key in keys { bytes.appendLittleEndian(key) }
        bytes += [UInt8](repeating: 0, count: valuesOffset(slotCount: slotCount) - 8 * slotCount)
        for value in values { bytes.appendLittleEndian(value) }
        return bytes
    }
}

/// Strings stored once each in a section of a ``SectionFile`` (a UInt16 length, then the UTF-8
/// bytes) and referred to by their offset there.
public struct StringPool {
    public private(set) var bytes: [UInt8] = []
    private var offsets: [String: UInt32] = [:]

    public init() {}

    /// The offset of `string` in the pool, added when it is new.
    public mutating func offset(of string: String) -> UInt32 {
        if let known = offsets[string] { return known }
        let offset = UInt32(bytes.count)
        let utf8 = Array(string.utf8.prefix(Int(UInt16.max)))
        bytes.appendLittleEndian(UInt16(utf8.count))
        bytes += utf8
        offsets[string] = offset
        return offset
    }
}

extension SectionFile {
    /// The string at `offset` of the pool in the section at `pool` (see ``section(_:)``); nil when it
    /// lies outside it.
    public func string(inPool pool: Range<Int>, at offset: UInt32) -> String? {
        guard let length = image.integer(at: pool.lowerBound + Int(offset), as: UInt16.self) else { return nil }
        let start = pool.lowerBound + Int(offset) + 2
        guard start + Int(length) <= pool.upperBound else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: image.base + start, count: Int(length)), as: UTF8.self)
    }
}

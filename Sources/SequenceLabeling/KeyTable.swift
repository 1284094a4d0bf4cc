/// A hash table keyed by 64-bit keys that are already hashes (FNV-1a of a form, a feature hash):
/// open addressing with linear probing (at most 70% full) and a multiplicative spread of the key, for look-ups in inner loops where
/// `Dictionary`'s seeded hashing costs more than the rest of the work.
public struct KeyTable<Value>: @unchecked Sendable {
    /// Slot keys; 0 marks an empty slot (the key 0 itself is kept aside).
    @usableFromInline var keys: [UInt64]
    @usableFromInline var values: [Value?]
    @usableFromInline var zeroValue: Value?
    @usableFromInline var shift: UInt64
    @usableFromInline var storedCount = 0
    /// The number of keys.
    public var count: Int { storedCount }

    @inlinable
    public init(minimumCapacity: Int = 0) {
        var capacity = 16
        while capacity * 7 < minimumCapacity * 10 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    @inlinable @inline(__always)
    func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The value of `key`, or nil.
    @inlinable @inline(__always)
    public subscript(key: UInt64) -> Value? {
        if key == 0 { return zeroValue }
        return keys.withUnsafeBufferPointer { keys in
            let mask = keys.count - 1
            var slot = home(key)
            while true {
                let found = keys[slot]
                if found == key { return values[slot] }
                if found == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    @inlinable @inline(__always)
    public func contains(_ key: UInt64) -> Bool { self[key] != nil }

    /// Sets the value of `key`, replacing any value it had.
    @inlinable
    public mutating func set(_ key: UInt64, _ value: Value) {
        if key == 0 {
            if zeroValue == nil { storedCount += 1 }
            zeroValue = value
            return
        }
        if (storedCount + 1) * 10 > keys.count * 7 { grow() }
        let mask = keys.count - 1
        var slot = home(key)
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == 0 { storedCount += 1 }
        keys[slot] = key
        values[slot] = value
    }

    @inlinable
    mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Value?](repeating: nil, count: oldKeys.count * 2)
        shift -= 1
        let mask = keys.count - 1
        for (index, key) in oldKeys.enumerated() where key != 0 {
            var slot = home(key)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = oldValues[index]
        }
    }
}

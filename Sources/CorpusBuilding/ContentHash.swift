/// Content fingerprints for the corpus manifest: two 64-bit FNV-1a hashes with different offsets,
/// printed as 32 hex digits. Not cryptographic; a changed input gets a new fingerprint with
/// overwhelming probability.
public enum ContentHash {
    /// The 32-hex-digit fingerprint of `bytes`.
    public static func fingerprint(_ bytes: some Collection<UInt8>) -> String {
        hex(fnv1a(bytes)) + hex(fnv1a(bytes, offset: 0x6C62_272E_07BB_0142) ^ UInt64(bytes.count))
    }

    /// 64-bit FNV-1a.
    static func fnv1a(_ bytes: some Collection<UInt8>, offset: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
        var hash = offset
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

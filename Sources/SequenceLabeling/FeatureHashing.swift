/// 64-bit hashing of feature values: FNV-1a over bytes, and a mixer that combines a feature
/// template with its values. Feature hashes are stable across runs and machines (models store them).
public enum FeatureHashing {
    public static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always)
    public static func byte(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

    /// Combines two values into one well-spread hash (the finaliser of SplitMix64).
    @inline(__always)
    public static func mix(_ first: UInt64, _ second: UInt64) -> UInt64 {
        var value = first &+ 0x9E37_79B9_7F4A_7C15 &* (second | 1) ^ (second &<< 17)
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    @inline(__always)
    public static func feature(_ template: UInt64, _ value: UInt64) -> UInt64 { mix(template &* prime, value) }

    @inline(__always)
    public static func feature(_ template: UInt64, _ first: UInt64, _ second: UInt64) -> UInt64 {
        mix(mix(template &* prime, first), second)
    }

    @inline(__always)
    public static func feature(_ template: UInt64, _ first: UInt64, _ second: UInt64, _ third: UInt64) -> UInt64 {
        mix(mix(mix(template &* prime, first), second), third)
    }
}

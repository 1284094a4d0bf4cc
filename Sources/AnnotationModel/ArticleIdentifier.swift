/// Article ids: XML NCNames that prefix every `xml:id` of an article's TEI.
public enum ArticleIdentifier {
    /// An id made from a file name: its stem, with characters an NCName cannot hold replaced by `-`,
    /// and prefixed with `a` when it does not start with a letter or `_`.
    /// `000_234219daa5ff928f.txt` → `a000_234219daa5ff928f`.
    public static func fromFileName(_ name: String) -> String {
        var stem = Substring(name.split(separator: "/").last ?? "")
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = stem[..<dot] }
        return sanitized(String(stem))
    }

    /// An id made from the content itself, for input without a name (standard input): `a` followed by
    /// 16 hex digits of a 64-bit FNV-1a hash, so the same text always gets the same id.
    public static func fromContent(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return "a" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// `candidate` turned into an NCName: ASCII letters, digits, `-`, `_`, `.` kept, anything else
    /// becomes `-`; an `a` is prepended when the first character cannot start a name.
    public static func sanitized(_ candidate: String) -> String {
        var result = ""
        for scalar in candidate.unicodeScalars {
            let allowed =
                (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
                || scalar == "-" || scalar == "_" || scalar == "."
            result.unicodeScalars.append(allowed ? scalar : "-")
        }
        guard let first = result.unicodeScalars.first else { return "article" }
        let startsName = (first >= "a" && first <= "z") || (first >= "A" && first <= "Z") || first == "_"
        return startsName ? result : "a" + result
    }
}

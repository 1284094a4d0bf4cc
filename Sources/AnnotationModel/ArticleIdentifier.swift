import Foundation

/// Article ids: XML NCNames that prefix every `xml:id` of an article's TEI.
public enum ArticleIdentifier {
    /// An id made from a file name's stem by ``portable(_:)``, so that `annotate` and `corpus` give a
    /// file the same id: `000_234219daa5ff928f.txt` → `a000_234219daa5ff928f`, `flood-lisbon.txt` →
    /// `flood_lisbon`.
    public static func fromFileName(_ name: String) -> String {
        var stem = Substring(name.split(separator: "/").last ?? "")
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = stem[..<dot] }
        return portable(String(stem))
    }

    /// `candidate` made into an id that is safe anywhere, a corpus included: accents are dropped
    /// (`Köln` → `Koln`), other characters than ASCII letters and digits become `_`, runs of `_` are
    /// one `_`, and an `a` is prepended when the first character is not a letter. At most 80
    /// characters. Such an id never contains `-`, which separates an article's id from the suffixes of
    /// its elements' ids (`…-per1`), nor `__`.
    public static func portable(_ candidate: String) -> String {
        var result = ""
        var lastWasUnderscore = false
        let folded = candidate.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        for scalar in folded.unicodeScalars {
            let isAlphanumeric =
                (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
            if isAlphanumeric {
                result.unicodeScalars.append(scalar)
                lastWasUnderscore = false
            } else if !lastWasUnderscore {
                result.append("_")
                lastWasUnderscore = true
            }
            if result.utf8.count >= 80 { break }
        }
        while result.hasSuffix("_") && result.count > 1 { result.removeLast() }
        guard let first = result.unicodeScalars.first, first != "_" || result.count > 1 else { return "article" }
        let startsWithLetter = (first >= "a" && first <= "z") || (first >= "A" && first <= "Z")
        return startsWithLetter ? result : "a" + result
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

/// The characters XML 1.0 can carry.
public enum XMLCharacters {
    /// `text` with every character XML 1.0 forbids (C0 controls other than tab, line feed and carriage
    /// return; U+FFFE; U+FFFF) replaced by U+FFFD. Returns `text` itself when there is none.
    public static func replacingForbidden(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0xEF }) else { return text }
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(isForbidden(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(result)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}

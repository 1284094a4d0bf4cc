import Foundation

/// Escaping for text and attribute values in HTML.
enum HTMLEscaping {
    /// `&`, `<`, `>`, `"` and `'` as character references.
    static func escaped(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// JSON made safe to sit inside a `<script>` element: every `<` (which JSON has only inside
    /// strings) written as `\u003c`, so no `</script>` can end the element early.
    static func scriptSafe(_ json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c")
    }
}

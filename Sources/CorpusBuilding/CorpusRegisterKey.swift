import AnnotationModel
import Foundation

/// The key that merges register entries of different articles into one corpus register entry:
/// the type and the name folded to lower-case ASCII words (`per.recep-tayyip-erdogan`: diacritics,
/// case, apostrophes and punctuation do not matter), or for a place with a GeoNames URI, that id
/// (`loc.geonames-298795`: "U.S." and "United States" are one place).
public enum CorpusRegisterKey {
    /// The file name of the corpus root, where the corpus register is.
    public static let rootFileName = "corpus.xml"

    public static func key(for entry: RegisterEntry) -> String {
        let prefix = entry.type.keyPrefix
        if entry.type == .place, let geonames = entry.authorityURIs.lazy.compactMap(geoNamesID).first {
            return "\(prefix).geonames-\(geonames)"
        }
        return "\(prefix).\(slug(entry.name, type: entry.type))"
    }

    /// The `xml:id` of the corpus register entry for `key`.
    public static func registerID(_ key: String) -> String { "reg." + key }

    /// The pointer an article (in `articles/`) writes to the corpus register entry for `key`.
    public static func pointer(_ key: String) -> String { "../\(rootFileName)#\(registerID(key))" }

    /// The words of a key's name (`recep`, `tayyip`, `erdogan`); empty for GeoNames keys.
    static func words(of key: String) -> [Substring] {
        guard let dot = key.firstIndex(of: "."), !key[dot...].hasPrefix(".geonames-") else { return [] }
        return key[key.index(after: dot)...].split(separator: "-")
    }

    /// Lower-case ASCII letters and digits, words joined by `-`; at most 60 characters, longer names
    /// end in a hash of the whole; a name with no ASCII letter or digit becomes `x` and a hash.
    static func slug(_ name: String, type: EntityType) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": current.unicodeScalars.append(scalar)
            case "A"..."Z": current.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            case "'", "\u{2019}", "\u{2018}", "\u{02BC}": continue
            default:
                if !current.isEmpty { words.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        if type == .organization, words.count > 1, words[0] == "the" { words.removeFirst() }
        let hash = { String(ContentHash.fnv1a(Array(name.utf8)) & 0xFFFF_FFFF, radix: 16) }
        guard !words.isEmpty else { return "x" + hash() }
        let joined = words.joined(separator: "-")
        return joined.utf8.count <= 60 ? joined : String(joined.prefix(50)) + "-" + hash()
    }

    /// The numeric id of a GeoNames URI (`https://www.geonames.org/298795` → `298795`).
    static func geoNamesID(_ uri: String) -> String? {
        guard uri.contains("geonames.org/") else { return nil }
        let id = uri.split(separator: "/").first {
            !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber)
        }
        return id.map(String.init)
    }
}

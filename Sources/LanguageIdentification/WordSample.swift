/// The writing systems the identifier tells apart.
enum Script: Int, Hashable, Sendable, CaseIterable {
    case latin, cyrillic, greek, arabic, hebrew, devanagari, bengali, gujarati, tamil, telugu, kannada, malayalam,
        sinhala, thai, georgian, armenian, hangul, kana, han, other

    init(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: self = .latin
        case 0x400...0x52F: self = .cyrillic
        case 0x370...0x3FF, 0x1F00...0x1FFF: self = .greek
        case 0x600...0x6FF, 0x750...0x77F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: self = .arabic
        case 0x590...0x5FF: self = .hebrew
        case 0x900...0x97F: self = .devanagari
        case 0x980...0x9FF: self = .bengali
        case 0xA80...0xAFF: self = .gujarati
        case 0xB80...0xBFF: self = .tamil
        case 0xC00...0xC7F: self = .telugu
        case 0xC80...0xCFF: self = .kannada
        case 0xD00...0xD7F: self = .malayalam
        case 0xD80...0xDFF: self = .sinhala
        case 0xE00...0xE7F: self = .thai
        case 0x10A0...0x10FF: self = .georgian
        case 0x530...0x58F: self = .armenian
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: self = .hangul
        case 0x3040...0x30FF: self = .kana
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: self = .han
        default: self = .other
        }
    }

    /// The language a script alone tells (nil where several languages share it).
    var language: String? {
        switch self {
        case .greek: "el"
        case .hebrew: "he"
        case .bengali: "bn"
        case .gujarati: "gu"
        case .tamil: "ta"
        case .telugu: "te"
        case .kannada: "kn"
        case .malayalam: "ml"
        case .sinhala: "si"
        case .thai: "th"
        case .georgian: "ka"
        case .armenian: "hy"
        case .hangul: "ko"
        case .latin, .cyrillic, .devanagari, .arabic, .kana, .han, .other: nil
        }
    }
}

/// The lower-cased words at the start of a text, with its letters counted by script.
struct WordSample {
    var words: [String] = []
    /// Letters per script, indexed by `Script.rawValue`.
    private var letterCounts = [Int](repeating: 0, count: Script.allCases.count)
    /// Letters Persian adds to the Arabic alphabet (پ چ ژ گ), and those Urdu adds (ٹ ڈ ڑ ے).
    var persianLetters = 0
    var urduLetters = 0

    init(_ text: some StringProtocol, wordLimit: Int) {
        var chunk: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            let isBlank =
                scalar.isASCII
                ? scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) : scalar.properties.isWhitespace
            if isBlank {
                addWords(of: chunk)
                chunk.removeAll(keepingCapacity: true)
                if words.count >= wordLimit { return }
            } else {
                chunk.append(scalar)
            }
        }
        addWords(of: chunk)
    }

    /// The letters of `script` in the sample.
    func letters(in script: Script) -> Int { letterCounts[script.rawValue] }

    /// Every letter of the sample.
    var totalLetters: Int { letterCounts.reduce(0, +) }

    /// The script with most letters (the first in ``Script``'s order on a tie) and their number.
    var dominantScript: (script: Script, letters: Int) {
        let index = letterCounts.indices.max {
            letterCounts[$0] < letterCounts[$1] || (letterCounts[$0] == letterCounts[$1] && $0 > $1)
        }!
        return (Script(rawValue: index)!, letterCounts[index])
    }

    /// The letter runs of one whitespace-separated chunk; none from addresses and query strings
    /// (`https://…?hl=en&q=…`, `name@example.org`), whose pieces are not words of any language.
    private mutating func addWords(of chunk: [Unicode.Scalar]) {
        guard !chunk.contains(where: { $0 == "/" || $0 == "@" || $0 == "=" || $0 == "&" }) else { return }
        var word = String.UnicodeScalarView()
        for scalar in chunk {
            if scalar.isASCII {
                let lower = scalar.value | 0x20
                if lower >= 0x61 && lower <= 0x7A {
                    word.append(Unicode.Scalar(UInt8(lower)))
                    letterCounts[Script.latin.rawValue] += 1
                    continue
                }
            } else if scalar.properties.isAlphabetic
                || (scalar.properties.generalCategory == .nonspacingMark && !word.isEmpty)
            {
                word.append(scalar)
                letterCounts[Script(scalar).rawValue] += 1
                switch scalar.value {
                case 0x67E, 0x686, 0x698, 0x6AF: persianLetters += 1
                case 0x679, 0x688, 0x691, 0x6D2: urduLetters += 1
                default: break
                }
                continue
            }
            if !word.isEmpty {
                words.append(Self.lowercased(word))
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { words.append(Self.lowercased(word)) }
    }

    /// ASCII letters are lower-cased as they are read; others only here, when there are any.
    private static func lowercased(_ word: String.UnicodeScalarView) -> String {
        word.allSatisfy(\.isASCII) ? String(word) : String(word).lowercased()
    }
}

/// English names of the languages the identifier can name, for messages.
enum LanguageNames {
    static let english: [String: String] = [
        "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
        "ca": "Catalan", "nl": "Dutch", "sv": "Swedish", "da": "Danish", "nb": "Norwegian Bokmål", "fi": "Finnish",
        "pl": "Polish", "cs": "Czech", "sk": "Slovak", "sl": "Slovenian", "hr": "Croatian", "ro": "Romanian",
        "hu": "Hungarian", "tr": "Turkish", "id": "Indonesian", "ru": "Russian", "uk": "Ukrainian", "bg": "Bulgarian",
        "sr": "Serbian", "mk": "Macedonian", "el": "Greek", "he": "Hebrew", "ar": "Arabic", "fa": "Persian",
        "ur": "Urdu", "hi": "Hindi", "ne": "Nepali", "mr": "Marathi", "bn": "Bengali", "gu": "Gujarati", "ta": "Tamil",
        "te": "Telugu", "kn": "Kannada", "ml": "Malayalam", "si": "Sinhala", "th": "Thai", "ka": "Georgian",
        "hy": "Armenian", "ko": "Korean", "ja": "Japanese", "zh": "Chinese",
    ]
}

import AnnotationModel

/// Scores extracted main text against the expected main text of a page: precision, recall and F1
/// over word tokens (letters and digits, lower-cased) counted as multisets, the usual measure for
/// boilerplate removal (CleanEval, and the evaluations of trafilatura and readability).
public struct MainTextScore: Sendable, CustomStringConvertible {
    /// Expected tokens found.
    public var matched: Int
    public var extracted: Int
    public var expected: Int

    public init(extracted: String, expected: String) {
        let got = Self.tokens(extracted)
        let want = Self.tokens(expected)
        var counts: [Substring: Int] = [:]
        for token in want { counts[token, default: 0] += 1 }
        var matched = 0
        for token in got where counts[token, default: 0] > 0 {
            counts[token]! -= 1
            matched += 1
        }
        self.matched = matched
        self.extracted = got.count
        self.expected = want.count
    }

    public init(matched: Int, extracted: Int, expected: Int) {
        self.matched = matched
        self.extracted = extracted
        self.expected = expected
    }

    public var precision: Double { extracted == 0 ? (expected == 0 ? 1 : 0) : Double(matched) / Double(extracted) }
    public var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Micro-average: the sums of several pages' counts.
    public static func + (lhs: MainTextScore, rhs: MainTextScore) -> MainTextScore {
        MainTextScore(
            matched: lhs.matched + rhs.matched, extracted: lhs.extracted + rhs.extracted,
            expected: lhs.expected + rhs.expected)
    }

    public var description: String {
        func format(_ value: Double) -> String {
            let thousandths = Int((value * 1000).rounded())
            return
                "\(thousandths / 1000).\(String(repeating: "0", count: 3 - String(thousandths % 1000).count))\(thousandths % 1000)"
        }
        return "P \(format(precision)) R \(format(recall)) F1 \(format(f1))"
    }

    static func tokens(_ text: String) -> [Substring] {
        let lower = text.lowercased()
        return lower.split { !($0.isLetter || $0.isNumber) }
    }
}

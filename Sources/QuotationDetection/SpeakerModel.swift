import Foundation

/// The learned weights of speaker attribution: each quotation's candidate speakers (the persons and
/// organizations around it, earlier speakers, a described speaker, nobody) are scored by the sum of
/// their features' weights, and the best wins (see ``SpeakerCandidates``). Trained by `tei-annotator
/// train speakers` with the averaged perceptron.
///
/// The file is text: a first line `# tei-annotator speaker model N` (N the feature version), then one
/// `feature<TAB>weight` line per feature, sorted.
public struct SpeakerModel: Sendable {
    /// The features ``SpeakerCandidates`` computes; a model of another version is refused.
    public static let featureVersion = 1
    /// The file name of the shipped model in `Resources/Models`.
    public static let bundledFileName = "speakers.tsv"

    public private(set) var weights: [String: Double]

    public init(weights: [String: Double] = [:]) {
        self.weights = weights
    }

    /// Where training starts: the evidence the rules of earlier versions trusted, each with weight 1
    /// (a quotation's own named subject; a role the article gives a person, more so with its
    /// modifiers, when no one else has it or the person spoke before, and the one of them who spoke or
    /// was named last, rather than a description of someone when a person has the role and its modifiers;
    /// for a pronoun, not `they` for a person, the speaker before and gender agreement; an organization noun in an
    /// organization's name or the words introducing it). Training moves these weights and learns the
    /// rest, so evidence the training data seldom shows still counts.
    public static let prior = SpeakerModel(
        weights: [
            "subject": 1, "role:matches": 1, "role:modifiers-match": 0.5, "role:earlier-description": 1,
            "role:unique-match": 1, "role:unique-full-match": 2, "role:matches-earlier-speaker": 1, "role:preferred": 2,
            "role:no-match": -1,
            "pronoun:they-person": -1, "described:a-person-has-the-role-and-modifiers": -1,
            "pronoun:previous-speaker": 0.5, "pronoun:gender-agrees": 0.5, "pronoun:gender-clashes": -1,
            "noun:in-name": 1, "noun:introduced-as": 1, "described": 0.5,
        ])

    /// The sum of the weights of `features`.
    public func score(_ features: [String]) -> Double {
        features.reduce(0) { $0 + (weights[$1] ?? 0) }
    }

    /// The index of the best-scoring option (the first of equals).
    public func best(_ options: [[String]]) -> Int {
        var best = 0
        var bestScore = -Double.infinity
        for (index, features) in options.enumerated() {
            let score = score(features)
            if score > bestScore {
                best = index
                bestScore = score
            }
        }
        return best
    }

    /// Adds `delta` to the weight of every feature of `features`.
    public mutating func add(_ features: [String], _ delta: Double) {
        for feature in features { weights[feature, default: 0] += delta }
    }

    /// The model file.
    public func serialized() -> String {
        var lines = ["# tei-annotator speaker model \(Self.featureVersion)"]
        for (feature, weight) in weights.sorted(by: { $0.key < $1.key }) where abs(weight) > 1e-6 {
            lines.append("\(feature)\t\(String(format: "%.6f", weight))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a model file.
    public init(contentsOf url: URL) throws(SpeakerModelError) {
        guard let data = FileManager.default.contents(atPath: url.path),
            let text = String(data: data, encoding: .utf8)
        else { throw .unreadable(url.path) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard let header = lines.first, header == "# tei-annotator speaker model \(Self.featureVersion)" else {
            throw .incompatible(url.path)
        }
        lines.removeFirst()
        var weights: [String: Double] = [:]
        for (index, line) in lines.enumerated() {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let weight = Double(fields[1]) else { throw .malformed(url.path, line: index + 2) }
            weights[String(fields[0])] = weight
        }
        self.init(weights: weights)
    }

    /// The model shipped with the annotator, loaded once per process.
    public static var bundled: SpeakerModel {
        get throws(SpeakerModelError) { try shared.get() }
    }

    private static let shared: Result<SpeakerModel, SpeakerModelError> = Result { () throws(SpeakerModelError) in
        let installed = Bundle.main.bundleURL.appendingPathComponent("tei-annotator_QuotationDetection.resources")
            .appendingPathComponent("Models")
        let sourceTree = URL(fileURLWithPath: #filePath, isDirectory: false).deletingLastPathComponent()
            .appendingPathComponent("Resources", isDirectory: true).appendingPathComponent("Models", isDirectory: true)
        guard
            let directory = [installed, sourceTree].first(where: {
                FileManager.default.fileExists(atPath: $0.appendingPathComponent(bundledFileName).path)
            })
        else { throw .unreadable(bundledFileName) }
        return try SpeakerModel(contentsOf: directory.appendingPathComponent(bundledFileName))
    }
}

/// Why a speaker model could not be loaded.
public enum SpeakerModelError: Error, Sendable, CustomStringConvertible {
    case unreadable(String)
    case incompatible(String)
    case malformed(String, line: Int)

    public var description: String {
        switch self {
        case .unreadable(let path): "cannot read speaker model \(path)"
        case .incompatible(let path): "\(path) is not a speaker model of this version; retrain it"
        case .malformed(let path, let line): "speaker model \(path) is malformed at line \(line)"
        }
    }
}

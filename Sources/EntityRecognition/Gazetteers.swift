import Foundation
import SequenceLabeling

/// A place known to the bundled GeoNames gazetteer.
public struct GazetteerPlace: Sendable, Hashable {
    public enum Kind: Int, Sendable, Comparable {
        case city = 0
        case region = 1
        case country = 2
        case continent = 3

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var kind: Kind
    public var geonamesID: Int
    public var countryCode: String
    public var population: Int

    /// `https://www.geonames.org/ID`.
    public var uri: String { "https://www.geonames.org/\(geonamesID)" }
}

/// The gender a given name usually has (in the census lists), for resolving `he` and `she`.
public enum PersonGender: Sendable, Hashable {
    case female, male
}

/// An organization known to the curated list.
public struct GazetteerOrganization: Sendable, Hashable {
    public var kind: String
    /// For an abbreviation ("NATO"), the full name it stands for.
    public var abbreviationOf: String?
}

/// The word lists and gazetteers bundled with the annotator (see `Resources/Gazetteers/SOURCES.md`).
///
/// Loaded once per process on first use and shared; look-ups are by exact surface form.
public struct Gazetteers: Sendable {
    /// Each name's most prominent place: countries and continents before regions before cities,
    /// then the largest population.
    public let places: HashedLookup<GazetteerPlace>
    /// Nationality adjectives and nouns → the country's name ("Turkish" → "Turkey").
    public let demonyms: HashedLookup<String>
    public let givenNames: HashedSet
    /// The usual gender of given names (names used for both are left out).
    private let genders: HashedLookup<PersonGender>
    public let surnames: HashedSet
    public let organizations: HashedLookup<GazetteerOrganization>
    /// Company suffixes ("Inc.", "L.P.") and organization head words ("Ministry", "Party").
    public let organizationSuffixes: HashedSet
    /// Titles before person names ("President", "Foreign Minister", "Mr."), by kind.
    public let personTitles: HashedLookup<String>
    /// The most words in a person title.
    public let longestTitle: Int
    /// Names of products ("Internet Explorer", "iPhone"), which are not entities of any type.
    public let products: HashedSet
    /// Last words of the names of buildings and natural features ("Station", "Stadium", "River").
    public let placeHeads: HashedSet
    /// Brown clusters, capitalization and frequency of a million word forms of a large text collection.
    public let wordFeatures: WordFeatures

    /// The bundled gazetteers, loaded on first use.
    public static var bundled: Gazetteers {
        get throws(GazetteerError) { try shared.get() }
    }

    private static let shared: Result<Gazetteers, GazetteerError> = Result { () throws(GazetteerError) in
        guard let directory = BundledResources.directory("Gazetteers", containing: "places.tsv") else {
            throw .missing("Gazetteers/places.tsv")
        }
        return try Gazetteers(directory: directory)
    }

    /// Loads the gazetteer files of `directory`.
    public init(directory: URL) throws(GazetteerError) {
        var places = HashedLookup<GazetteerPlace>(minimumCapacity: 140_000)
        try Self.read(directory, "places.tsv", columns: 5) { row in
            let kind: GazetteerPlace.Kind
            switch row.string(1) {
            case "continent": kind = .continent
            case "country": kind = .country
            case "region": kind = .region
            default: kind = .city
            }
            let place = GazetteerPlace(
                kind: kind, geonamesID: row.integer(2) ?? 0, countryCode: row.string(3), population: row.integer(4) ?? 0
            )
            let key = row.key(0)
            if let existing = places[key: key], (existing.kind, existing.population) >= (place.kind, place.population) {
                return
            }
            places.set(key, place)
        }
        var demonyms = HashedLookup<String>()
        try Self.read(directory, "demonyms.tsv", columns: 3) { row in
            if demonyms[key: row.key(0)] == nil { demonyms.set(row.key(0), row.string(1)) }
        }
        var givenNames = HashedSet()
        var genders = HashedLookup<PersonGender>()
        try Self.read(directory, "given-names.tsv", columns: 4) { row in
            givenNames.insert(row.key(0))
            switch row.string(2) {
            case "F": genders.set(row.key(0), .female)
            case "M": genders.set(row.key(0), .male)
            default: break
            }
        }
        var surnames = HashedSet()
        try Self.read(directory, "surnames.tsv", columns: 3) { surnames.insert($0.key(0)) }
        var organizations = HashedLookup<GazetteerOrganization>()
        try Self.read(directory, "organizations.tsv", columns: 3) { row in
            organizations.set(
                row.key(0),
                GazetteerOrganization(kind: row.string(1), abbreviationOf: row.isEmpty(2) ? nil : row.string(2)))
        }
        var suffixes = HashedSet()
        try Self.read(directory, "org-suffixes.tsv", columns: 2) { suffixes.insert($0.key(0)) }
        var titles = HashedLookup<String>()
        var longestTitle = 1
        try Self.read(directory, "person-titles.tsv", columns: 2) { row in
            titles.set(row.key(0), row.string(1))
            longestTitle = max(longestTitle, row.string(0).split(separator: " ").count)
        }
        var products = HashedSet()
        try Self.read(directory, "products.tsv", columns: 2) { products.insert($0.key(0)) }
        var placeHeads = HashedSet()
        try Self.read(directory, "place-heads.tsv", columns: 2) { placeHeads.insert($0.key(0)) }
        wordFeatures = try WordFeatures(contentsOf: directory.appendingPathComponent("word-features.bin"))
        self.places = places
        self.products = products
        self.placeHeads = placeHeads
        self.demonyms = demonyms
        self.givenNames = givenNames
        self.genders = genders
        self.surnames = surnames
        self.organizations = organizations
        organizationSuffixes = suffixes
        personTitles = titles
        self.longestTitle = longestTitle
    }

    /// The usual gender of a given name, when the census lists give it one.
    public func gender(ofGivenName name: some StringProtocol) -> PersonGender? { genders[name] }

    private static func read(
        _ directory: URL, _ file: String, columns: Int, _ body: (TabSeparatedFile.Row) -> Void
    ) throws(GazetteerError) {
        let path = directory.appendingPathComponent(file).path
        guard let data = FileManager.default.contents(atPath: path) else { throw .missing(path) }
        let badLine: Int?
        do {
            badLine = try TabSeparatedFile.forEachRow(in: data, columns: columns, body)
        } catch {
            throw .malformed(file: file, line: 0)
        }
        if let badLine { throw .malformed(file: file, line: badLine) }
    }
}

/// Why the gazetteers could not be loaded.
public enum GazetteerError: Error, Sendable, CustomStringConvertible {
    case missing(String)
    case malformed(file: String, line: Int)

    public var description: String {
        switch self {
        case .missing(let path): "gazetteer file not found: \(path)"
        case .malformed(let file, let line): "gazetteer file \(file) is malformed at line \(line)"
        }
    }
}

/// Where the annotator's data files are: in the resources SwiftPM installs beside the binary, else
/// in the source tree the binary was built from.
enum BundledResources {
    /// The resource folder `name` that holds `file`, or nil when neither place has it.
    static func directory(_ name: String, containing file: String) -> URL? {
        let installed = Bundle.main.bundleURL.appendingPathComponent("tei-annotator_EntityRecognition.resources")
            .appendingPathComponent(name)
        let sourceTree = URL(fileURLWithPath: #filePath, isDirectory: false).deletingLastPathComponent()
            .appendingPathComponent("Resources", isDirectory: true).appendingPathComponent(name, isDirectory: true)
        return [installed, sourceTree].first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent(file).path)
        }
    }
}

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
        guard let directory = BundledResources.directory("Gazetteers", containing: compiledFileName) else {
            throw .missing("Gazetteers/\(compiledFileName)")
        }
        return try Gazetteers(directory: directory)
    }

    /// The file the word lists are compiled into (``compile(sourcesIn:)``), beside them.
    public static let compiledFileName = "gazetteers.bin"
    private static let magic = Array("TEIAGZ01".utf8)

    /// Maps the compiled gazetteers and the word features of `directory`.
    public init(directory: URL) throws(GazetteerError) {
        let path = directory.appendingPathComponent(Self.compiledFileName).path
        guard let image = ReadOnlyBytes(mappingFileAt: path) else { throw .missing(path) }
        let wordFeatures = try WordFeatures(contentsOf: directory.appendingPathComponent("word-features.bin"))
        guard let file = SectionFile(image: image, magic: Self.magic), let gazetteers = Gazetteers(file, wordFeatures)
        else { throw .malformed(file: path, line: 0) }
        self = gazetteers
    }

    private init?(_ file: SectionFile, _ wordFeatures: WordFeatures) {
        guard let strings = file.section("strings"), let placeRecords = file.section("place records"),
            let organizationRecords = file.section("organization records"),
            let longestTitle = file.section("longest title").flatMap({
                file.image.integer(at: $0.lowerBound, as: UInt32.self)
            }),
            let placeTable = file.keyTable("places"), let demonymTable = file.keyTable("demonyms"),
            let givenNameTable = file.keyTable("given names"), let surnameTable = file.keyTable("surnames"),
            let organizationTable = file.keyTable("organizations"),
            let suffixTable = file.keyTable("organization suffixes"),
            let titleTable = file.keyTable("person titles"), let productTable = file.keyTable("products"),
            let placeHeadTable = file.keyTable("place heads")
        else { return nil }
        let image = file.image
        let string: @Sendable (UInt32) -> String? = { file.string(inPool: strings, at: $0) }
        places = HashedLookup(table: placeTable) { index in
            let record = placeRecords.lowerBound + Int(index) * PlaceRecord.size
            guard record + PlaceRecord.size <= placeRecords.upperBound else { return nil }
            return PlaceRecord.read(image, at: record)
        }
        demonyms = HashedLookup(table: demonymTable, decode: string)
        givenNames = HashedSet(keys: givenNameTable)
        genders = HashedLookup(table: givenNameTable) { code in
            switch code {
            case 1: .female
            case 2: .male
            default: nil
            }
        }
        surnames = HashedSet(keys: surnameTable)
        organizations = HashedLookup(table: organizationTable) { index in
            let record = organizationRecords.lowerBound + 8 * Int(index)
            guard let kind = image.integer(at: record, as: UInt32.self).flatMap(string),
                let abbreviation = image.integer(at: record + 4, as: UInt32.self)
            else { return nil }
            return GazetteerOrganization(kind: kind, abbreviationOf: abbreviation == .max ? nil : string(abbreviation))
        }
        organizationSuffixes = HashedSet(keys: suffixTable)
        personTitles = HashedLookup(table: titleTable, decode: string)
        self.longestTitle = Int(longestTitle)
        products = HashedSet(keys: productTable)
        placeHeads = HashedSet(keys: placeHeadTable)
        self.wordFeatures = wordFeatures
    }

    /// The usual gender of a given name, when the census lists give it one.
    public func gender(ofGivenName name: some StringProtocol) -> PersonGender? { genders[name] }

    /// Compiles the word lists of `directory` (`places.tsv`, `demonyms.tsv`, … see `SOURCES.md`) into
    /// the file ``init(directory:)`` maps.
    public static func compile(sourcesIn directory: URL) throws(GazetteerError) -> [UInt8] {
        var strings = StringPool()
        var builder = SectionFileBuilder()
        var places: [UInt64: GazetteerPlace] = [:]
        try read(directory, "places.tsv", columns: 5) { row in
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
            if let existing = places[row.key(0)], (existing.kind, existing.population) >= (place.kind, place.population)
            {
                return
            }
            places[row.key(0)] = place
        }
        var placeRecords: [UInt8] = []
        var placeIndex: [UInt64: UInt32] = [:]
        for (key, place) in places.sorted(by: { $0.key < $1.key }) {
            placeIndex[key] = UInt32(placeRecords.count / PlaceRecord.size)
            PlaceRecord.append(place, to: &placeRecords)
        }
        builder.addKeyTable("places", placeIndex)
        builder.add("place records", placeRecords)
        var demonyms: [UInt64: UInt32] = [:]
        try read(directory, "demonyms.tsv", columns: 3) { row in
            if demonyms[row.key(0)] == nil { demonyms[row.key(0)] = strings.offset(of: row.string(1)) }
        }
        builder.addKeyTable("demonyms", demonyms)
        // One table for the given names and their usual gender: 0 none, 1 female, 2 male.
        var givenNames: [UInt64: UInt32] = [:]
        try read(directory, "given-names.tsv", columns: 4) { row in
            switch row.string(2) {
            case "F": givenNames[row.key(0)] = 1
            case "M": givenNames[row.key(0)] = 2
            default: givenNames[row.key(0)] = givenNames[row.key(0)] ?? 0
            }
        }
        builder.addKeyTable("given names", givenNames)
        var organizationRecords: [UInt8] = []
        var organizations: [UInt64: UInt32] = [:]
        try read(directory, "organizations.tsv", columns: 3) { row in
            organizations[row.key(0)] = UInt32(organizationRecords.count / 8)
            organizationRecords.appendLittleEndian(strings.offset(of: row.string(1)))
            organizationRecords.appendLittleEndian(row.isEmpty(2) ? UInt32.max : strings.offset(of: row.string(2)))
        }
        builder.addKeyTable("organizations", organizations)
        builder.add("organization records", organizationRecords)
        var titles: [UInt64: UInt32] = [:]
        var longestTitle: UInt32 = 1
        try read(directory, "person-titles.tsv", columns: 2) { row in
            titles[row.key(0)] = strings.offset(of: row.string(1))
            longestTitle = max(longestTitle, UInt32(row.string(0).split(separator: " ").count))
        }
        builder.addKeyTable("person titles", titles)
        var longest: [UInt8] = []
        longest.appendLittleEndian(longestTitle)
        builder.add("longest title", longest)
        for (name, file, columns) in [
            ("surnames", "surnames.tsv", 3), ("organization suffixes", "org-suffixes.tsv", 2),
            ("products", "products.tsv", 2), ("place heads", "place-heads.tsv", 2),
        ] {
            var keys: [UInt64: UInt32] = [:]
            try read(directory, file, columns: columns) { keys[$0.key(0)] = 0 }
            builder.addKeyTable(name, keys)
        }
        builder.add("strings", strings.bytes)
        return builder.serialized(magic: magic)
    }

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

/// A place of the compiled gazetteers: GeoNames id (UInt32), kind (UInt8), country code (two bytes),
/// a zero byte, population (UInt64).
private enum PlaceRecord {
    static let size = 16

    static func append(_ place: GazetteerPlace, to bytes: inout [UInt8]) {
        bytes.appendLittleEndian(UInt32(place.geonamesID))
        bytes.append(UInt8(place.kind.rawValue))
        let code = Array(place.countryCode.utf8.prefix(2))
        bytes += code + [UInt8](repeating: 0, count: 3 - code.count)
        bytes.appendLittleEndian(UInt64(place.population))
    }

    static func read(_ image: ReadOnlyBytes, at offset: Int) -> GazetteerPlace? {
        guard let id = image.integer(at: offset, as: UInt32.self),
            let kind = image.integer(at: offset + 4, as: UInt8.self).flatMap({ GazetteerPlace.Kind(rawValue: Int($0)) }
            ),
            let code = image.bytes((offset + 5)..<(offset + 7)),
            let population = image.integer(at: offset + 8, as: UInt64.self)
        else { return nil }
        return GazetteerPlace(
            kind: kind, geonamesID: Int(id), countryCode: String(decoding: code.prefix { $0 != 0 }, as: UTF8.self),
            population: Int(population))
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

import Foundation
import TEIAnnotator
import Testing

/// A reader of the vertical format by the rules of CWB's `cwb-encode -x` with the registry the README
/// gives (`-P lemma -P pos -P msd`, structures `text`, `p`, `s`, `said`, `persName`, `placeName`,
/// `orgName` with their attributes): a tag line opens or closes a declared structure, every other line
/// is a token with its four tab-separated fields, and entities are decoded.
struct VRTReading {
    /// A structure read: its tag, attributes, the words it covers, and how many of the same tag enclose it.
    struct Region {
        var tag: String
        var attributes: [String: String]
        var words: [String] = []
        var depth: Int
    }

    static let attributes: [String: Set<String>] = [
        "text": ["id", "title", "publisher", "date"], "p": ["id", "type"], "s": ["id"],
        "said": ["id", "who", "direct"], "persName": ["ref"], "placeName": ["ref"], "orgName": ["ref"],
    ]

    var words: [String] = []
    var regions: [Region] = []
    var problems: [String] = []

    init(_ text: String) throws {
        let tag = try Regex(#"^<(/?)([A-Za-z]+)((?: [A-Za-z]+="[^"<&]*(?:&(?:amp|lt|gt|quot);[^"<&]*)*")*)>$"#)
        let attribute = try Regex(#" ([A-Za-z]+)="([^"]*)""#)
        var open: [Int] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().enumerated() {
            let line = String(line)
            if line.hasPrefix("<") {
                guard let match = try tag.wholeMatch(in: line), let name = match.output[2].substring,
                    let declared = Self.attributes[String(name)]
                else {
                    problems.append("line \(number + 1): not a tag of a declared structure: \(line)")
                    continue
                }
                if match.output[1].substring == "/" {
                    guard let last = open.popLast(), regions[last].tag == name else {
                        problems.append("line \(number + 1): </\(name)> closes no open <\(name)> innermost")
                        continue
                    }
                } else {
                    var values: [String: String] = [:]
                    for pair in String(match.output[3].substring ?? "").matches(of: attribute) {
                        values[String(pair.output[1].substring ?? "")] = Self.decoded(
                            String(pair.output[2].substring ?? ""))
                    }
                    if Set(values.keys) != declared { problems.append("line \(number + 1): attributes \(values.keys)") }
                    let depth = open.filter { regions[$0].tag == name }.count
                    regions.append(Region(tag: String(name), attributes: values, depth: depth))
                    open.append(regions.count - 1)
                }
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields.count != 4 || fields.contains(where: \.isEmpty) || line.contains("<") {
                problems.append("line \(number + 1): not a token line of four fields: \(line)")
            }
            let word = Self.decoded(fields[0])
            words.append(word)
            for index in open { regions[index].words.append(word) }
        }
        if !open.isEmpty { problems.append("unclosed: \(open.map { regions[$0].tag })") }
        if text.last != "\n" { problems.append("no line break at the end") }
    }

    static func decoded(_ value: String) -> String {
        value.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
}

@Suite("VRT read as cwb-encode reads it")
struct VRTReadingTests {
    @Test("every article: well nested, four fields a token, every word and every name back")
    func readBack() throws {
        let inputs =
            try RealArticle.all().flatMap { [try $0.plainInput(), try $0.linguisticInput()] }
            + [ExportFixtures.seedGold(), ExportFixtures.layered()]
        for input in inputs {
            let file = try #require(try Exporter().export([input], to: .vrt).first)
            let vrt = try VRTReading(String(decoding: file.bytes, as: UTF8.self))
            #expect(vrt.problems == [], "\(input.name)")
            let tokenized = TokenizedArticle(input.article, analyzer: try LinguisticAnalyzer.bundled)
            #expect(vrt.words == tokenized.tokens.map(\.form), "\(input.name)")
            #expect(vrt.regions.filter { $0.tag == "text" }.map { $0.attributes["id"] } == [input.article.id])
            #expect(vrt.regions.filter { $0.tag == "s" }.count == tokenized.sentences.count)
            // Each name, as the tokens it overlaps (a name over a sentence end comes in pieces).
            let tags = ["PER": "persName", "LOC": "placeName", "ORG": "orgName"]
            let expected = input.article.names.map { name in
                "\(tags[name.type]!) \(name.entryID ?? "") "
                    + tokenized.tokens.filter { $0.span.overlaps(name.span) }.map(\.form).joined(separator: " ")
            }.sorted()
            let read = vrt.regions.filter { tags.values.contains($0.tag) }.map {
                "\($0.tag) \($0.attributes["ref"]!) \($0.words.joined(separator: " "))"
            }.sorted()
            #expect(read == expected, "\(input.name)")
            let quotes = vrt.regions.filter { $0.tag == "said" }
            #expect(Set(quotes.map { $0.attributes["id"]! }) == Set(input.article.quotes.map { $0.id ?? "" }))
            // The registry declares one level of embedding for said and the names.
            #expect(vrt.regions.allSatisfy { $0.depth <= ($0.tag == "said" || tags.values.contains($0.tag) ? 1 : 0) })
        }
    }

    @Test("the reader finds what cwb-encode would reject")
    func readerWorks() throws {
        #expect(try VRTReading("<s id=\"1\">\na\ta\tDT\tX\n</s>\n").problems == [])
        #expect(try VRTReading("<s id=\"1\">\na\ta\tDT\n</s>\n").problems.count == 1)
        #expect(
            try VRTReading("<s id=\"1\">\n<said id=\"q\" who=\"\" direct=\"true\">\na\ta\tDT\tX\n</s>\n</said>\n")
                .problems.count == 2)
        #expect(try VRTReading("<s id=\"a\"b\">\na\ta\tDT\tX\n</s>\n").problems.count == 2)
        #expect(try VRTReading("<w>\na\ta\tDT\tX\n").problems.count == 1)
    }
}

import AnnotationModel
import ArticleReading
import Foundation
import TestSupport
import Testing

/// The HTML pages of `Corpus/html/`, each with its expected main text and metadata beside it.
struct HTMLPage {
    var name: String
    var bytes: [UInt8]
    var expectedParagraphs: [String]
    var expectedMetadata: [String: String]

    static let directory = Repository.root.appendingPathComponent("Corpus/html")

    static func all() throws -> [HTMLPage] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".html") }.sorted()
        return names.map { name in
            let stem = String(name.dropLast(5))
            let expected = String(
                decoding: Repository.bytes(directory.appendingPathComponent(stem + ".expected.txt")), as: UTF8.self)
            let parts = expected.components(separatedBy: "\n\n")
            var metadata: [String: String] = [:]
            for line in parts[0].split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                metadata[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(
                    in: .whitespaces)
            }
            let paragraphs = parts.dropFirst().map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty }
            return HTMLPage(
                name: stem, bytes: Repository.bytes(directory.appendingPathComponent(name)),
                expectedParagraphs: paragraphs, expectedMetadata: metadata)
        }
    }
}

@Suite("HTML pages: main text and metadata")
struct HTMLCorpusTests {
    @Test("main-text precision, recall and F1 on the pages of Corpus/html")
    func mainTextScores() throws {
        let pages = try HTMLPage.all()
        #expect(pages.count >= 10)
        var total = MainTextScore(matched: 0, extracted: 0, expected: 0)
        var macroF1 = 0.0
        var metadataRight = 0
        var metadataAsked = 0
        for page in pages {
            let article = try HTMLReader().read(bytes: page.bytes, id: "a", sourceName: page.name + ".html")
            let paragraphs = article.blocks.filter { $0.kind == .paragraph }.map { String(article.text(of: $0)) }
            let score = MainTextScore(
                extracted: paragraphs.joined(separator: "\n"), expected: page.expectedParagraphs.joined(separator: "\n")
            )
            total = total + score
            macroF1 += score.f1
            var wrong: [String] = []
            let found: [String: String?] = [
                "title": article.metadata.title, "authors": article.metadata.authors.joined(separator: "; "),
                "date": article.metadata.date?.description, "publisher": article.metadata.publisher,
            ]
            for (key, value) in page.expectedMetadata.sorted(by: { $0.key < $1.key }) {
                metadataAsked += 1
                if found[key] ?? nil == value {
                    metadataRight += 1
                } else {
                    wrong.append("\(key)=\(found[key].flatMap { $0 } ?? "nil")")
                }
            }
            print(
                "html-corpus \(page.name): \(score) \(wrong.isEmpty ? "" : "metadata wrong: " + wrong.joined(separator: ", "))"
            )
            if score.f1 < 0.9 {
                let missing = page.expectedParagraphs.filter { !paragraphs.contains($0) }
                let extra = paragraphs.filter { !page.expectedParagraphs.contains($0) }
                print("  missing: \(missing)\n  extra: \(extra)")
            }
        }
        let macro = macroF1 / Double(pages.count)
        print(
            "html-corpus micro: \(total); macro F1 \((macro * 1000).rounded() / 1000); metadata \(metadataRight)/\(metadataAsked)"
        )
        #expect(total.f1 >= 0.95)
        #expect(Double(metadataRight) >= 0.9 * Double(metadataAsked))
    }
}

import Foundation
import TEIAnnotator
import TestSupport

/// The seed and news articles from `Corpus/dev/written-news`, annotated by the tool as a user would
/// (plain TEI and the linguistic layer), for the tests that hand real output to other programs.
struct RealArticle: Sendable {
    var name: String
    /// The article as read from its text file: its text and paragraphs.
    var article: Article
    var plainTEI: [UInt8]
    var linguisticTEI: [UInt8]

    /// The plain TEI as read for export.
    func plainInput() throws -> ExportInput {
        try ExportInput(name: name, teiBytes: plainTEI, file: name + ".xml")
    }

    /// The linguistic TEI as read for export.
    func linguisticInput() throws -> ExportInput {
        try ExportInput(name: name, teiBytes: linguisticTEI, file: name + ".xml")
    }

    static let sources: [(name: String, url: URL)] =
        [("seed", Repository.seedArticle)]
        + ["d01", "d04", "e01", "f01", "g01", "g05"].map {
            ($0, Repository.root.appendingPathComponent("Corpus/dev/written-news/\($0).txt"))
        }

    private static let annotated = Result { () throws -> [RealArticle] in
        let annotator = try Annotator()
        return try sources.map { name, url in
            let annotated = try annotator.annotate(
                bytes: Repository.bytes(url), id: name, sourceName: url.lastPathComponent)
            return RealArticle(
                name: name, article: annotated.article, plainTEI: try annotator.tei(annotated),
                linguisticTEI: try annotator.tei(annotated, linguistic: true))
        }
    }

    /// Every article, annotated once per test process.
    static func all() throws -> [RealArticle] { try annotated.get() }
}

import Foundation
import TEIAnnotator
import TestSupport

/// The seed, news articles from `Corpus/dev/written-news` and one written here, annotated by the tool
/// as a user would (plain TEI and the linguistic layer), for the tests that hand real output to other
/// programs.
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

    /// A short news text written for these tests, with what the files above lack: a paragraph that is
    /// one quotation, and a quotation over two paragraphs.
    static let written = """
        Ferry fares to rise in Northport

        The Northport Harbour Board approved higher ferry fares on Tuesday, its chair Maria Lopez said.

        “We have waited ten years for a fair price, and the crossings cannot run at a loss any longer.”

        Tom Reyes, who runs a ferry company in Eastbay, said the board had not asked the operators. “Nobody \
        asked us,” he said. “The board decided first and consulted later.

        “We will take this to the council in March.”

        The new fares apply from May.

        """

    static let sources: [(name: String, bytes: [UInt8], file: String)] =
        [("seed", Repository.bytes(Repository.seedArticle), Repository.seedArticle.lastPathComponent)]
        + ["d01", "d04", "e01", "f01", "g01", "g05"].map {
            (
                $0, Repository.bytes(Repository.root.appendingPathComponent("Corpus/dev/written-news/\($0).txt")),
                "\($0).txt"
            )
        } + [("written", Array(written.utf8), "written.txt")]

    private static let annotated = Result { () throws -> [RealArticle] in
        let annotator = try Annotator()
        return try sources.map { name, bytes, file in
            let annotated = try annotator.annotate(bytes: bytes, id: name, sourceName: file)
            return RealArticle(
                name: name, article: annotated.article, plainTEI: try annotator.tei(annotated),
                linguisticTEI: try annotator.tei(annotated, linguistic: true))
        }
    }

    /// Every article, annotated once per test process.
    static func all() throws -> [RealArticle] { try annotated.get() }
}

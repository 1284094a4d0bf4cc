import Foundation
import TEIAnnotator
import TestSupport
import Testing

@Suite("tei-annotator export")
struct ExportCommandTests {
    /// The micro exact entity F1, exact quotation F1 and speaker accuracy `evaluate --json` reports.
    static func scores(gold: String, pred: String) throws -> (entities: Double, quotes: Double, speakers: Double) {
        let result = try CommandLineTool.run(["evaluate", "--gold", gold, "--pred", pred, "--json"])
        #expect(result.status == 0, "\(result.standardError)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let entities = (json["entitiesExact"] as? [String: Any])?["micro"] as? [String: Any]
        let quotes = json["quotesExact"] as? [String: Any]
        let speakers = json["speakers"] as? [String: Any]
        return (
            entities?["f1"] as? Double ?? -1, quotes?["f1"] as? Double ?? -1, speakers?["accuracy"] as? Double ?? -1
        )
    }

    @Test("the seed's TEI exported to json and to brat scores F1 = 1.0 against that TEI, either way round")
    func roundTrip() throws {
        let directory = try CommandLineTool.temporaryDirectory()
        let tei = Repository.seedToolTEI.path
        let json = directory.appendingPathComponent("seed.json").path
        var result = try CommandLineTool.run(["export", "--to", "json", tei, "-o", json])
        #expect(result.status == 0 && result.standardOutput.isEmpty, "\(result.standardError)")
        result = try CommandLineTool.run([
            "export", "--to", "brat", tei, "-o", directory.appendingPathComponent("brat").path,
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let ann = directory.appendingPathComponent("brat/000_234219daa5ff928f.ann").path
        #expect(
            FileManager.default.fileExists(
                atPath: directory.appendingPathComponent("brat/000_234219daa5ff928f.txt").path))
        for predicted in [json, ann] {
            for (gold, pred) in [(tei, predicted), (predicted, tei)] {
                let scores = try Self.scores(gold: gold, pred: pred)
                #expect(scores.entities == 1.0 && scores.quotes == 1.0 && scores.speakers == 1.0, "\(gold) vs \(pred)")
            }
        }
    }

    @Test("annotate --format gives what export gives for the TEI annotate writes")
    func annotateFormat() throws {
        let directory = try CommandLineTool.temporaryDirectory()
        let tei = directory.appendingPathComponent("000_234219daa5ff928f.xml")
        #expect(try CommandLineTool.run(["annotate", Repository.seedArticle.path, "-o", tei.path]).status == 0)
        for format in ["conllu", "json", "csv", "html"] {
            let direct = try CommandLineTool.run(["annotate", "--format", format, Repository.seedArticle.path])
            let exported = try CommandLineTool.run(["export", "--to", format, tei.path])
            #expect(direct.status == 0 && exported.status == 0, "\(format): \(direct.standardError)")
            #expect(!direct.standardOutput.isEmpty)
            #expect(direct.standardOutput == exported.standardOutput, "\(format)")
        }
        let brat = directory.appendingPathComponent("brat")
        let result = try CommandLineTool.run([
            "annotate", "--format", "brat", Repository.seedArticle.path, "-o", brat.path,
        ])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: brat.path).sorted() == [
                "000_234219daa5ff928f.ann", "000_234219daa5ff928f.txt", "annotation.conf", "tools.conf",
                "visual.conf",
            ])
    }

    @Test("annotate --format on JSON Lines exports every record, named by its id, as export does for their TEI")
    func annotateFormatOnJSONLines() throws {
        let directory = try CommandLineTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let records = directory.appendingPathComponent("wire.jsonl")
        try Data(
            (#"{"id": "w1", "text": "Ann Smith met Bob Jones in Paris on Monday."}"# + "\n"
                + #"{"id": "w2", "text": "Carl Wood works for Google in London."}"# + "\n").utf8
        ).write(to: records)
        let conll = try CommandLineTool.run(["annotate", "--format", "conll2003", records.path])
        #expect(conll.status == 0, "\(conll.standardError)")
        #expect(conll.standardOutput.components(separatedBy: "-DOCSTART- -X- O O").count == 3)
        #expect(conll.standardOutput.contains("Google NNP O B-ORG"))

        let teiRecords = try CommandLineTool.run(["annotate", records.path])
        let teiDirectory = directory.appendingPathComponent("tei")
        try FileManager.default.createDirectory(at: teiDirectory, withIntermediateDirectories: true)
        for line in teiRecords.standardOutput.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try #require(object["id"] as? String)
            try Data(try #require(object["tei"] as? String).utf8).write(
                to: teiDirectory.appendingPathComponent("\(id).xml"))
        }
        let exported = try CommandLineTool.run(["export", "--to", "conll2003", teiDirectory.path])
        #expect(exported.standardOutput == conll.standardOutput)

        let brat = directory.appendingPathComponent("brat")
        #expect(try CommandLineTool.run(["annotate", "--format", "brat", records.path, "-o", brat.path]).status == 0)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: brat.path).filter { $0.hasPrefix("w") }.sorted() == [
                "w1.ann", "w1.txt", "w2.ann", "w2.txt",
            ])
    }

    @Test("a directory: one CoNLL-U stream, or pages with an index; names below it are kept")
    func directory() throws {
        let directory = try CommandLineTool.temporaryDirectory()
        let corpus = directory.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(
            at: corpus.appendingPathComponent("2020"), withIntermediateDirectories: true)
        try Data(Repository.bytes(Repository.seedToolTEI)).write(to: corpus.appendingPathComponent("2020/seed.xml"))
        try Data(Repository.bytes(Repository.seedGoldTEI)).write(to: corpus.appendingPathComponent("gold.xml"))
        let conllu = try CommandLineTool.run(["export", "--to", "conllu", corpus.path])
        #expect(conllu.status == 0)
        #expect(conllu.standardOutput.components(separatedBy: "# newdoc id = ").count == 3)
        let html = directory.appendingPathComponent("html")
        #expect(try CommandLineTool.run(["export", "--to", "html", corpus.path, "-o", html.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: html.appendingPathComponent("2020/seed.html").path))
        let index = try String(contentsOf: html.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("href=\"2020/seed.html\"") && index.contains("href=\"gold.html\""))
        let page = try String(contentsOf: html.appendingPathComponent("2020/seed.html"), encoding: .utf8)
        #expect(page.contains("<a href=\"../index.html\">"))
    }

    @Test("a corpus root stands for its articles: skipped in its directory, its articles when named")
    func corpusRoot() throws {
        let directory = try CommandLineTool.temporaryDirectory()
        let corpus = directory.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(
            at: corpus.appendingPathComponent("articles"), withIntermediateDirectories: true)
        for name in ["a", "b"] {
            try Data(Repository.bytes(Repository.seedToolTEI)).write(
                to: corpus.appendingPathComponent("articles/\(name).xml"))
        }
        let root = """
            <teiCorpus xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude">\
            <teiHeader><fileDesc><titleStmt><title>C</title></titleStmt><publicationStmt><p>x</p></publicationStmt>\
            <sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>\
            <xi:include href="articles/a.xml"/><xi:include href="articles/b.xml"/></teiCorpus>
            """
        try Data(root.utf8).write(to: corpus.appendingPathComponent("corpus.xml"))
        for path in [corpus.path, corpus.appendingPathComponent("corpus.xml").path] {
            let output = directory.appendingPathComponent(UUID().uuidString)
            let result = try CommandLineTool.run(["export", "--to", "json", path, "-o", output.path])
            #expect(result.status == 0, "\(result.standardError)")
            let written = try FileManager.default.contentsOfDirectory(
                atPath: output.appendingPathComponent("articles").path)
            #expect(written.sorted() == ["a.json", "b.json"])
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("corpus.json").path))
        }
    }

    @Test("bad inputs: one error line each, the good ones still exported, the right exit status")
    func badInputs() throws {
        let directory = try CommandLineTool.temporaryDirectory()
        let broken = directory.appendingPathComponent("broken.xml")
        try Data("<TEI><text><body><p>unclosed".utf8).write(to: broken)
        let output = directory.appendingPathComponent("out.conllu")
        let result = try CommandLineTool.run(
            ["export", "--to", "conllu", broken.path, Repository.seedToolTEI.path, "-o", output.path])
        #expect(result.status == 1)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains("broken.xml"), "\(result.standardError)")
        #expect(try String(contentsOf: output, encoding: .utf8).hasPrefix("# newdoc id = a000_234219daa5ff928f\n"))

        let missing = try CommandLineTool.run([
            "export", "--to", "json", directory.appendingPathComponent("no.xml").path,
        ])
        #expect(missing.status == 2 && missing.standardError.contains("no.xml"))
        let bratToTerminal = try CommandLineTool.run(["export", "--to", "brat", Repository.seedToolTEI.path])
        #expect(bratToTerminal.status == 2 && bratToTerminal.standardError.contains("-o DIRECTORY"))
        let unknown = try CommandLineTool.run(["export", "--to", "docx", Repository.seedToolTEI.path])
        #expect(unknown.status == 2)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [
                "broken.xml", "out.conllu",
            ])
    }
}

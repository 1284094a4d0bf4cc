import Foundation
import TEIAnnotator
import TestSupport
import Testing

@Suite("Reading brat and the JSON export format back")
struct InterchangeReaderTests {
    @Test("brat from elsewhere: type names, fragments, relations, attributes, notes")
    func foreignBrat() throws {
        let text = "Ana Ruiz said “we stay”.\nIn Lima she said it again."
        let annotations = """
            T1\tPerson 0 8\tAna Ruiz
            T2\tQuotation 14 23\t“we stay”
            T3\tGPE 28 32\tLima
            T4\tQuote 37 40;41 43\tsaid it
            T5\tEvent 44 49\tagain
            R1\tSpeaker Arg1:T2 Arg2:T1
            A1\tReported T4
            #1\tAnnotatorNotes T2\tchecked

            """
        let read = try BratReader.read(
            annotations: Data(annotations.utf8), text: Data(text.utf8), id: "doc", name: "doc.ann")
        #expect(read.entities == [.init(start: 0, end: 8, type: "PER"), .init(start: 28, end: 32, type: "LOC")])
        #expect(
            read.quotes == [
                .init(start: 14, end: 23, speakerNames: ["Ana Ruiz"], isDirect: true),
                .init(start: 37, end: 43, speakerNames: [], isDirect: false),
            ])
    }

    @Test("a bad brat line is named with its number")
    func badBrat() {
        #expect {
            try BratReader.read(
                annotations: Data("T1\tPER 0 3\tAna\nT2\tPER 5 99\tx\n".utf8), text: Data("Ana x".utf8), id: "d",
                name: "d.ann")
        } throws: { error in
            (error as? EvaluationError)?.description.hasPrefix("d.ann:2: offsets") == true
        }
    }

    @Test("a .json file is read as an exported article or as gold JSON Lines, whichever it is")
    func jsonKinds() throws {
        let directory = try CommandLineTool.temporaryDirectory()
        let article = directory.appendingPathComponent("article.json")
        try Data(
            #"{"id": "a1", "text": "Ana Ruiz spoke.", "ents": [{"start": 0, "end": 8, "label": "PER", "kb_id": "p1"}], "quotes": [], "register": [{"id": "p1", "label": "PER", "name": "Ana Ruiz", "variants": [], "roles": [], "uris": []}]}"#
                .utf8
        ).write(to: article)
        let gold = directory.appendingPathComponent("gold.json")
        try Data(#"{"id": "g1", "text": "Lima", "entities": [{"start": 0, "end": 4, "type": "LOC"}]}"#.utf8).write(
            to: gold)
        let documents = try AnnotationSetReader.read([article.path, gold.path])
        #expect(documents.map(\.id) == ["a1", "g1"])
        #expect(documents[0].entities == [.init(start: 0, end: 8, type: "PER")])
        #expect(documents[1].entities == [.init(start: 0, end: 4, type: "LOC")])
    }

    @Test("a directory holding one article twice (TEI and JSON) is refused")
    func duplicateDocuments() throws {
        let directory = try CommandLineTool.temporaryDirectory()
        try Data(Repository.bytes(Repository.seedToolTEI)).write(to: directory.appendingPathComponent("a.xml"))
        let files = try Exporter().export(
            [ExportInput(name: "a", teiBytes: Repository.bytes(Repository.seedToolTEI), file: "a.xml")], to: .json)
        try Data(files[0].bytes).write(to: directory.appendingPathComponent("a.json"))
        #expect {
            try AnnotationSetReader.read([directory.path])
        } throws: { error in
            (error as? EvaluationError)?.description.contains("is given twice") == true
        }
    }
}

import Foundation
import TestSupport
import Testing

@Suite("tei-annotator train")
struct TrainCommandTests {
    @Test("train entities on a JSON Lines file; the model is used by annotate --model and refuses other files")
    func entities() throws {
        let directory = try CommandLineTool.temporaryDirectory()
        let data = directory.appendingPathComponent("train.jsonl")
        var lines: [String] = []
        for (index, name) in ["Maria Lopez", "John Smith", "Ann Lee", "Omar Haddad"].enumerated() {
            let text = "Story \(index)\n\n\(name) visited Paris on Monday. Later \(name) went home."
            let start = "Story \(index)\n\n".unicodeScalars.count
            let second = text.unicodeScalars.count - " went home.".unicodeScalars.count - name.unicodeScalars.count
            let paris = start + name.unicodeScalars.count + " visited ".unicodeScalars.count
            lines.append(
                """
                {"id": "d\(index)", "license": "CC BY 4.0", "text": \(String(reflecting: text)), "entities": [\
                {"start": \(start), "end": \(start + name.unicodeScalars.count), "type": "PER"}, \
                {"start": \(paris), "end": \(paris + 5), "type": "LOC"}, \
                {"start": \(second), "end": \(second + name.unicodeScalars.count), "type": "PER"}], "quotes": []}
                """)
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: data)
        let model = directory.appendingPathComponent("entities.model")
        let train = try CommandLineTool.run([
            "train", "entities", "--data", data.path, "--licence", "CC BY", "--epochs", "3", "--out", model.path,
        ])
        #expect(train.status == 0, "\(train.standardError)")
        #expect(train.standardError.contains("trained on 4 documents"))
        let again = directory.appendingPathComponent("again.model")
        _ = try CommandLineTool.run(["train", "entities", "--data", data.path, "--epochs", "3", "--out", again.path])
        #expect(FileManager.default.contents(atPath: model.path) == FileManager.default.contents(atPath: again.path))

        let annotated = try CommandLineTool.run(
            ["annotate", "--model", model.path], input: Data("Trip\n\nJohn Smith visited Paris again.".utf8))
        #expect(annotated.status == 0)
        #expect(annotated.standardOutput.contains("<body>"))

        let wrong = try CommandLineTool.run(["annotate", "--model", data.path], input: Data("Text here.".utf8))
        #expect(wrong.status == 2)
        #expect(wrong.standardError.contains("not a tei-annotator model"))
        let none = try CommandLineTool.run([
            "train", "entities", "--data", data.path, "--licence", "CC BY-NC", "--out", model.path,
        ])
        #expect(none.status == 2)
        #expect(none.standardError.contains("no training documents"))
    }

    @Test("train linguistic on a CoNLL-U file writes the tagger and the tables")
    func linguistic() throws {
        let directory = try CommandLineTool.temporaryDirectory()
        let data = directory.appendingPathComponent("tiny.conllu")
        let sentence = """
            # newdoc id = tiny
            # text = Dogs barked loudly.
            1\tDogs\tdog\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_
            2\tbarked\tbark\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
            3\tloudly\tloudly\tADV\tRB\t_\t2\tadvmod\t_\tSpaceAfter=No
            4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_


            """
        try Data(sentence.utf8).write(to: data)
        let out = directory.appendingPathComponent("models")
        let result = try CommandLineTool.run([
            "train", "linguistic", "--data", data.path, "--epochs", "2", "--out", out.path, "--evaluate", data.path,
        ])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("UPOS: 1.000"))
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == ["morphology.bin", "pos.model"])
    }

    @Test("annotate --layer linguistic, and evaluate against a CoNLL-U treebank")
    func linguisticLayer() throws {
        let result = try CommandLineTool.run(["annotate", "--layer", "linguistic", Repository.seedArticle.path])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("<s xml:id=\"a000_234219daa5ff928f-s1\">"))
        #expect(result.standardOutput.contains("msd=\"UPosTag="))
        let directory = try CommandLineTool.temporaryDirectory()
        let treebank = directory.appendingPathComponent("gold.conllu")
        try Data(
            """
            # newdoc id = d1
            # newpar
            1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
            2\tdogs\tdog\tNOUN\tNNS\tNumber=Plur\t3\tnsubj\t_\t_
            3\tbarked\tbark\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
            4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_


            """.utf8
        ).write(to: treebank)
        let scores = try CommandLineTool.run(["evaluate", "--gold", treebank.path])
        #expect(scores.status == 0, "\(scores.standardError)")
        #expect(scores.standardOutput.contains("tokens: precision 1.000 recall 1.000"))
    }
}

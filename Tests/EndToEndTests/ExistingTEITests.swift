import Foundation
import TEIAnnotator
import TestSupport
import Testing

@Suite("Existing TEI as input")
struct ExistingTEITests {
    static let fixture = Repository.root.appendingPathComponent("Corpus/tei/harbour-letter.xml")

    /// Annotates `bytes` in place, then strips the annotations and compares with the input canonically.
    private func roundTrip(_ bytes: [UInt8], name: String) throws -> (annotated: String, added: Int) {
        let annotator = try Annotator()
        let result = try annotator.annotateInPlace(teiBytes: bytes, sourceName: name)
        let written = try result.document.serialized(indented: false)
        let reparsed = try XMLDocument(parsing: written, url: name)
        var added = 0
        reparsed.rootElement?.forEachDescendantElement { element in
            let pointer = "#" + result.applicationID
            if element.attribute("resp") == pointer || (element.name == "change" && element.attribute("who") == pointer)
            {
                added += 1
            }
        }
        InPlaceTEIAnnotation.removeAnnotations(from: reparsed, applicationID: result.applicationID)
        let original = try XMLDocument(parsing: bytes, url: name)
        let expected = String(decoding: try original.canonicalized(), as: UTF8.self)
        let actual = String(decoding: try reparsed.canonicalized(), as: UTF8.self)
        #expect(actual == expected, "\(name): stripping the annotations does not give the input back")
        return (String(decoding: written, as: UTF8.self), added)
    }

    @Test("our fixture: annotations added, every existing node kept (C14N round trip)")
    func fixtureRoundTrip() throws {
        let (annotated, added) = try roundTrip(Repository.bytes(Self.fixture), name: "harbour-letter.xml")
        #expect(added > 10)
        // Existing markup stays: comments, processing instructions, ids, foreign attributes.
        for kept in [
            "<!-- check the figure -->", "<?editor note=\"second paragraph checked\"?>", "xml:id=\"p1\"",
            "ex:status=\"checked\"", "<pb n=\"4\" facs=\"page4.jpg\"/>", "<?xml-model ",
        ] {
            #expect(annotated.contains(kept), "lost: \(kept)")
        }
        // A name split by an inline element and a word split by <lb break="no"/> are one name each.
        #expect(
            annotated.range(
                of:
                    ##"<persName resp="#harbour-letter-app" ref="#harbour-letter-per[0-9]+" cert="[0-9.]+"><hi rend="smallcaps">Tom</hi> Reed</persName>"##,
                options: .regularExpression) != nil)
        #expect(annotated.contains(">Ange<lb break=\"no\"/>la Merkel</persName>"))
        // New names nest inside existing inline elements, in the TEI namespace.
        #expect(annotated.contains("<hi rend=\"italic\"><placeName resp="))
        #expect(annotated.contains("<ex:place><placeName resp="))
        // Names already marked are kept, not doubled, and reused: the marked Maria Lopez (@ref to the
        // document's own person) is who the other mentions and the quotation point at.
        #expect(annotated.contains("<persName ref=\"#p-lopez\">Maria Lopez</persName>,"))
        #expect(
            annotated.range(
                of: ##"ref="#harbour-letter-per[0-9]+"[^>]*>(Maria )?Lopez</persName>"##, options: .regularExpression)
                == nil)
        #expect(annotated.contains("ref=\"#p-lopez\" cert=\"1.00\">Lopez</persName>"))
        #expect(annotated.contains("who=\"#p-lopez\""))
        #expect(annotated.contains("<orgName>Northport Harbour Board</orgName>"))
        #expect(
            !annotated.contains(
                "<orgName resp=\"#harbour-letter-app\" ref=\"#harbour-letter-org1\" cert=\"0.97\"><orgName>"))
        // Notes and the <sic> reading are not annotated.
        #expect(!annotated.contains("Hamburgh</placeName>"))
        // The header gains the application, the register and a change.
        #expect(annotated.contains("<application xml:id=\"harbour-letter-app\" ident=\"tei-annotator\""))
        #expect(annotated.contains("<particDesc resp=\"#harbour-letter-app\"><listPerson>"))
        #expect(annotated.contains("<settingDesc resp=\"#harbour-letter-app\"><listPlace>"))
        #expect(annotated.contains("<change who=\"#harbour-letter-app\""))
    }

    @Test("re-annotating the tool's own output gives TEI that both schemas accept")
    func ownOutputAnnotatedAgain() throws {
        let annotator = try Annotator()
        let seed = Repository.root.appendingPathComponent("Corpus/seed/000_234219daa5ff928f.txt")
        let first = try annotator.tei(annotator.annotate(bytes: Repository.bytes(seed), id: "seed"))
        let again = try annotator.annotateInPlace(teiBytes: first, sourceName: "seed.xml")
        let bytes = try again.document.serialized(indented: false)
        for verdict in try TEIAll.verdictsOfBothSchemas(bytes, file: "seed.xml") {
            #expect(verdict.isValid, "\(verdict.diagnostics.map(\.message))")
        }
    }

    @Test("the round trip holds on every TEI document of the shared samples (not written by us)")
    func sharedSamples() throws {
        guard let shared = Repository.shared else { return }
        let directory = shared.appendingPathComponent("reference/tei/samples")
        var files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".xml") }.map { directory.appendingPathComponent($0) }
        files += try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("corpus").path)
            .filter { $0.hasPrefix("gazette") }.map { directory.appendingPathComponent("corpus/" + $0) }
        #expect(files.count >= 10)
        var inline = 0
        for file in files {
            // As published (fully annotated already: nothing is doubled), and with its names and
            // quotations taken out (the annotator then adds its own inside the document's markup).
            let bytes = Repository.bytes(file)
            let (_, added) = try roundTrip(bytes, name: file.lastPathComponent)
            #expect(added >= 1, "\(file.lastPathComponent): nothing added")
            let bare = try XMLDocument(parsing: bytes, url: file.lastPathComponent)
            var names: [XMLNode] = []
            bare.rootElement?.forEachDescendantElement { element in
                if ["persName", "placeName", "orgName", "said", "name", "rs"].contains(element.name),
                    element.parent.map({ $0.name != "person" && $0.name != "place" && $0.name != "org" }) ?? false
                {
                    names.append(element)
                }
            }
            for element in names.reversed() { element.unwrap() }
            let (annotated, _) = try roundTrip(try bare.serialized(indented: false), name: file.lastPathComponent)
            inline += annotated.components(separatedBy: "Name resp=").count - 1
        }
        #expect(inline >= 20)
    }

    @Test("through the CLI: TEI in (by extension or by content), TEI out, annotated in place")
    func commandLine() throws {
        let result = try CommandLineTool.run(["annotate", Self.fixture.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("<!-- check the figure -->"))
        #expect(result.standardOutput.contains("Ange<lb break=\"no\"/>la Merkel</persName>"))
        let piped = try CommandLineTool.run(["annotate"], input: Data(Repository.bytes(Self.fixture)))
        #expect(piped.status == 0)
        #expect(piped.standardOutput == result.standardOutput)
        let forced = try CommandLineTool.run(["annotate", "--input-format", "text", Self.fixture.path])
        #expect(forced.status == 0)
        #expect(!forced.standardOutput.contains("<!-- check the figure -->"))
        let broken = try CommandLineTool.run(["annotate", "--input-format", "tei"], input: Data("<TEI><text>".utf8))
        #expect(broken.status == 1)
        #expect(broken.standardError.contains("input is not TEI"))
    }
}

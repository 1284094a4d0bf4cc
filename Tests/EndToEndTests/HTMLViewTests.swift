import Foundation
import TEIAnnotator
import TestSupport
import Testing

/// The HTML view as a person sees it: rendered by headless Chromium (Debian's `chromium`; the tests
/// skip without it) and looked at pixel by pixel.
@Suite("The HTML view in a browser")
struct HTMLViewTests {
    /// The colours the page's style sheet gives names, quotations and the hover card.
    enum Colour {
        static let person: UInt32 = 0xDBEAFE
        static let place: UInt32 = 0xDCFCE7
        static let organization: UInt32 = 0xFFEDD5
        static let directQuotation: UInt32 = 0xFEF3C7
        static let card: UInt32 = 0x0F172A
    }

    static func seedPage() throws -> URL {
        let directory = try CommandLineTool.temporaryDirectory()
        let page = directory.appendingPathComponent("seed.html")
        let result = try CommandLineTool.run(["export", "--to", "html", Repository.seedToolTEI.path, "-o", page.path])
        #expect(result.status == 0, "\(result.standardError)")
        return page
    }

    @Test("the PNG decoder reads a known image")
    func decoder() throws {
        let png = try #require(
            Data(
                base64Encoded:
                    "iVBORw0KGgoAAAANSUhEUgAAACgAAAAGCAIAAAA+Okt8AAABVUlEQVR42sXPMatBAQCG4c9wDTelZGA5C4OUkoHlLAxSSt/AchYGKSUDy1kYpJQMLGdh+FJKBpazMEgpGdzFck0mk19x76+4t9797QEALz58+AzAH0LQQDgKI45IErE0EiZSOWQKMEvIlpG3UKyBDVRasDqo2qj30RyiPUZ3CttBb4HBEqM1JlvMXDgHzE/QBasbNnfsHnCf2L9wfOPsQezjd/z3Afz00u9jMMBwiIbBSJSxOBNJptLMmDRzzBaYL7FYJi1WarQarLZY77Bps91nd0h7zN6UA4ejBSdLztZ0tpy71IGrEzcX7m5079w/eHzy/OL1zS8PbP8/iRX0KuyTEVAkpJihRFSpuDJJmWllTeVzKhbEkiplWZaqNdUbarbU7qhry+6rN9RgrNFUE0ezhZyl5mtpq5WrzUG7k9yL9jcd7zo/dH3q66X7W98eXMP/Iv4BDs6VXLgplEkAAAAASUVORK5CYII="
            ))
        // 40 × 6 RGB, rows alternately unfiltered and Sub-filtered: pixel (x, y) = (6x, 40y, 5(x + y)).
        let image = try PNGImage([UInt8](png))
        #expect(image.width == 40 && image.height == 6)
        for (x, y) in [(0, 0), (39, 0), (7, 1), (20, 3), (39, 5)] {
            let index = (y * 40 + x) * 4
            #expect(Array(image.rgba[index..<index + 3]) == [UInt8(6 * x), UInt8(40 * y), UInt8(5 * (x + y))])
        }
    }

    @Test("the seed's page renders: text, names in their colours, quotations", .enabled(if: Chromium.isAvailable))
    func seedRenders() throws {
        let page = try Self.seedPage()
        let png = try Chromium.screenshot(page.absoluteString, width: 1280, height: 1600)
        try Data(png).write(to: page.deletingPathExtension().appendingPathExtension("png"))
        let image = try PNGImage(png)
        #expect(image.width == 1280 && image.height == 1600)
        let white = image.count(of: 0xFFFFFF) + image.count(of: 0xF8FAFC)
        #expect(white < image.width * image.height * 9 / 10, "the page is nearly blank")
        #expect(image.colourCount > 200, "too few colours for rendered text")
        for (name, colour) in [
            ("person", Colour.person), ("place", Colour.place), ("organization", Colour.organization),
            ("direct quotation", Colour.directQuotation),
        ] {
            #expect(image.count(of: colour) > 500, "no \(name) highlighting on the page")
        }
        #expect(image.count(of: Colour.card) < 50, "the hover card shows without hovering")
    }

    @Test("page.html#ID opens on an entry and shows its card", .enabled(if: Chromium.isAvailable))
    func entryCard() throws {
        let page = try Self.seedPage()
        let image = try PNGImage(
            try Chromium.screenshot(page.absoluteString + "#a000_234219daa5ff928f-per5", width: 1280, height: 1000))
        #expect(image.count(of: Colour.card) > 5_000, "no entry card")
    }
}

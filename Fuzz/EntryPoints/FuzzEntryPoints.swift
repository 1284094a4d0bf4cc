import Foundation
import TEIAnnotator

/// What each fuzz target does with one input. The libFuzzer executables (`Fuzz/Targets`) call these,
/// and so do the regression tests, with every input a fuzzer once crashed on.
///
/// An input the code refuses with an error is fine; a crash, a hang, or a result that breaks an
/// invariant (a span outside the text, TEI the tool writes that does not validate) is a finding:
/// the invariants are checked with `fatalError`, so a violation stops the fuzzer like a crash.
public enum FuzzEntryPoints {
    /// The fuzz targets, by the name `Scripts/fuzz.sh` and the seed folders use.
    public static let targets: [String: @Sendable ([UInt8]) -> Void] = [
        "text-reader": textReader, "tokenizer": tokenizer, "quotations": quotations, "html-reader": htmlReader,
        "tei-reader": teiReader, "validator": validator,
    ]

    /// Decoding and cleaning plain text (`PlainTextReader`).
    public static func textReader(_ bytes: [UInt8]) {
        guard let article = try? PlainTextReader().read(bytes: bytes, id: "fuzz") else { return }
        checkSpans(of: article)
    }

    /// Tokens and sentences over the input as one paragraph of UTF-8 text (invalid bytes repaired).
    public static func tokenizer(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let article = Article(
            id: "fuzz", text: text, blocks: [TextBlock(kind: .paragraph, span: TextSpan(0, text.utf8.count))])
        let segmentation = Tokenizer().segment(article)
        var previousEnd = 0
        for token in segmentation.tokens {
            require(token.span.start >= previousEnd && token.span.end > token.span.start, "tokens out of order")
            checkBoundaries(token.span, in: text)
            previousEnd = token.span.end
        }
        for sentence in segmentation.sentences {
            require(sentence.tokens.upperBound <= segmentation.tokens.count, "a sentence past the last token")
            checkBoundaries(sentence.span, in: text)
        }
    }

    /// The whole pipeline on plain text, quotation detection above all (seeded with quotation-heavy
    /// text); the TEI written must be valid against the project schema.
    public static func quotations(_ bytes: [UInt8]) {
        guard let (annotator, validator) = pipeline,
            let article = try? annotator.read(bytes: bytes, format: .text, id: "fuzz")
        else { return }
        let annotated = annotator.annotate(article)
        for quotation in annotated.quotations { checkBoundaries(quotation.span, in: article.text) }
        for mention in annotated.mentions { checkBoundaries(mention.span, in: article.text) }
        writeAndValidate(annotated, annotator, validator)
    }

    /// Reading an HTML page (`HTMLReader`), then annotating and writing what it read.
    public static func htmlReader(_ bytes: [UInt8]) {
        guard let article = try? HTMLReader().read(bytes: bytes, id: "fuzz") else { return }
        checkSpans(of: article)
        guard let (annotator, validator) = pipeline else { return }
        writeAndValidate(annotator.annotate(article), annotator, validator)
    }

    /// Reading an existing TEI document (`TEIReader`), then annotating it in place and serializing it.
    public static func teiReader(_ bytes: [UInt8]) {
        guard let input = try? TEIReader().read(bytes: bytes) else { return }
        checkSpans(of: input.article)
        guard let (annotator, _) = pipeline, let result = try? annotator.annotateInPlace(teiBytes: bytes) else {
            return
        }
        _ = try? result.document.serialized(indented: false)
    }

    /// Validating any document against the project schema, with the checks beyond the grammar.
    public static func validator(_ bytes: [UInt8]) {
        guard let (_, validator) = pipeline else { return }
        let report = validator.validate(bytes: bytes, file: "fuzz.xml")
        _ = ValidationOutput.textLines(report, quiet: false)
    }

    /// The annotator and the project-schema validator, loaded once per process.
    private static let pipeline: (Annotator, TEIValidator)? = {
        guard let annotator = try? Annotator(), let validator = try? TEIValidator.projectSchema() else { return nil }
        return (annotator, validator)
    }()

    private static func writeAndValidate(
        _ annotated: AnnotatedArticle, _ annotator: Annotator, _ validator: TEIValidator
    ) {
        let tei: [UInt8]
        do {
            tei = try annotator.tei(annotated)
        } catch {
            fatalError("the TEI could not be serialized: \(error)")
        }
        let report = validator.validate(bytes: tei, file: "fuzz.xml")
        require(
            report.isValid,
            "the TEI written does not validate: \(report.diagnostics.prefix(3))\n\(String(decoding: tei, as: UTF8.self))"
        )
    }

    /// Stops the process with `message` when `condition` fails (in every build configuration, unlike
    /// `precondition`, whose message optimized builds leave out).
    private static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError(message()) }
    }

    private static func checkSpans(of article: Article) {
        for block in article.blocks { checkBoundaries(block.span, in: article.text) }
        for removed in article.removed { checkBoundaries(removed.span, in: article.text) }
    }

    /// `span` lies inside `text` and starts and ends on character boundaries of its UTF-8 form.
    private static func checkBoundaries(_ span: TextSpan, in text: String) {
        let utf8 = text.utf8
        require(0 <= span.start && span.start <= span.end && span.end <= utf8.count, "span \(span) out of range")
        for offset in [span.start, span.end] where offset < utf8.count {
            let byte = utf8[utf8.index(utf8.startIndex, offsetBy: offset)]
            require(byte & 0xC0 != 0x80, "span \(span) splits a character")
        }
    }
}

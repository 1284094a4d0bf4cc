import AnnotationModel
import ArticleReading
import Foundation
import TEIAnnotator

/// Annotating one input of a corpus, and what the manifest keeps of the result.
enum CorpusArticle {
    /// Reads and annotates a job's input; its register entries point to the corpus register. An existing
    /// TEI document is read for its text and metadata and written anew, as every article of a corpus
    /// is (its own ids could clash with other articles'; `annotate` keeps a document's markup instead).
    static func annotate(_ job: ArticleJob, with annotator: Annotator) throws -> AnnotatedArticle {
        let name = URL(fileURLWithPath: job.key.path).lastPathComponent
        var article: Article
        switch job.format {
        case .jsonl:
            let record = try JSONLinesArticle(line: job.bytes)
            article = try annotator.read(bytes: record.content, format: record.format, id: job.id, sourceName: name)
            record.apply(to: &article.metadata)
        case .tei:
            do {
                article = try TEIReader().read(bytes: job.bytes, id: job.id, sourceName: name).article
            } catch {
                throw AnnotatorError.unreadableInput(error)
            }
        default:
            article = try annotator.read(bytes: job.bytes, format: job.format, id: job.id, sourceName: name)
        }
        var annotated = annotator.annotate(article)
        for index in annotated.register.entries.indices where !annotated.register.entries[index].isDescription {
            let key = CorpusRegisterKey.key(for: annotated.register.entries[index])
            annotated.register.entries[index].sameAs = CorpusRegisterKey.pointer(key)
        }
        return annotated
    }

    /// The id a JSON Lines record asks for, if it has one.
    static func requestedID(_ record: JSONLinesArticle) -> String? {
        switch record.originalID {
        case let text as String: text
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }

    /// Runs of non-blank characters (as the benchmark counts words).
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let blank = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !blank && !inWord { count += 1 }
            inWord = !blank
        }
        return count
    }

    /// One summary per register entry, with its mentions and quotations.
    static func entitySummaries(_ annotated: AnnotatedArticle) -> [EntitySummary] {
        var mentions = [Int](repeating: 0, count: annotated.register.entries.count)
        for mention in annotated.mentions where mentions.indices.contains(mention.entry) {
            mentions[mention.entry] += 1
        }
        var quotations = [Int](repeating: 0, count: annotated.register.entries.count)
        for quotation in annotated.quotations {
            if let speaker = quotation.speaker, quotations.indices.contains(speaker) { quotations[speaker] += 1 }
        }
        return annotated.register.entries.enumerated().filter { !$0.element.isDescription }.map { index, entry in
            EntitySummary(
                type: entry.type.rawValue, key: CorpusRegisterKey.key(for: entry), name: entry.name,
                variants: entry.variants, roles: entry.roles, uris: entry.authorityURIs, mentions: mentions[index],
                quotations: quotations[index])
        }
    }
}

import AnnotationModel
import ArticleReading
import Foundation
import TEIAnnotator
import TEIValidation

/// Builds a corpus directory from input files, in parallel, resumably.
///
/// One build at a time writes a directory: a build holds the directory's lock (``CorpusLock``) from
/// start to end, and a second one is refused or waits (``CorpusBuildOptions/contention``). Each input
/// (a file, or a line of a JSON Lines file) becomes `articles/ID.xml`, written atomically, then a line
/// of the build's journal records its content fingerprint, article and counts. A new run skips inputs
/// whose fingerprint and annotator configuration match and whose article exists, and redoes the
/// others; killing a run at any moment loses only the articles in progress. The build ends by writing
/// the manifest and `corpus.xml` (each replaced atomically, so readers see the old corpus or the new
/// one), merging the corpus register, then removing articles of its own inputs that are gone. Articles
/// of earlier builds whose inputs are not part of this one (not named, nor in a named directory) are
/// kept, and keep their ids, unless
/// ``CorpusBuildOptions/prune`` is set. An input that cannot be annotated is recorded as failed and the
/// build goes on.
public final class CorpusBuilder: @unchecked Sendable {
    private let annotator: Annotator
    private let validator: TEIValidator
    private let options: CorpusBuildOptions
    private let layout: CorpusLayout
    private let log: ManifestLog
    private let lock = NSLock()
    private var isCancelled = false
    private var progress: CorpusProgress

    /// - Parameter validator: checks every article before it is written (the project schema).
    public init(annotator: Annotator, validator: TEIValidator, options: CorpusBuildOptions) {
        self.annotator = annotator
        self.validator = validator
        self.options = options
        layout = CorpusLayout(directory: options.directory)
        log = ManifestLog(path: layout.journalPath)
        progress = CorpusProgress(total: 0)
    }

    /// Stops the build soon: no new article is started, those in progress are finished and recorded.
    /// Safe to call from any thread (a signal handler's queue).
    public func cancel() {
        lock.lock()
        isCancelled = true
        lock.unlock()
    }

    private var cancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return isCancelled
    }

    /// Runs the build; `report` is called after every article (from worker threads).
    /// - Throws: ``CorpusError`` when the inputs cannot be listed, another process is writing the
    ///   directory, the directory cannot be written, no article could be made, or the build was cancelled.
    public func build(_ inputs: [String], report: @escaping @Sendable (CorpusProgress) -> Void) throws(CorpusError)
        -> CorpusSummary
    {
        let files = try CorpusInputs.files(inputs, excluding: layout.directory)
        let writerLock = try CorpusLock(directory: layout.directory, contention: options.contention)
        defer { withExtendedLifetime(writerLock) {} }
        try layout.prepare()
        try layout.startJournal()
        let previous = try log.load()
        let kept = keptItems(previous, inputs: inputs)
        let total = CorpusInputs.count(files)
        progress = CorpusProgress(total: options.shard.map { (total + $0.count - 1) / $0.count } ?? total)

        let queue = WorkQueue<ArticleJob>(capacity: options.jobs * 2)
        let workers = startThreads(options.jobs) { [self] _ in
            while let job = queue.take() {
                if cancelled { continue }
                let record: ManifestRecord
                do throws(CorpusError) {
                    record = try process(job)
                    try log.append(record)
                } catch {
                    cancelWithError(error)
                    continue
                }
                advance(
                    record.status == .annotated ? \.annotated : \.failed, words: record.words,
                    replacing: job.replacing && record.status == .annotated, report: report)
            }
        }
        var current: [CorpusItemKey] = []
        var producerError: CorpusError?
        do {
            try enumerateItems(
                files, previous: previous, reserved: kept.map { previous[$0]!.record.id }, current: &current
            ) {
                job in
                if cancelled { return false }
                return queue.put(job)
            } skip: { record in
                advance(record.status == .annotated ? \.upToDate : \.failed, words: 0, replacing: false, report: report)
            }
        } catch {
            producerError = error
        }
        queue.close()
        workers.wait()
        log.close()
        if let producerError { throw producerError }
        if let writeError = takeWriteError() { throw writeError }
        if cancelled { throw .interrupted }

        let (totals, removed) = try assemble(current, kept: kept)
        lock.lock()
        let finalProgress = progress
        lock.unlock()
        return CorpusSummary(
            totals: totals, annotated: finalProgress.annotated, updated: finalProgress.updated,
            upToDate: finalProgress.upToDate, kept: kept.count, removed: removed, wordsAnnotated: finalProgress.words,
            seconds: Date().timeIntervalSince(startDate))
    }

    /// The articles of earlier builds to keep: those whose input is not part of this build (neither a file
    /// it names nor in a directory it names) and whose article is there, in corpus order; none with
    /// ``CorpusBuildOptions/prune``. An input inside a named directory that is gone is not kept: its
    /// article is removed.
    private func keptItems(_ previous: [CorpusItemKey: ManifestLog.Entry], inputs: [String]) -> [CorpusItemKey] {
        guard !options.prune else { return [] }
        let named = inputs.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let folders = named.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        return previous.filter { key, entry in
            guard !named.contains(key.path), !folders.contains(where: { key.path.hasPrefix($0) }),
                entry.record.status == .annotated, let file = entry.record.file
            else { return false }
            return FileManager.default.fileExists(atPath: layout.path(file))
        }.keys.sorted()
    }

    // MARK: - Inputs

    /// Walks the inputs in corpus order, giving each its id; hands out jobs for inputs to annotate and
    /// records for inputs the manifest shows up to date. `enqueue` returns false to stop.
    /// `reserved` are the ids of kept articles, which no input gets.
    private func enumerateItems(
        _ files: [CorpusInputs.File], previous: [CorpusItemKey: ManifestLog.Entry], reserved: [String],
        current: inout [CorpusItemKey], enqueue: (ArticleJob) -> Bool, skip: (ManifestRecord) -> Void
    ) throws(CorpusError) {
        var allocator = ArticleIDAllocator()
        for id in reserved { allocator.reserve(id) }
        func offer(
            _ key: CorpusItemKey, base: String, bytes: [UInt8], format: ArticleSource.Format, unreadable: String? = nil
        ) -> Bool {
            if let shard = options.shard, !shard.contains(base: base) { return true }
            let id = allocator.allocate(base: base)
            current.append(key)
            let hash = ContentHash.fingerprint(bytes)
            if !options.force, let entry = previous[key], isUpToDate(entry.record, hash: hash, id: id) {
                skip(entry.record)
                return true
            }
            return enqueue(
                ArticleJob(
                    key: key, bytes: bytes, format: format, id: id, hash: hash, unreadable: unreadable,
                    replacing: previous[key]?.record.status == .annotated))
        }
        for file in files {
            let stem = URL(fileURLWithPath: file.path).deletingPathExtension().lastPathComponent
            guard let handle = FileHandle(forReadingAtPath: file.path) else {
                let key = CorpusItemKey(path: file.path, line: 0)
                let reason = "cannot be read: " + String(cString: strerror(errno))
                guard offer(key, base: CorpusArticleIDs.base(stem), bytes: [], format: .text, unreadable: reason)
                else { return }
                continue
            }
            defer { try? handle.close() }
            if file.format == .jsonl {
                var lines = LineReader(handle: handle)
                while let line = lines.next() {
                    guard !CorpusInputs.isBlank(line.bytes) else { continue }
                    let key = CorpusItemKey(path: file.path, line: line.number)
                    let requested = (try? JSONLinesArticle(line: line.bytes)).flatMap(CorpusArticle.requestedID)
                    let base = CorpusArticleIDs.base(requested ?? "\(stem)_\(line.number)")
                    guard offer(key, base: base, bytes: line.bytes, format: .jsonl) else { return }
                }
            } else {
                var bytes: [UInt8] = []
                var unreadable: String?
                do {
                    bytes = [UInt8](try handle.readToEnd() ?? Data())
                } catch {
                    unreadable = "cannot be read: " + CorpusError.reason(of: error)
                }
                let key = CorpusItemKey(path: file.path, line: 0)
                let base = CorpusArticleIDs.base(stem)
                guard offer(key, base: base, bytes: bytes, format: file.format, unreadable: unreadable) else { return }
            }
        }
    }

    private func isUpToDate(_ record: ManifestRecord, hash: String, id: String) -> Bool {
        guard record.hash == hash, record.configuration == options.configuration, record.id == id else { return false }
        guard record.status == .annotated else { return true }
        return record.file.map { FileManager.default.fileExists(atPath: layout.path($0)) } ?? false
    }

    // MARK: - Articles

    /// Annotates one input and writes its article. An input that cannot be annotated is a record of the
    /// failure; an article that cannot be written (a full disk) stops the build, and is redone when it resumes.
    private func process(_ job: ArticleJob) throws(CorpusError) -> ManifestRecord {
        var record = ManifestRecord(
            input: job.key.path, line: job.key.line == 0 ? nil : job.key.line, hash: job.hash,
            configuration: options.configuration, id: job.id, file: nil, status: .failed)
        let file = CorpusLayout.articleFile(id: job.id)
        if let unreadable = job.unreadable {
            record.error = unreadable
            return record
        }
        do {
            let annotated = try CorpusArticle.annotate(job, with: annotator)
            let tei = try annotator.tei(annotated, linguistic: options.linguistic)
            let verdict = validator.validate(bytes: tei, file: file)
            guard verdict.isValid else {
                record.error =
                    "the TEI written does not validate (please report this): "
                    + (verdict.diagnostics.first?.description ?? "")
                return record
            }
            do {
                try AtomicFile.write(tei, to: layout.path(file))
            } catch {
                throw CorpusError.cannotWrite(layout.path(file), error.reason)
            }
            record.status = .annotated
            record.file = file
            record.words = CorpusArticle.wordCount(annotated.article.text)
            record.quotations = annotated.quotations.count
            record.entities = CorpusArticle.entitySummaries(annotated)
        } catch let error as CorpusError {
            throw error
        } catch {
            record.error = String(describing: error).split(separator: "\n").first.map(String.init) ?? "unknown error"
        }
        return record
    }

    private var writeError: CorpusError?

    private func cancelWithError(_ error: CorpusError) {
        lock.lock()
        if writeError == nil { writeError = error }
        isCancelled = true
        lock.unlock()
    }

    private func takeWriteError() -> CorpusError? {
        lock.lock()
        defer { lock.unlock() }
        return writeError
    }

    private func advance(
        _ counter: WritableKeyPath<CorpusProgress, Int>, words: Int, replacing: Bool,
        report: @Sendable (CorpusProgress) -> Void
    ) {
        lock.lock()
        progress[keyPath: counter] += 1
        if replacing { progress.updated += 1 }
        progress.words += words
        progress.seconds = Date().timeIntervalSince(startDate)
        let snapshot = progress
        lock.unlock()
        report(snapshot)
    }

    /// When the builder was made: the start of its build.
    private let startDate = Date()

    // MARK: - Finishing

    /// Writes the manifest of the current and kept inputs, merges the register and writes the root, then
    /// removes the articles neither owns and the journal; returns the totals and how many articles it removed.
    private func assemble(_ current: [CorpusItemKey], kept: [CorpusItemKey]) throws(CorpusError) -> (CorpusTotals, Int)
    {
        let entries = try log.load()
        let assembler = try CorpusAssembler(
            layout: layout, title: options.title, date: options.date, ident: Annotator.ident,
            version: Annotator.version)
        let keys = kept.isEmpty ? current : (current + kept).sorted()
        if !keys.isEmpty {
            guard let handle = FileHandle(forReadingAtPath: log.path) else {
                throw .unreadable(log.path, "cannot be read")
            }
            defer { try? handle.close() }
            for key in keys {
                guard let entry = entries[key] else { continue }
                try assembler.add(try log.fullRecord(entry, from: handle))
            }
        }
        let totals: CorpusTotals
        do {
            totals = try assembler.finish()
        } catch {
            if case .empty = error { try? FileManager.default.removeItem(atPath: layout.journalPath) }
            throw error
        }
        // The articles neither a current input nor a kept one owns: inputs removed or renamed since, articles
        // of a build killed before it recorded them.
        return (totals, layout.removeArticles(notIn: assembler.files))
    }
}

/// One input to annotate.
struct ArticleJob: Sendable {
    var key: CorpusItemKey
    var bytes: [UInt8]
    var format: ArticleSource.Format
    var id: String
    var hash: String
    /// Why the input could not be read, when it could not.
    var unreadable: String?
    /// Whether an earlier build made an article of this input.
    var replacing: Bool
}

/// What a build did and what the corpus holds.
public struct CorpusSummary: Sendable {
    public var totals: CorpusTotals
    /// Articles annotated by this run; of those, the ones that replaced an earlier build's article; and
    /// articles found up to date.
    public var annotated: Int
    public var updated: Int
    public var upToDate: Int
    /// Articles of earlier builds whose inputs are not part of this one, kept.
    public var kept: Int
    /// Articles removed: those of this build's inputs that are gone (and, with `prune`, those of
    /// earlier builds' inputs).
    public var removed: Int
    /// Words of the articles annotated by this run.
    public var wordsAnnotated: Int
    public var seconds: Double

    /// Articles annotated by this run that no earlier build had made.
    public var added: Int { annotated - updated }

    /// Words annotated per second by this run.
    public var wordsPerSecond: Double { seconds > 0 ? Double(wordsAnnotated) / seconds : 0 }
}

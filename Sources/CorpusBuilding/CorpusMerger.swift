import Foundation
import TEIAnnotator

/// Combines corpus directories built as shards (`corpus --shard K/N`) into one corpus: every
/// article, one compact manifest, one corpus register, one root. Articles are hard-linked when the
/// directories share a file system, copied otherwise; the result is the same corpus an unsharded
/// build of the same inputs makes. A finished corpus already in the target directory is merged too,
/// as a last shard (the shards' records of the same inputs win), unless `prune` is set: a merge adds
/// to a corpus, it does not replace it unasked.
public enum CorpusMerger {
    /// - Parameters:
    ///   - shards: finished corpus directories (each has `manifest.jsonl` and `corpus.xml`).
    ///   - directory: the merged corpus; it may be one of the shards.
    ///   - prune: leave out the articles the target directory holds that no shard holds.
    ///   - contention: what to do when another process writes one of the directories; the merge holds the
    ///     lock of every directory it reads or writes until it is done.
    /// - Throws: ``CorpusError/notACorpus(_:_:)`` for a directory that is not a finished corpus,
    ///   ``CorpusError/conflictingShards(_:_:)`` when two shards hold one id for different inputs,
    ///   ``CorpusError/locked(_:holder:)`` when another process writes one of them.
    public static func merge(
        _ shards: [String], into directory: String, title: String, date: String, ident: String, version: String,
        prune: Bool = false, contention: LockContention = .refuse
    ) throws(CorpusError) -> CorpusTotals {
        var layouts = shards.map(CorpusLayout.init(directory:))
        for layout in layouts {
            guard FileManager.default.fileExists(atPath: layout.manifestPath) else {
                throw .notACorpus(layout.directory, "no manifest.jsonl")
            }
            guard FileManager.default.fileExists(atPath: layout.rootPath) else {
                throw .notACorpus(layout.directory, "no corpus.xml: its build did not finish")
            }
        }
        let target = CorpusLayout(directory: directory)
        var locked: [String] = [target.directory]
        for layout in layouts where !locked.contains(layout.directory) { locked.append(layout.directory) }
        var locks: [CorpusLock] = []
        for path in locked.sorted() { locks.append(try CorpusLock(directory: path, contention: contention)) }
        defer { withExtendedLifetime(locks) {} }
        if !prune, !layouts.contains(where: { $0.directory == target.directory }),
            FileManager.default.fileExists(atPath: target.manifestPath),
            FileManager.default.fileExists(atPath: target.rootPath)
        {
            layouts.append(target)
        }
        // The target's records: those of its journal when a build there did not finish (its manifest and
        // the articles done since), else its manifest; the shards' finished manifests.
        let manifests = layouts.map { layout in
            layout.directory == target.directory && FileManager.default.fileExists(atPath: layout.journalPath)
                ? layout.journalPath : layout.manifestPath
        }
        var sources: [(key: CorpusItemKey, shard: Int, entry: ManifestLog.Entry)] = []
        var owners: [String: (key: CorpusItemKey, shard: String)] = [:]
        var seenKeys: Set<CorpusItemKey> = []
        for (index, layout) in layouts.enumerated() {
            for (key, entry) in try ManifestLog(path: manifests[index]).load() {
                if let owner = owners[entry.record.id], owner.key != key {
                    throw .conflictingShards(
                        entry.record.id, "\(owner.key.label) in \(owner.shard), \(key.label) in \(layout.directory)")
                }
                owners[entry.record.id] = (key, layout.directory)
                guard seenKeys.insert(key).inserted else { continue }
                sources.append((key, index, entry))
            }
        }
        sources.sort { $0.key < $1.key }

        try target.prepare()
        let assembler = try CorpusAssembler(layout: target, title: title, date: date, ident: ident, version: version)
        var handles: [Int: FileHandle] = [:]
        defer { for handle in handles.values { try? handle.close() } }
        for source in sources {
            let layout = layouts[source.shard]
            let manifest = manifests[source.shard]
            let handle: FileHandle
            if let open = handles[source.shard] {
                handle = open
            } else {
                guard let opened = FileHandle(forReadingAtPath: manifest) else {
                    throw .unreadable(manifest, "cannot be read")
                }
                handles[source.shard] = opened
                handle = opened
            }
            let record = try ManifestLog(path: manifest).fullRecord(source.entry, from: handle)
            if let file = record.file, record.status == .annotated, layout.directory != target.directory {
                try place(layout.path(file), at: target.path(file))
            }
            try assembler.add(record)
        }
        let totals = try assembler.finish()
        // The journal of an unfinished build goes too: its records are in the new manifest, or were left
        // out with `prune`.
        _ = target.removeArticles(notIn: assembler.files)
        return totals
    }

    /// Puts a copy of `source` at `destination` atomically: a hard link when possible, else a copy.
    private static func place(_ source: String, at destination: String) throws(CorpusError) {
        let temporary = AtomicFile.temporaryPath(beside: destination)
        if link(source, temporary) != 0 {
            do {
                try FileManager.default.copyItem(atPath: source, toPath: temporary)
            } catch {
                throw .unreadable(source, CorpusError.reason(of: error))
            }
        }
        guard rename(temporary, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw .cannotWrite(destination, reason)
        }
    }
}

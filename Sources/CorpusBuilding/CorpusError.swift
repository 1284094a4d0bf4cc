import Foundation
import TEIAnnotator

/// Why a corpus build, merge or statistics run could not go on. Articles that cannot be annotated
/// are not errors of the build: they are recorded in the manifest and the summary.
public enum CorpusError: Error, Sendable, CustomStringConvertible {
    /// An input or a corpus file could not be read.
    case unreadable(String, String)
    /// The output directory or one of its files could not be written.
    case cannotWrite(String, String)
    /// A directory given to `merge` or `stats` is not a finished corpus.
    case notACorpus(String, String)
    /// Two shards hold the same article id for different inputs.
    case conflictingShards(String, String)
    /// No input yielded an article, so there is no corpus to write; `failures` says what went wrong with each.
    case empty(failures: [CorpusTotals.Failure])
    /// The build was stopped (SIGINT, SIGTERM); what was done is kept and a new run resumes.
    case interrupted
    /// Another process is writing the corpus directory (its process id, when known).
    case locked(String, holder: Int32?)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        case .notACorpus(let path, let reason): "\(path) is not a corpus directory: \(reason)"
        case .conflictingShards(let id, let detail): "article id \(id) is in two shards: \(detail)"
        case .empty: "no input could be annotated: nothing to put in the corpus"
        case .interrupted: "interrupted; what was done is kept, and running the same command again resumes"
        case .locked(let path, let holder):
            "another build\(holder.map { " (pid \($0))" } ?? "") is writing \(path); "
                + "run again when it has finished, or with --wait"
        }
    }
}

extension CorpusError {
    /// What went wrong in a file operation, as the system says it (`No space left on device`), rather than
    /// Foundation's wrapping of it.
    static func reason(of error: any Error) -> String {
        if let error = error as? AtomicFileError { return error.reason }
        let error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
        return error.localizedDescription
    }
}

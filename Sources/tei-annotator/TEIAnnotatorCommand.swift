import ArgumentParser
import Foundation
import TEIAnnotator

#if canImport(Glibc)
    import Glibc
#endif

@main
struct TEIAnnotatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tei-annotator",
        abstract:
            "Annotate news articles as TEI P5: persons, places, organizations and quotations with their speakers.",
        version: Annotator.version,
        subcommands: [
            AnnotateCommand.self, CorpusCommand.self, ValidateCommand.self, EvaluateCommand.self, TrainCommand.self,
            BenchCommand.self, ExportCommand.self,
        ]
    )

    /// Runs the command; usage errors exit with status 2 (as the subcommands document), not ArgumentParser's 64,
    /// and so does a write to standard output that failed.
    static func main() {
        // A file grown past the size limit (`ulimit -f`) makes the write fail with EFBIG, which is
        // reported, rather than killing the process with a temporary file left behind.
        signal(SIGXFSZ, SIG_IGN)
        if let unknown = CommandLine.arguments.dropFirst().first, let suggestion = suggestedCommand(for: unknown) {
            report("error: unknown command '\(unknown)'; did you mean '\(suggestion)'?")
            Foundation.exit(Exit.usage)
        }
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            fail(with: error)
        }
        do {
            try command.run()
        } catch let error as ValidationError {
            // A usage error found while running: the usage of the command that was run.
            let subcommand = type(of: command)
            let name = subcommand == Self.self ? "" : " " + subcommand._commandName
            let message = [
                "Error: \(error.message)", "Usage: " + usageString(for: subcommand),
                "  See 'tei-annotator\(name) --help' for more information.",
            ]
            FileHandle.standardError.write(Data((message.joined(separator: "\n") + "\n").utf8))
            Foundation.exit(Exit.usage)
        } catch {
            fail(with: error)
        }
        exitIfStandardOutputFailed()
    }

    private static func fail(with error: any Error) -> Never {
        if exitCode(for: error) == .validationFailure {
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(Exit.usage)
        }
        exitIfStandardOutputFailed()
        exit(withError: error)
    }

    /// For a first argument that is no command but close to one (`anotate`), that command.
    static func suggestedCommand(for argument: String) -> String? {
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        guard !argument.hasPrefix("-"), !names.contains(argument) else { return nil }
        let scored = names.map { ($0, editDistance(argument.lowercased(), $0)) }.min { $0.1 < $1.1 }
        return scored.flatMap { $0.1 <= max(1, $0.0.count / 3) ? $0.0 : nil }
    }

    /// The number of single-character insertions, deletions and substitutions from `a` to `b`.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let (a, b) = (Array(a), Array(b))
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    private static func exitIfStandardOutputFailed() {
        do {
            try StandardOutput.flush()
        } catch {
            report("error: \(error)")
            Foundation.exit(Exit.usage)
        }
    }
}

/// The exit statuses every subcommand uses.
enum Exit {
    static let success: Int32 = 0
    /// Some input was invalid or could not be annotated.
    static let failure: Int32 = 1
    /// The command line was wrong or a file could not be read or written.
    static let usage: Int32 = 2
    /// Another process is writing the corpus directory: try again later (`EX_TEMPFAIL`).
    static let busy: Int32 = 75
    /// SIGINT or SIGTERM stopped the command (128 + SIGINT, as shells report Ctrl-C).
    static let interrupted: Int32 = 130
}

/// Writes one line to standard error.
func report(_ message: String) {
    FileHandle.standardError.write(Data(("tei-annotator: " + message + "\n").utf8))
}

/// The annotator (with the entity model at `model`, else the bundled one) and the project schema's
/// validator that checks what it writes; a resource that does not load ends the command (exit 2).
func loadPipeline(model: String?) throws -> (Annotator, TEIValidator) {
    do {
        return (try Annotator(modelPath: model), try TEIValidator.projectSchema())
    } catch {
        report("error: \(error)")
        throw ExitCode(Exit.usage)
    }
}

/// Reads a file, or standard input for `-`.
func readInput(_ path: String) throws(InputError) -> [UInt8] {
    if path == "-" {
        do {
            return try InputReader(handle: FileHandle.standardInput, name: "stdin").all()
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(path: "stdin", reason: "\(error)")
        }
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw InputError(path: path, reason: "no such file")
    }
    guard !isDirectory.boolValue else { throw InputError(path: path, reason: "is a directory") }
    guard let data = FileManager.default.contents(atPath: path) else {
        throw InputError(path: path, reason: "cannot be read")
    }
    return [UInt8](data)
}

struct InputError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "\(path): \(reason)" }
}

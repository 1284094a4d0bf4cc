import Foundation

/// Runs the built `tei-annotator` binary, as a user would.
public enum CommandLineTool {
    public struct Result {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
    }

    /// The executable SwiftPM built beside the test bundle.
    public static let executable: URL = {
        let candidates = [
            Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ]
        for directory in candidates {
            var current = directory
            for _ in 0..<3 {
                let binary = current.appendingPathComponent("tei-annotator")
                if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
                current = current.deletingLastPathComponent()
            }
        }
        fatalError("the tei-annotator binary was not built beside the tests (\(candidates))")
    }()

    /// Runs the tool with `arguments`, feeding `input` to its standard input, and waits for it.
    /// - Parameters:
    ///   - prefix: a command that runs the tool (`prlimit --fsize=…`, ``unprivileged``), if any.
    ///   - standardOutput: where the tool's standard output goes instead of the result (`/dev/full`).
    public static func run(
        _ arguments: [String], input: Data? = nil, in directory: URL? = nil, prefix: [String] = [],
        standardOutput: FileHandle? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = prefix.first.map { URL(fileURLWithPath: $0) } ?? executable
        process.arguments = prefix.isEmpty ? arguments : Array(prefix.dropFirst()) + [executable.path] + arguments
        if let directory { process.currentDirectoryURL = directory }
        let stdout = Pipe()
        let stderr = Pipe()
        let stdin = Pipe()
        process.standardOutput = standardOutput ?? stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        // Read both pipes while the process runs, so a large output cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        // A pipe the process was not given is never closed at its other end: read only the one it has.
        if standardOutput == nil {
            DispatchQueue.global().async(group: group) { outData = stdout.fileHandleForReading.readDataToEndOfFile() }
        }
        DispatchQueue.global().async(group: group) { errData = stderr.fileHandleForReading.readDataToEndOfFile() }
        if let input { stdin.fileHandleForWriting.write(input) }
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return Result(
            status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }

    /// Runs the tool as an unprivileged user when the tests run as root (who may read and write any file),
    /// so that file permissions apply: a prefix for ``run(_:input:in:prefix:standardOutput:)``.
    public static let unprivileged: [String] =
        geteuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []

    /// A new empty directory for one test.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tei-annotator-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

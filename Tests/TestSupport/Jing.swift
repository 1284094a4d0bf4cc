import Foundation

/// The jing RELAX NG validator (Debian's `jing` package), the reference the validator's verdicts are compared with.
public enum Jing {
    /// The `jing` launcher, when installed.
    public static let executable: URL? = ["/usr/bin/jing", "/usr/local/bin/jing"]
        .map { URL(fileURLWithPath: $0) }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// True when jing is installed, so tests that compare with it run.
    public static var isAvailable: Bool { executable != nil }

    /// The files among `files` that jing finds invalid (errors or not well-formed) against `schema`.
    ///
    /// One JVM validates many files, but jing stops at the first file that is not well-formed; the
    /// files after it are validated by a further run.
    public static func invalidFiles(schema: String, files: [String]) throws -> Set<String> {
        guard let executable else { return [] }
        var invalid: Set<String> = []
        var remaining = files
        while !remaining.isEmpty {
            let data = try Subprocess.run(executable, [schema] + remaining).output
            var fatalFile: String?
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                guard let file = remaining.first(where: { line.hasPrefix($0 + ":") }) else { continue }
                if line.contains(": error: ") || line.contains(": fatal: ") { invalid.insert(file) }
                if line.contains(": fatal: ") { fatalFile = file }
            }
            guard let fatalFile, let index = remaining.firstIndex(of: fatalFile) else { break }
            remaining = Array(remaining[(index + 1)...])
        }
        return invalid
    }
}

import Foundation

/// A Python 3 with given modules (spaCy, saxonche), for tests that hand our output to the programs its
/// users run; those tests skip when it is not there.
public enum Python {
    /// The `python3` on `PATH`, when there is one.
    public static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("python3") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// True when `python3` can import every module in `modules`.
    public static func hasModules(_ modules: [String]) -> Bool {
        guard executable != nil else { return false }
        let imports = modules.map { "import \($0)" }.joined(separator: "; ")
        return (try? run(["-c", imports]).status) == 0
    }

    /// Runs `python3 -c script arguments…` and returns its exit status and standard output.
    public static func run(script: String, arguments: [String] = []) throws -> (status: Int32, output: String) {
        try run(["-c", script] + arguments)
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        guard let executable else { return (127, "") }
        let (status, output) = try Subprocess.run(executable, arguments)
        return (status, String(decoding: output, as: UTF8.self))
    }
}

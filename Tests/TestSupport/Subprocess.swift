import Foundation

/// Another program run to completion, as the tests that compare with outside tools run them.
enum Subprocess {
    /// Runs `executable` with `arguments`; its exit status and standard output (standard error is dropped).
    static func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: Data) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }
}

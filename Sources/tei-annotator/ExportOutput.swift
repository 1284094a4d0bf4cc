import Foundation
import TEIAnnotator

/// Writes the files of an export: one file to standard output or to -o FILE (or into -o DIRECTORY
/// when that exists); several into -o DIRECTORY, created if needed. Every file is written atomically.
enum ExportOutput {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func write(_ files: [ExportedFile], to output: String?) throws {
        var seen: Set<String> = []
        for file in files where !seen.insert(file.name).inserted {
            throw Failure(description: "two inputs would both be written to \(file.name); give them different names")
        }
        guard let output else {
            guard files.count == 1 else {
                throw Failure(description: "this export writes \(files.count) files: give -o DIRECTORY")
            }
            try StandardOutput.write(files[0].bytes)
            return
        }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory)
        if files.count == 1 && !(exists && isDirectory.boolValue) {
            try AtomicFile.write(files[0].bytes, to: output)
            return
        }
        if exists && !isDirectory.boolValue { throw Failure(description: "\(output) is not a directory") }
        let directory = URL(fileURLWithPath: output)
        for file in files {
            let destination = directory.appendingPathComponent(file.name)
            do {
                try FileManager.default.createDirectory(
                    at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw Failure(
                    description: "cannot create directory \(destination.deletingLastPathComponent().path): "
                        + (error as NSError).localizedDescription)
            }
            try AtomicFile.write(file.bytes, to: destination.path)
        }
    }
}

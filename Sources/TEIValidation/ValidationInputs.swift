import Foundation

/// The files a `validate` command line names.
public enum ValidationInputs {
    /// `paths` with every directory replaced by the `.xml` files below it (recursively, sorted, hidden
    /// files and directories skipped). Other paths are kept as given, even when missing, so that
    /// validating them reports why.
    public static func files(for paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                return [path]
            }
            return xmlFiles(under: path)
        }
    }

    private static func xmlFiles(under directory: String) -> [String] {
        let root = URL(fileURLWithPath: directory)
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var files: [String] = []
        for case let url as URL in enumerator where url.pathExtension.lowercased() == "xml" {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            // Keep the user's spelling of the directory in front of the relative part.
            let relative = url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count)
            files.append(directory.hasSuffix("/") ? directory + relative.drop { $0 == "/" } : directory + relative)
        }
        return files.sorted()
    }
}

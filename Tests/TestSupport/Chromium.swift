import Foundation

/// Debian's headless Chromium, to render pages as people see them.
public enum Chromium {
    /// The browser, when installed.
    public static let executable: URL? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .map { URL(fileURLWithPath: $0) }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// True when Chromium is installed, so tests that render pages run.
    public static var isAvailable: Bool { executable != nil }

    /// Renders `url` in a window of the given size and returns the screenshot's PNG bytes.
    public static func screenshot(_ url: String, width: Int = 1280, height: Int = 1600) throws -> [UInt8] {
        guard let executable else { throw CocoaError(.fileNoSuchFile) }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let png = directory.appendingPathComponent("page.png")
        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
            "--screenshot=\(png.path)", "--window-size=\(width),\(height)", url,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard let data = FileManager.default.contents(atPath: png.path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: png.path])
        }
        return [UInt8](data)
    }
}

import Foundation

/// The parse states (``DiagnosticCollector``s) of the parses this library is running, by address.
///
/// The external entity loader is process-wide and receives only a parser context; libxml2 hands an
/// entity's sub-parser a fresh context that keeps the parent's `_private` but not yet its handlers.
/// A `_private` found here is one of ours, so the loader can read its policy without trusting a
/// pointer some other libxml2 user stored there.
enum ParseStateRegistry {
    nonisolated(unsafe) private static var active: Set<UnsafeMutableRawPointer> = []
    private static let lock = NSLock()

    static func register(_ state: UnsafeMutableRawPointer) {
        lock.lock()
        active.insert(state)
        lock.unlock()
    }

    static func unregister(_ state: UnsafeMutableRawPointer) {
        lock.lock()
        active.remove(state)
        lock.unlock()
    }

    static func contains(_ state: UnsafeMutableRawPointer) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return active.contains(state)
    }
}

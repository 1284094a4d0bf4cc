import Foundation
import Testing

@testable import CorpusBuilding

@Suite struct WorkQueueTests {
    final class Tally: @unchecked Sendable {
        let lock = NSLock()
        var seen: [Int] = []
        func add(_ value: Int) {
            lock.lock()
            seen.append(value)
            lock.unlock()
        }
    }

    @Test func everyItemIsTakenExactlyOnce() {
        let queue = WorkQueue<Int>(capacity: 3)
        let tally = Tally()
        let workers = startThreads(4) { _ in
            while let item = queue.take() { tally.add(item) }
        }
        for item in 0..<1000 { #expect(queue.put(item)) }
        queue.close()
        workers.wait()
        #expect(tally.seen.sorted() == Array(0..<1000))
    }

    @Test func aCancelledQueueRefusesItemsAndReleasesWorkers() {
        let queue = WorkQueue<Int>(capacity: 2)
        let workers = startThreads(2) { _ in
            while queue.take() != nil {}
        }
        queue.cancel()
        #expect(!queue.put(1))
        workers.wait()
    }
}

import Foundation
import Testing

@testable import CorpusBuilding

@Suite struct LineReaderTests {
    private func lines(of bytes: [UInt8]) throws -> [LineReader.Line] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lines-\(UUID().uuidString)").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try #require(FileHandle(forReadingAtPath: path))
        defer { try? handle.close() }
        var reader = LineReader(handle: handle)
        var result: [LineReader.Line] = []
        while let line = reader.next() { result.append(line) }
        return result
    }

    @Test func linesKeepTheirNumbersAndOffsets() throws {
        let result = try lines(of: Array("one\n\ntwo\r\nthree".utf8))
        #expect(result.map { String(decoding: $0.bytes, as: UTF8.self) } == ["one", "", "two\r", "three"])
        #expect(result.map(\.number) == [1, 2, 3, 4])
        #expect(result.map(\.offset) == [0, 4, 5, 10])
    }

    @Test func linesLongerThanAChunkArriveWhole() throws {
        let long = [UInt8](repeating: 0x61, count: 200_000)
        let result = try lines(of: long + [0x0A] + long + [0x0A])
        #expect(result.map(\.bytes.count) == [200_000, 200_000])
        #expect(result[1].offset == 200_001)
    }

    @Test func anEmptyFileHasNoLines() throws {
        #expect(try lines(of: []).isEmpty)
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes a model or table is read from, 64-byte aligned and never written after they are made:
/// a file mapped into memory (the kernel reads a page when it is first touched, so loading costs
/// nothing until a look-up needs the page) or bytes built in memory (training). The one owner of
/// the mapping or the allocation: unmapped or freed with the last reference.
public final class ReadOnlyBytes: @unchecked Sendable {
    /// The first byte.
    public let base: UnsafeRawPointer
    /// The number of bytes.
    public let count: Int
    private let isMapped: Bool

    /// Maps the file at `path` read-only; nil when it cannot be opened or mapped.
    public init?(mappingFileAt path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(status.st_size)
        guard size > 0 else {
            (base, count, isMapped) = (
                UnsafeRawPointer(UnsafeMutableRawPointer.allocate(byteCount: 0, alignment: 64)), 0, false
            )
            return
        }
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED else {
            return nil
        }
        (base, count, isMapped) = (UnsafeRawPointer(mapped), size, true)
    }

    /// `count` bytes written once by `fill`, which gets them zeroed.
    public init(count: Int, fill: (UnsafeMutableRawPointer) -> Void) {
        let bytes = UnsafeMutableRawPointer.allocate(byteCount: count, alignment: 64)
        bytes.initializeMemory(as: UInt8.self, repeating: 0, count: count)
        fill(bytes)
        (base, self.count, isMapped) = (UnsafeRawPointer(bytes), count, false)
    }

    deinit {
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: base), count)
        } else {
            UnsafeMutableRawPointer(mutating: base).deallocate()
        }
    }

    /// A little-endian integer at `offset`, or nil past the end.
    public func integer<T: FixedWidthInteger>(at offset: Int, as type: T.Type = T.self) -> T? {
        guard offset >= 0, offset + MemoryLayout<T>.size <= count else { return nil }
        return T(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: T.self))
    }

    /// The bytes `range`, copied; nil past the end.
    public func bytes(_ range: Range<Int>) -> [UInt8]? {
        guard range.lowerBound >= 0, range.upperBound <= count else { return nil }
        return [UInt8](UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count))
    }
}

extension Int {
    /// The multiple of 64 at or after this.
    public var alignedTo64: Int { (self + 63) & ~63 }
}

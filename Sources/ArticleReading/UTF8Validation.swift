enum UTF8Validation {
    /// The offset of the first byte that does not start a valid UTF-8 sequence, or nil when all are valid.
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        // The standard library's validation is fast; the scalar-by-scalar search runs only to say where
        // bytes that are not UTF-8 begin.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}

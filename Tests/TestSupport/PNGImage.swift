import Foundation

/// A PNG file decoded to RGBA pixels, for tests that look at what a browser rendered.
///
/// Handles what screenshots use: 8-bit greyscale, RGB or RGBA (with or without alpha), not
/// interlaced; the image data is inflated (RFC 1951) and unfiltered here, with no library.
public struct PNGImage: Sendable {
    public let width: Int
    public let height: Int
    /// `width * height * 4` bytes, row by row.
    public let rgba: [UInt8]

    public struct DecodingError: Error, CustomStringConvertible {
        public var description: String
    }

    public init(_ bytes: [UInt8]) throws {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count > 8, Array(bytes[0..<8]) == signature else { throw DecodingError(description: "not a PNG") }
        var position = 8
        var header: [UInt8] = []
        var compressed: [UInt8] = []
        func integer(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        while position + 8 <= bytes.count {
            let length = integer(position)
            let type = String(decoding: bytes[position + 4..<position + 8], as: UTF8.self)
            guard position + 12 + length <= bytes.count else { throw DecodingError(description: "truncated chunk") }
            let data = bytes[position + 8..<position + 8 + length]
            if type == "IHDR" { header = Array(data) }
            if type == "IDAT" { compressed += data }
            position += 12 + length
        }
        guard header.count == 13 else { throw DecodingError(description: "no IHDR") }
        width = header[0..<4].reduce(0) { $0 << 8 | Int($1) }
        height = header[4..<8].reduce(0) { $0 << 8 | Int($1) }
        let channels: Int
        switch header[9] {
        case 0: channels = 1
        case 2: channels = 3
        case 4: channels = 2
        case 6: channels = 4
        default: throw DecodingError(description: "colour type \(header[9]) is not supported")
        }
        guard header[8] == 8, header[12] == 0 else {
            throw DecodingError(description: "only 8-bit, non-interlaced images are supported")
        }
        guard compressed.count > 2 else { throw DecodingError(description: "no image data") }
        var inflater = Inflater(Array(compressed.dropFirst(2)))
        let raw = try inflater.inflate()
        let stride = width * channels
        guard raw.count >= height * (stride + 1) else { throw DecodingError(description: "image data too short") }
        var pixels = [UInt8](repeating: 0, count: height * stride)
        for row in 0..<height {
            let filter = raw[row * (stride + 1)]
            let source = row * (stride + 1) + 1
            for column in 0..<stride {
                let left = column >= channels ? Int(pixels[row * stride + column - channels]) : 0
                let up = row > 0 ? Int(pixels[(row - 1) * stride + column]) : 0
                let upLeft = row > 0 && column >= channels ? Int(pixels[(row - 1) * stride + column - channels]) : 0
                let predictor: Int
                switch filter {
                case 0: predictor = 0
                case 1: predictor = left
                case 2: predictor = up
                case 3: predictor = (left + up) / 2
                case 4:
                    let estimate = left + up - upLeft
                    let (a, b, c) = (abs(estimate - left), abs(estimate - up), abs(estimate - upLeft))
                    predictor = a <= b && a <= c ? left : b <= c ? up : upLeft
                default: throw DecodingError(description: "unknown filter \(filter)")
                }
                pixels[row * stride + column] = UInt8((Int(raw[source + column]) + predictor) & 0xFF)
            }
        }
        var rgba = [UInt8](repeating: 255, count: width * height * 4)
        for index in 0..<width * height {
            let pixel = Array(pixels[index * channels..<(index + 1) * channels])
            switch channels {
            case 1, 2: (rgba[index * 4], rgba[index * 4 + 1], rgba[index * 4 + 2]) = (pixel[0], pixel[0], pixel[0])
            default: (rgba[index * 4], rgba[index * 4 + 1], rgba[index * 4 + 2]) = (pixel[0], pixel[1], pixel[2])
            }
            if channels == 2 || channels == 4 { rgba[index * 4 + 3] = pixel[channels - 1] }
        }
        self.rgba = rgba
    }

    /// How many pixels have exactly this colour (`0xRRGGBB`).
    public func count(of colour: UInt32) -> Int {
        let (red, green, blue) = (UInt8(colour >> 16 & 0xFF), UInt8(colour >> 8 & 0xFF), UInt8(colour & 0xFF))
        var total = 0
        for index in stride(from: 0, to: rgba.count, by: 4)
        where rgba[index] == red && rgba[index + 1] == green && rgba[index + 2] == blue {
            total += 1
        }
        return total
    }

    /// How many distinct colours the image has.
    public var colourCount: Int {
        var colours: Set<UInt32> = []
        for index in stride(from: 0, to: rgba.count, by: 4) {
            colours.insert(UInt32(rgba[index]) << 16 | UInt32(rgba[index + 1]) << 8 | UInt32(rgba[index + 2]))
        }
        return colours.count
    }
}

/// A DEFLATE decoder (RFC 1951), written after zlib's `puff.c`: clear rather than fast.
private struct Inflater {
    private let input: [UInt8]
    private var position = 0
    private var buffer: UInt64 = 0
    private var available = 0
    private var output: [UInt8] = []

    private struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int] = []

        init(lengths: [Int]) {
            for length in lengths { counts[length] += 1 }
            counts[0] = 0
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
            symbols = [Int](repeating: 0, count: lengths.count)
            for (symbol, length) in lengths.enumerated() where length != 0 {
                symbols[offsets[length]] = symbol
                offsets[length] += 1
            }
        }
    }

    private static let lengthBase = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    private static let lengthExtra = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    private static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtra = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]

    init(_ input: [UInt8]) {
        self.input = input
    }

    mutating func inflate() throws -> [UInt8] {
        var last = false
        while !last {
            last = try bits(1) == 1
            switch try bits(2) {
            case 0: try stored()
            case 1:
                let lengths =
                    [Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112)
                    + [Int](repeating: 7, count: 24) + [Int](repeating: 8, count: 8)
                try codes(Huffman(lengths: lengths), Huffman(lengths: [Int](repeating: 5, count: 30)))
            case 2: try dynamic()
            default: throw PNGImage.DecodingError(description: "invalid deflate block")
            }
        }
        return output
    }

    private mutating func bits(_ count: Int) throws -> Int {
        while available < count {
            guard position < input.count else { throw PNGImage.DecodingError(description: "deflate data ends early") }
            buffer |= UInt64(input[position]) << UInt64(available)
            position += 1
            available += 8
        }
        let value = Int(buffer & ((1 << UInt64(count)) - 1))
        buffer >>= UInt64(count)
        available -= count
        return value
    }

    private mutating func stored() throws {
        buffer = 0
        available = 0
        guard position + 4 <= input.count else { throw PNGImage.DecodingError(description: "stored block ends early") }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        position += 4
        guard position + length <= input.count else {
            throw PNGImage.DecodingError(description: "stored block ends early")
        }
        output += input[position..<position + length]
        position += length
    }

    private mutating func decode(_ huffman: Huffman) throws -> Int {
        var code = 0
        var first = 0
        var index = 0
        for length in 1...15 {
            code |= try bits(1)
            let count = huffman.counts[length]
            if code - count < first { return huffman.symbols[index + (code - first)] }
            index += count
            first = (first + count) << 1
            code <<= 1
        }
        throw PNGImage.DecodingError(description: "invalid Huffman code")
    }

    private mutating func codes(_ lengths: Huffman, _ distances: Huffman) throws {
        while true {
            let symbol = try decode(lengths)
            if symbol < 256 {
                output.append(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                let index = symbol - 257
                guard index < 29 else { throw PNGImage.DecodingError(description: "invalid length symbol") }
                let length = Self.lengthBase[index] + (try bits(Self.lengthExtra[index]))
                let distanceSymbol = try decode(distances)
                guard distanceSymbol < 30 else { throw PNGImage.DecodingError(description: "invalid distance symbol") }
                let distance = Self.distanceBase[distanceSymbol] + (try bits(Self.distanceExtra[distanceSymbol]))
                guard distance <= output.count else {
                    throw PNGImage.DecodingError(description: "distance too far back")
                }
                for _ in 0..<length { output.append(output[output.count - distance]) }
            }
        }
    }

    private mutating func dynamic() throws {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeCount = try bits(4) + 4
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var codeLengths = [Int](repeating: 0, count: 19)
        for index in 0..<codeCount { codeLengths[order[index]] = try bits(3) }
        let lengthCode = Huffman(lengths: codeLengths)
        var lengths: [Int] = []
        while lengths.count < literalCount + distanceCount {
            let symbol = try decode(lengthCode)
            switch symbol {
            case 0..<16: lengths.append(symbol)
            case 16:
                guard let previous = lengths.last else {
                    throw PNGImage.DecodingError(description: "repeat with no length")
                }
                lengths += [Int](repeating: previous, count: 3 + (try bits(2)))
            case 17: lengths += [Int](repeating: 0, count: 3 + (try bits(3)))
            default: lengths += [Int](repeating: 0, count: 11 + (try bits(7)))
            }
        }
        try codes(
            Huffman(lengths: Array(lengths[0..<literalCount])),
            Huffman(lengths: Array(lengths[literalCount..<literalCount + distanceCount])))
    }
}

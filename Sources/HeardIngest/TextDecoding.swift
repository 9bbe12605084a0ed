/// The text encodings Excel and survey tools write CSV in.
public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 with BOM"
    case utf16LE = "UTF-16 LE"
    case utf16BE = "UTF-16 BE"
    case windows1252 = "Windows-1252"
}

/// Turns an export's bytes into UTF-8 bytes, detecting the encoding the way Excel writes it:
/// a BOM says UTF-8 or UTF-16; otherwise valid UTF-8 is UTF-8, and anything else is Windows-1252
/// (Excel's "CSV (Comma delimited)" on an English Windows laptop).
public enum TextDecoding {
    /// Decodes `bytes`, returning UTF-8 bytes without any BOM and the encoding found.
    public static func utf8Bytes(from bytes: [UInt8]) -> (bytes: [UInt8], encoding: TextEncoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (Array(bytes.dropFirst(3)), .utf8BOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (utf16(bytes.dropFirst(2), bigEndian: false), .utf16LE)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (utf16(bytes.dropFirst(2), bigEndian: true), .utf16BE)
        }
        if let bigEndian = utf16WithoutBOM(bytes) {
            return (utf16(bytes[...], bigEndian: bigEndian), bigEndian ? .utf16BE : .utf16LE)
        }
        if isValidUTF8(bytes) { return (bytes, .utf8) }
        return (windows1252(bytes), .windows1252)
    }

    /// UTF-16 written without a byte order mark: mostly Latin text, so one byte of nearly every pair is NUL.
    /// Returns whether it is big-endian, or nil when the bytes do not look like UTF-16.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(8192)
        guard sample.count >= 16 else { return nil }
        var evenNUL = 0, oddNUL = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenNUL += 1 } else { oddNUL += 1 }
        }
        let pairs = sample.count / 2
        if oddNUL * 10 >= pairs * 7 && evenNUL * 20 <= pairs { return false }
        if evenNUL * 10 >= pairs * 7 && oddNUL * 20 <= pairs { return true }
        return nil
    }

    /// Whether the bytes are not text at all: more than a stray NUL or control character (a CSV may hold a
    /// few, and keeps them), and not UTF-16.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        if utf16WithoutBOM(bytes) != nil { return false }
        let sample = bytes.prefix(8192)
        let odd = sample.count { $0 < 9 || ($0 > 13 && $0 < 32 && $0 != 27) }
        return odd >= 2 && odd * 100 > sample.count
    }

    /// Whether `bytes` are well-formed UTF-8: runs of ASCII are skipped eight bytes at a time, and every other
    /// sequence is checked the way the standard decoder checks it (no overlong forms, no surrogates, nothing
    /// past U+10FFFF).
    public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            let count = buffer.count
            var index = 0
            while index < count {
                while index + 8 <= count,
                      UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                guard index < count else { return true }
                let lead = base[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int, minimum: UInt32
                var scalar: UInt32
                switch lead {
                case 0xC2...0xDF: (length, minimum, scalar) = (2, 0x80, UInt32(lead & 0x1F))
                case 0xE0...0xEF: (length, minimum, scalar) = (3, 0x800, UInt32(lead & 0x0F))
                case 0xF0...0xF4: (length, minimum, scalar) = (4, 0x10000, UInt32(lead & 0x07))
                default: return false
                }
                guard index + length <= count else { return false }
                for offset in 1..<length {
                    let next = base[index + offset]
                    guard next & 0xC0 == 0x80 else { return false }
                    scalar = scalar << 6 | UInt32(next & 0x3F)
                }
                guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return false }
                index += length
            }
            return true
        }
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? (first << 8 | second) : (second << 8 | first))
            index += 2
        }
        // A dangling odd byte cannot be text; it is dropped (a truncated file is reported by the caller's checks).
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// Windows-1252: Latin-1 except 0x80...0x9F, which hold curly quotes, dashes, the euro sign and so on.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static func windows1252(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            let scalarValue = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
            let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
            output.append(contentsOf: UTF8.encode(scalar).map(Array.init) ?? [])
        }
        return output
    }
}

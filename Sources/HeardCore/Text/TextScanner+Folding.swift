/// How a token's folded form is made: the same result by bytes (ASCII) or by Unicode's lower-case mappings.
extension TextScanner {
    /// Curly quotes as straight ones, dashes as "-", every apostrophe as "'".
    static func straightened(_ scalar: Unicode.Scalar, _ kind: CharacterClass) -> Unicode.Scalar {
        if kind == .apostrophe { return "'" }
        switch scalar.value {
        case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB: return "\""
        case 0x2013, 0x2014, 0x2212: return "-"
        default: return scalar
        }
    }

    /// Lower case, apostrophes dropped, byte by byte.
    func foldASCII(_ range: Range<Int>) -> String {
        var count = 0
        for index in range where bytes[index] != 39 && bytes[index] != 96 { count += 1 }
        return String(unsafeUninitializedCapacity: count) { output in
            var written = 0
            for index in range {
                let byte = bytes[index]
                guard byte != 39 && byte != 96 else { continue }
                output[written] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                written += 1
            }
            return written
        }
    }

    /// Lower case, apostrophes dropped, scalar by scalar from Unicode's lower-case mappings.
    func foldUnicode(_ range: Range<Int>) -> String {
        var scalars = String.UnicodeScalarView()
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = decode(at: index)
            index += length
            if classify(scalar) == .apostrophe { continue }
            if asciiFastPath && scalar.isASCII {
                scalars.append(scalar.value >= 65 && scalar.value <= 90 ? Unicode.Scalar(UInt8(scalar.value + 32)) : scalar)
            } else if scalar.properties.changesWhenLowercased {
                scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

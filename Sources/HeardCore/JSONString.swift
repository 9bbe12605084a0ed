/// Writes a JSON string literal (quotes, backslash escapes, `\u00XX` for control characters), shared by the
/// command line's JSON output, the store's JSON columns (as bytes: `JSONBytes`) and the published text. One
/// escaping loop serves both: every byte that needs an escape is ASCII (a quote, a backslash, a control
/// character) and no byte of a character outside ASCII is below 0x80, so escaping byte by byte is escaping
/// scalar by scalar.
public enum JSONString {
    public static func write(_ value: String, to output: inout String) {
        // Most text needs no escape at all: append it whole.
        guard value.utf8.contains(where: needsEscape) else {
            output += "\""
            output += value
            output += "\""
            return
        }
        var bytes: [UInt8] = []
        write(value, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// The same literal appended as UTF-8 bytes.
    public static func write(_ value: String, to bytes: inout [UInt8]) {
        bytes.append(0x22)
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for (index, byte) in utf8.enumerated() where needsEscape(byte) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                start = index + 1
                bytes.append(0x5C)
                switch byte {
                case 0x22, 0x5C: bytes.append(byte)
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    bytes.append(contentsOf: "u00".utf8)
                    bytes.append(hexDigits[Int(byte >> 4)])
                    bytes.append(hexDigits[Int(byte & 0x0F)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(0x22)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C }
    private static let hexDigits = Array("0123456789abcdef".utf8)
}

import HeardCore

/// The small JSON the store keeps inside a column (a response's answers, a comment's tags, a tag's evidence):
/// arrays of strings, numbers, nulls and arrays. Written and read by hand over UTF-8 bytes, because a large store
/// loads hundreds of thousands of these and a JSON coder per value would dominate the night. SQLite's own
/// `json_array` writes the same shape, which is how migration 005 moved the old tables' rows inline.
enum CompactJSON: Equatable {
    case string(String)
    case number(Double)
    case null
    case array([CompactJSON])

    /// The value as JSON text.
    var text: String {
        var output = ""
        write(to: &output)
        return output
    }

    func write(to output: inout String) {
        switch self {
        case .string(let text): JSONString.write(text, to: &output)
        case .number(let number): output += number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .null: output += "null"
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.write(to: &output)
            }
            output += "]"
        }
    }

    var string: String? { if case .string(let text) = self { text } else { nil } }
    var number: Double? { if case .number(let number) = self { number } else { nil } }
    var items: [CompactJSON] { if case .array(let items) = self { items } else { [] } }

    /// Reads JSON text of this shape; nil for anything else.
    static func parse(_ text: String) -> CompactJSON? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            guard let value = reader.value() else { return nil }
            reader.skipSpaces()
            return reader.position == bytes.count ? value : nil
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        mutating func skipSpaces() {
            while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
        }

        mutating func value() -> CompactJSON? {
            skipSpaces()
            guard position < bytes.count else { return nil }
            switch bytes[position] {
            case UInt8(ascii: "["): return array()
            case UInt8(ascii: "\""): return string().map(CompactJSON.string)
            case UInt8(ascii: "n"):
                guard position + 4 <= bytes.count, bytes[position + 1] == 0x75, bytes[position + 2] == 0x6C,
                      bytes[position + 3] == 0x6C else { return nil }
                position += 4
                return .null
            default: return number()
            }
        }

        mutating func array() -> CompactJSON? {
            position += 1
            var items: [CompactJSON] = []
            skipSpaces()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .array(items)
            }
            while true {
                guard let item = value() else { return nil }
                items.append(item)
                skipSpaces()
                guard position < bytes.count else { return nil }
                let byte = bytes[position]
                position += 1
                if byte == UInt8(ascii: "]") { return .array(items) }
                guard byte == UInt8(ascii: ",") else { return nil }
            }
        }

        mutating func number() -> CompactJSON? {
            let start = position
            while position < bytes.count, let byte = Optional(bytes[position]),
                  (0x30...0x39).contains(byte) || [0x2D, 0x2B, 0x2E, 0x65, 0x45].contains(byte) {
                position += 1
            }
            guard position > start, let number = Double(String(decoding: bytes[start..<position], as: UTF8.self))
            else { return nil }
            return .number(number)
        }

        mutating func string() -> String? {
            position += 1
            var start = position
            var output: [UInt8] = []
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    output.append(contentsOf: bytes[start..<position])
                    position += 1
                    return String(decoding: output, as: UTF8.self)
                }
                guard byte == UInt8(ascii: "\\") else {
                    position += 1
                    continue
                }
                output.append(contentsOf: bytes[start..<position])
                guard position + 1 < bytes.count else { return nil }
                let escaped = bytes[position + 1]
                position += 2
                switch escaped {
                case UInt8(ascii: "n"): output.append(0x0A)
                case UInt8(ascii: "r"): output.append(0x0D)
                case UInt8(ascii: "t"): output.append(0x09)
                case UInt8(ascii: "b"): output.append(0x08)
                case UInt8(ascii: "f"): output.append(0x0C)
                case UInt8(ascii: "u"):
                    guard var scalar = hex4() else { return nil }
                    if (0xD800...0xDBFF).contains(scalar), position + 1 < bytes.count, bytes[position] == 0x5C,
                       bytes[position + 1] == UInt8(ascii: "u") {
                        position += 2
                        guard let low = hex4() else { return nil }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    output.append(contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
                default: output.append(escaped)
                }
                start = position
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard position + 4 <= bytes.count,
                  let value = UInt32(String(decoding: bytes[position..<(position + 4)], as: UTF8.self), radix: 16)
            else { return nil }
            position += 4
            return value
        }
    }
}

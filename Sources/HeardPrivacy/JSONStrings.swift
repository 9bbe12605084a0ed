/// A JSON file as the final privacy scan reads it: each string as the text it holds (escapes decoded, so
/// "\u0040" is read as "@"), and on each line what stands outside strings (numbers, names of values), so
/// nothing in the file is left unread and a key is never read as part of the value beside it.
enum JSONStrings {
    static func segments(of text: String) -> [TextContent.Segment] {
        var segments: [TextContent.Segment] = []
        var outside: [Unicode.Scalar] = []
        var line = 1
        var scalars = text.unicodeScalars.makeIterator()
        func flushOutside() {
            let rest = String(String.UnicodeScalarView(outside))
            if rest.unicodeScalars.contains(where: { $0.properties.isAlphabetic || ("0"..."9").contains($0) }) {
                segments.append(TextContent.Segment(text: rest, line: line))
            }
            outside.removeAll(keepingCapacity: true)
        }
        while let scalar = scalars.next() {
            if scalar == "\n" {
                flushOutside()
                line += 1
                continue
            }
            guard scalar == "\"" else {
                outside.append(scalar)
                continue
            }
            outside.append(" ") // a string's place, so the numbers either side of it are not read as one
            var value = String.UnicodeScalarView()
            let stringLine = line
            var pendingHigh: UInt32?
            while let next = scalars.next(), next != "\"" {
                if next == "\n" { line += 1 } // not valid JSON, but read on
                guard next == "\\", let escaped = scalars.next() else {
                    value.append(next)
                    continue
                }
                switch escaped {
                case "n": value.append("\n")
                case "t": value.append("\t")
                case "r": value.append("\r")
                case "b": value.append("\u{8}")
                case "f": value.append("\u{C}")
                case "u":
                    var hex = ""
                    for _ in 0..<4 { if let digit = scalars.next() { hex.unicodeScalars.append(digit) } }
                    guard let code = UInt32(hex, radix: 16) else {
                        value.append(contentsOf: "\\u\(hex)".unicodeScalars)
                        continue
                    }
                    if (0xD800...0xDBFF).contains(code) {
                        pendingHigh = code
                        continue
                    }
                    if let high = pendingHigh, (0xDC00...0xDFFF).contains(code),
                       let joined = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)) {
                        value.append(joined)
                    } else if let single = Unicode.Scalar(code) {
                        value.append(single)
                    }
                    pendingHigh = nil
                default: value.append(escaped) // \" \\ \/
                }
            }
            let string = String(value)
            if !string.isEmpty { segments.append(TextContent.Segment(text: string, line: stringLine)) }
        }
        flushOutside()
        return segments
    }
}

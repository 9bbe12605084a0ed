/// A small pull scanner for the XML inside workbooks: elements, attributes and text, with the five named
/// entities and numeric character references decoded. Namespace prefixes are dropped (`x:c` reads as `c`).
/// No DTDs or custom entities are expanded, so entity bombs cannot work.
struct XMLScanner {
    enum Event: Equatable {
        case start(name: String, attributes: [Attribute], selfClosing: Bool)
        case end(name: String)
        case text(String)
        case endOfDocument
    }

    struct Attribute: Equatable {
        var name: String
        var value: String
    }

    /// The XML is not well-formed; `truncated` when it simply stops (a part written or copied in half).
    struct Malformed: Error {
        var truncated = false
    }

    private let bytes: [UInt8]
    private var position = 0

    /// Scans a part's bytes; a part saved as UTF-16 (with its byte order mark) is read as UTF-8.
    init(_ bytes: [UInt8]) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            self.bytes = TextDecoding.utf8Bytes(from: bytes).bytes
        } else {
            self.bytes = bytes
        }
    }

    private static let cutShort = Malformed(truncated: true)

    mutating func next() throws(Malformed) -> Event {
        let count = bytes.count
        guard position < count else { return .endOfDocument }
        if bytes[position] != UInt8(ascii: "<") {
            let start = position
            while position < count && bytes[position] != UInt8(ascii: "<") { position += 1 }
            return .text(Self.decode(bytes[start..<position]))
        }
        // A tag of some kind.
        guard position + 1 < count else { throw Self.cutShort }
        let second = bytes[position + 1]
        if second == UInt8(ascii: "?") { return try skip(past: Array("?>".utf8)) }
        if second == UInt8(ascii: "!") {
            if matches("<!--") { return try skip(past: Array("-->".utf8)) }
            if matches("<![CDATA[") {
                let start = position + 9
                guard let end = find(Array("]]>".utf8), from: start) else { throw Self.cutShort }
                position = end + 3
                return .text(String(decoding: bytes[start..<end], as: UTF8.self))
            }
            return try skip(past: [UInt8(ascii: ">")])
        }
        if second == UInt8(ascii: "/") {
            position += 2
            let name = readName()
            while position < count && bytes[position] != UInt8(ascii: ">") { position += 1 }
            guard position < count else { throw Self.cutShort }
            position += 1
            return .end(name: name)
        }
        position += 1
        let name = readName()
        guard !name.isEmpty else { throw Malformed() }
        var attributes: [Attribute] = []
        while true {
            skipSpaces()
            guard position < count else { throw Self.cutShort }
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") {
                position += 1
                return .start(name: name, attributes: attributes, selfClosing: false)
            }
            if byte == UInt8(ascii: "/") {
                guard position + 1 < count else { throw Self.cutShort }
                guard bytes[position + 1] == UInt8(ascii: ">") else { throw Malformed() }
                position += 2
                return .start(name: name, attributes: attributes, selfClosing: true)
            }
            let attributeName = readName()
            guard !attributeName.isEmpty else { throw Malformed() }
            skipSpaces()
            guard position < count else { throw Self.cutShort }
            guard bytes[position] == UInt8(ascii: "=") else { throw Malformed() }
            position += 1
            skipSpaces()
            guard position < count else { throw Self.cutShort }
            let quote = bytes[position]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { throw Malformed() }
            let start = position + 1
            position = start
            while position < count && bytes[position] != quote { position += 1 }
            guard position < count else { throw Self.cutShort }
            attributes.append(Attribute(name: attributeName, value: Self.decode(bytes[start..<position])))
            position += 1
        }
    }

    /// Reads events until the end tag matching the element just started, collecting its text.
    mutating func text(until endName: String) throws(Malformed) -> String {
        var depth = 0
        var collected = ""
        while true {
            switch try next() {
            case .text(let text): collected += text
            case .start(_, _, let selfClosing): if !selfClosing { depth += 1 }
            case .end(let name):
                if depth == 0 && name == endName { return collected }
                depth -= 1
            case .endOfDocument: throw Self.cutShort
            }
        }
    }

    private mutating func readName() -> String {
        var local = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
                || byte == UInt8(ascii: "=") || byte == 9 || byte == 10 || byte == 13 { break }
            if byte == UInt8(ascii: ":") { local = position + 1 }
            position += 1
        }
        return String(decoding: bytes[local..<position], as: UTF8.self)
    }

    private mutating func skipSpaces() {
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == 32 || byte == 9 || byte == 10 || byte == 13 else { return }
            position += 1
        }
    }

    private func matches(_ prefix: String) -> Bool {
        let utf8 = Array(prefix.utf8)
        return position + utf8.count <= bytes.count && bytes[position..<(position + utf8.count)].elementsEqual(utf8)
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] && bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private mutating func skip(past terminator: [UInt8]) throws(Malformed) -> Event {
        guard let end = find(terminator, from: position + 2) else { throw Self.cutShort }
        position = end + terminator.count
        return try next()
    }

    /// Decodes `&amp;` and friends and `&#NN;` / `&#xNN;` references; unknown entities are kept as written.
    /// Line ends are normalised as XML requires (CR LF and a lone CR become LF), so a cell written on Windows
    /// reads as Excel shows it; a carriage return Excel meant is written `_x000D_` or `&#13;` and survives.
    static func decode(_ slice: ArraySlice<UInt8>) -> String {
        var plain = true
        for byte in slice where byte == UInt8(ascii: "&") || byte == 0x0D {
            plain = false
            break
        }
        if plain { return String(decoding: slice, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(slice.count)
        var index = slice.startIndex
        while index < slice.endIndex {
            let byte = slice[index]
            if byte == 0x0D {
                output.append(0x0A)
                index += index + 1 < slice.endIndex && slice[index + 1] == 0x0A ? 2 : 1
                continue
            }
            guard byte == UInt8(ascii: "&"), let semicolon = slice[index...].prefix(12).firstIndex(of: UInt8(ascii: ";"))
            else {
                output.append(byte)
                index += 1
                continue
            }
            let entity = String(decoding: slice[(index + 1)..<semicolon], as: UTF8.self)
            var replacement: String?
            switch entity {
            case "amp": replacement = "&"
            case "lt": replacement = "<"
            case "gt": replacement = ">"
            case "quot": replacement = "\""
            case "apos": replacement = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    replacement = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if entity.hasPrefix("#") {
                    replacement = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                }
            }
            if let replacement {
                output.append(contentsOf: replacement.utf8)
                index = semicolon + 1
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}

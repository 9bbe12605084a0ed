import Foundation

/// `TextContent.segments` read from a page's UTF-8 bytes instead of its characters: the final scan reads every
/// page and chart Heard writes, and making an array of the characters of each was most of its cost. The
/// reading only ever looks for ASCII characters ("<", ">", "\n", the ends of comments, styles and scripts), so
/// it gives the same segments as the characters do wherever each of those bytes is a character of its own.
extension TextContent {
    /// Whether every ASCII byte of `bytes` is a character of its own: no carriage return (a "\r\n" is one
    /// character) and no ASCII byte joined to a neighbour outside ASCII (a combining accent after it, a
    /// prepended mark before it). Only the edges of each run of bytes outside ASCII are asked.
    static func readsAlikeAsBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D { return false }
            guard byte >= 0x80 else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, bytes[index] >= 0x80 { index += 1 }
            let from = start > 0 ? start - 1 : start, to = index < bytes.count ? index + 1 : index
            let edges = String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
            if from < start, edges.first?.utf8.count != 1 { return false }
            if to > index, edges.last?.utf8.count != 1 { return false }
        }
        return true
    }

    /// The segments of a page whose ASCII bytes are each a character of their own (`readsAlikeAsBytes`).
    static func byteSegments(_ bytes: UnsafeBufferPointer<UInt8>) -> [Segment] {
        var segments: [Segment] = []
        var current: [UInt8] = []
        var currentLine = 1, line = 1, index = 0
        func flush() {
            guard !current.isEmpty else { return }
            let trimmed = String(decoding: current, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { segments.append(Segment(text: decode(trimmed), line: currentLine)) }
            current.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "<") else {
                if current.isEmpty { currentLine = line }
                if byte == UInt8(ascii: "\n") { line += 1 }
                current.append(byte)
                index += 1
                continue
            }
            // A tag, a comment or a block whose content is not text.
            let closing: StaticString
            if startsWith("<!--", bytes, at: index) { closing = "-->" }
            else if startsWith("<style", bytes, at: index) { closing = "</style>" }
            else if startsWith("<script", bytes, at: index) { closing = "</script>" }
            else { closing = ">" }
            guard let end = find(closing, in: bytes, from: index) else { break }
            let tagBytes = UnsafeBufferPointer(rebasing: bytes[index..<end])
            let ascii = tagBytes.allSatisfy { $0 < 0x80 }
            let tag = ascii ? nil : String(decoding: tagBytes, as: UTF8.self)
            if !inline.contains(tag.map(tagName) ?? asciiTagName(tagBytes)) { flush() }
            for attribute in tag.map(readAttributes) ?? asciiAttributes(in: tagBytes) {
                segments.append(Segment(text: decode(attribute), line: line))
            }
            line += tagBytes.count { $0 == UInt8(ascii: "\n") }
            index = end
        }
        flush()
        return segments
    }

    /// `tagName` of a tag written in ASCII: its letters and digits after "<" and any "/", in lower case.
    private static func asciiTagName(_ tag: UnsafeBufferPointer<UInt8>) -> String {
        var name: [UInt8] = []
        var index = 1
        while index < tag.count, tag[index] == UInt8(ascii: "/") { index += 1 }
        while index < tag.count {
            let byte = lowered(tag[index])
            guard (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            else { break }
            name.append(byte)
            index += 1
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// `readAttributes` of a tag written in ASCII, by its bytes: the same values in the same order.
    private static func asciiAttributes(in tag: UnsafeBufferPointer<UInt8>) -> [String] {
        var values: [String] = []
        for attribute in attributeNeedles {
            var search = 0
            while let start = firstRange(of: attribute, in: tag, from: search),
                  let end = tag[start...].firstIndex(of: UInt8(ascii: "\"")) {
                if end > start { values.append(String(decoding: UnsafeBufferPointer(rebasing: tag[start..<end]), as: UTF8.self)) }
                search = end
            }
        }
        return values
    }

    /// The attributes `readAttributes` reads, as bytes.
    private static let attributeNeedles: [[UInt8]] = ["alt=\"", "aria-label=\"", "title=\"", "value=\"", "placeholder=\"",
                                                      "content=\""].map { Array($0.utf8) }

    /// Where the value after the first `needle` at or after `from` starts (just past the needle), exact case.
    private static func firstRange(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var index = from
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], needle.indices.allSatisfy({ bytes[index + $0] == needle[$0] }) {
                return index + needle.count
            }
            index += 1
        }
        return nil
    }

    /// Whether `prefix` (ASCII, lower case) starts at `index`, letters in either case.
    private static func startsWith(_ prefix: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        prefix.withUTF8Buffer { prefix in
            guard index + prefix.count <= bytes.count else { return false }
            for offset in 0..<prefix.count where lowered(bytes[index + offset]) != prefix[offset] { return false }
            return true
        }
    }

    /// The end of `closing` after `start`, as an index just past it (letters in either case).
    private static func find(_ closing: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start + 1
        while index + closing.utf8CodeUnitCount <= bytes.count {
            if startsWith(closing, bytes, at: index) { return index + closing.utf8CodeUnitCount }
            index += 1
        }
        return nil
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }
}

import Foundation

/// The text a reader sees in an HTML page or an SVG chart, as separate segments: each text node (a chart's
/// label, a table cell, a paragraph) and each attribute people read (alt text, labels, titles, a field's
/// value). Inline formatting (`<strong>`, `<em>`, `<a>`...) does not split a segment, so a number or a name
/// wrapped in it is still read whole. Styles, scripts and comments are skipped; character references are
/// decoded. Each segment knows the line it starts on.
enum TextContent {
    struct Segment: Equatable {
        var text: String
        var line: Int
    }

    static func segments(of markup: String) -> [Segment] {
        var copy = markup
        if let segments = copy.withUTF8({ bytes in readsAlikeAsBytes(bytes) ? byteSegments(bytes) : nil }) {
            return segments
        }
        return characterSegments(of: markup)
    }

    /// The same reading character by character: what `byteSegments` must agree with, and what a text whose bytes
    /// and characters do not split alike (`readsAlikeAsBytes`) is read by.
    static func characterSegments(of markup: String) -> [Segment] {
        var segments: [Segment] = []
        var current = ""
        var currentLine = 1
        var line = 1
        let characters = Array(markup)
        var index = 0
        func flush() {
            let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { segments.append(Segment(text: decode(trimmed), line: currentLine)) }
            current = ""
        }
        while index < characters.count {
            let character = characters[index]
            guard character == "<" else {
                if current.isEmpty { currentLine = line }
                if character == "\n" { line += 1 }
                current.append(character)
                index += 1
                continue
            }
            // A tag, a comment or a block whose content is not text.
            let rest = String(characters[index..<min(characters.count, index + 9)]).lowercased()
            var closing = ">"
            if rest.hasPrefix("<!--") { closing = "-->" }
            else if rest.hasPrefix("<style") { closing = "</style>" }
            else if rest.hasPrefix("<script") { closing = "</script>" }
            guard let end = find(closing, in: characters, from: index) else { break }
            let tag = String(characters[index..<end])
            let name = tagName(tag)
            if !inline.contains(name) { flush() }
            for attribute in readAttributes(in: tag) { segments.append(Segment(text: decode(attribute), line: line)) }
            line += tag.filter { $0 == "\n" }.count
            index = end
        }
        flush()
        return segments
    }

    /// Elements that format words inside a sentence without ending it.
    static let inline: Set<String> = ["a", "b", "strong", "em", "i", "u", "span", "mark", "abbr", "small", "q",
                                              "cite", "sub", "sup", "time", "data", "bdi", "bdo", "s", "del", "ins"]

    static func tagName(_ tag: String) -> String {
        String(tag.dropFirst().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
    }

    /// The end of `closing` after `start`, as an index just past it.
    private static func find(_ closing: String, in characters: [Character], from start: Int) -> Int? {
        let target = Array(closing)
        var index = start + 1
        while index + target.count <= characters.count {
            if characters[index..<(index + target.count)].elementsEqual(target, by: { $0.lowercased() == $1.lowercased() }) {
                return index + target.count
            }
            index += 1
        }
        return nil
    }

    static func readAttributes(in tag: String) -> [String] {
        var values: [String] = []
        for attribute in ["alt=\"", "aria-label=\"", "title=\"", "value=\"", "placeholder=\"", "content=\""] {
            var search = tag.startIndex
            while let start = tag.range(of: attribute, range: search..<tag.endIndex),
                  let end = tag[start.upperBound...].firstIndex(of: "\"") {
                let value = String(tag[start.upperBound..<end])
                if !value.isEmpty { values.append(value) }
                search = end
            }
        }
        return values
    }

    /// Character references as the characters they stand for ("&amp;" -> "&", "&#64;" -> "@").
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            let after = rest[ampersand...]
            guard let semicolon = after.prefix(10).firstIndex(of: ";") else {
                output.append("&")
                rest = after.dropFirst()
                continue
            }
            let name = String(after[after.index(after: ampersand)..<semicolon])
            if let named = entities[name] {
                output += named
            } else if name.hasPrefix("#x") || name.hasPrefix("#X"), let value = UInt32(name.dropFirst(2), radix: 16),
                      let scalar = Unicode.Scalar(value) {
                output.unicodeScalars.append(scalar)
            } else if name.hasPrefix("#"), let value = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(value) {
                output.unicodeScalars.append(scalar)
            } else {
                output += after[...semicolon]
            }
            rest = after[after.index(after: semicolon)...]
        }
        return output + rest
    }

    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "#39": "'",
    ]
}

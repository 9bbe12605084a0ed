import HeardCore

/// The last look before anything is written to `Output/`, and at everything already there: a second, looser
/// scan of the text people read for anything that looks like an identifier. It reads text content, not
/// markup: an HTML page or SVG chart is read text node by text node (a chart's numbers are separate labels,
/// never one long number), with alt text and labels; a CSV cell by cell; a JSON file string by string. A
/// finding is reported by kind and line, never with the text it found, and stops that file being published.
/// A finding is a bug to fix upstream.
public enum OutputScanner {
    public struct Finding: Sendable, Hashable, CustomStringConvertible {
        public var kind: String
        public var line: Int
        public var description: String { "possible \(kind) at line \(line)" }

        public init(kind: String, line: Int) {
            self.kind = kind
            self.line = line
        }
    }

    /// Scans `text`, each file by its own form; `format` is the file's extension ("html", "svg", "md", "csv",
    /// "json"), or nil to guess (markup, or else lines). A page or chart is read text node by text node, a CSV
    /// cell by cell (`CSVRecord`), a JSON file string by string (`JSONStrings`), anything else line by line.
    /// `cleared`: texts already scanned and found clean (the comments asked about before they were quoted,
    /// `scan(cell:)`); a segment that is one of them is not scanned again, since it would be found clean again.
    public static func scan(_ text: String, format: String? = nil, cleared: Set<String> = []) -> [Finding] {
        let segments: [TextContent.Segment]
        switch format {
        case "html"?, "htm"?, "svg"?, "xml"?: segments = TextContent.segments(of: text)
        case "csv"?: segments = csvSegments(text)
        case "json"?: segments = JSONStrings.segments(of: text)
        case nil where text.hasPrefix("<!DOCTYPE") || text.hasPrefix("<svg") || text.hasPrefix("<?xml"):
            segments = TextContent.segments(of: text)
        default: segments = lineSegments(text)
        }
        var findings: [Finding] = []
        for segment in segments where !cleared.contains(segment.text) {
            if let kind = kind(in: segment.text) { findings.append(Finding(kind: kind, line: segment.line)) }
        }
        return findings
    }

    /// What the scan finds in one piece of text read on its own (a CSV cell, a page's text node), or nil:
    /// what `scan` reports for a cell or a text node that holds exactly `cell`.
    public static func scan(cell: String) -> String? { kind(in: cell) }

    /// The cells of a CSV, each numbered by the line it starts on.
    static func csvSegments(_ text: String) -> [TextContent.Segment] {
        var text = text
        return text.withUTF8 { bytes in
            CSVRecord.records(bytes).flatMap { record in
                CSVRecord.cells(of: record, in: bytes).map { TextContent.Segment(text: $0.text, line: $0.line + 1) }
            }
        }
    }

    /// The finding on one line of a line-by-line file (Markdown, text), numbered `number`: what `scan` reports
    /// for that line of the whole file. For scanning a long file's lines on several cores.
    public static func scan(line: String, number: Int) -> Finding? {
        kind(in: line).map { Finding(kind: $0, line: number) }
    }

    private static func lineSegments(_ text: String) -> [TextContent.Segment] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            TextContent.Segment(text: String($0.element), line: $0.offset + 1)
        }
    }

    static func kind(in line: String) -> String? {
        // Bytes, not Foundation's string search, and the lowercased copy only once a pattern that reads it is
        // asked (most lines with a digit are answered by the shapes first): this runs on every line published
        // (a review list is 10 MB) and on every comment that may be quoted.
        let hasAt = line.utf8.contains(UInt8(ascii: "@"))
        let hasDigit = line.utf8.contains(where: { $0 >= 48 && $0 <= 57 })
        var lowered: String?
        func lower() -> String {
            if let lowered { return lowered }
            let made = line.lowercased()
            lowered = made
            return made
        }
        if hasAt, Patterns.email.firstMatch(in: lower()) != nil { return "email address" }
        if hasAt, Patterns.atHandle.firstMatch(in: lower()) != nil { return "social media handle" }
        if hasDigit {
            if let kind = NumberShapes.identifier(in: line) { return kind }
            // An ASCII line too short of the shapes a pattern needs cannot match it: not asked. The shapes are
            // redaction's own (`DigitShapes`), exact for ASCII, where the patterns' `\d` is 0-9 and `[a-z]`, case
            // folded, is A-Z and a-z; any other line may hold anything, and every pattern is asked.
            let shape = TextFolding.isASCII(line) ? DigitShapes(line) : nil
            if shape?.letterBeforeDigit ?? true, Patterns.postcode.firstMatch(in: lower()) != nil { return "postcode" }
            if shape.map({ $0.digits >= 6 }) ?? true, Patterns.niNumber.firstMatch(in: line) != nil { return "National Insurance number" }
            if !line.utf8.contains(UInt8(ascii: "-")), shape?.separatedDigits ?? true, Patterns.numericDate.firstMatch(in: lower()) != nil {
                return "date"
            }
        }
        if fullName(in: line) { return "name" }
        if SchoolRedaction.namesSchool(line) { return "school" }
        return nil
    }

    /// A capitalised given name followed by a capitalised surname, neither of them an everyday word.
    static func fullName(in line: String) -> Bool {
        // Two capitalised words need two capital letters: in ASCII text (most lines), two bytes from A to Z.
        // A line without them is answered without reading its words.
        if TextFolding.isASCII(line), line.utf8.lazy.filter({ $0 >= 65 && $0 <= 90 }).prefix(2).count < 2 { return false }
        let words = Words(line).items
        guard words.count >= 2 else { return false }
        for index in 0..<(words.count - 1) {
            let first = words[index], second = words[index + 1]
            guard first.isCapitalised, second.isCapitalised, first.range.upperBound < second.range.lowerBound,
                  line[first.range.upperBound..<second.range.lowerBound] == " " else { continue }
            if Gazetteer.givenNames.contains(first.key), Gazetteer.surnames.contains(second.key),
               !Gazetteer.isEverydayWord(first.key), !Gazetteer.isEverydayWord(second.key),
               !Gazetteer.places.contains(single: first.key), !Gazetteer.places.contains(single: second.key) {
                return true
            }
        }
        return false
    }
}

/// Numbers shaped like a phone, NHS or ID number, as opposed to Heard's own counts ("36 of 44", "12000 14000",
/// "2024-25"). A run is digit groups joined by single spaces, dashes, dots or brackets.
enum NumberShapes {
    static func identifier(in line: String) -> String? {
        // In ASCII without a carriage return (most lines) every byte is a character of its own ("\r\n" is the
        // one ASCII pair that makes a single character): the same runs are read from the bytes, with no array of
        // characters made.
        if TextFolding.isASCII(line), !line.utf8.contains(13) {
            return identifier(in: Array(line.utf8), isDigit: { $0 >= 48 && $0 <= 57 }, is: { $0 == $1.asciiValue },
                              character: { Character(Unicode.Scalar($0)) })
        }
        return identifierByCharacters(in: line)
    }

    /// `identifier(in:)` read character by character, for any line (tests compare the two readings).
    static func identifierByCharacters(in line: String) -> String? {
        identifier(in: Array(line), isDigit: \.isASCIIDigit, is: { $0 == $1 }, character: { $0 })
    }

    /// The runs of `characters` (a line's characters, or its bytes where each is one), read as one.
    private static func identifier<Item>(in characters: [Item], isDigit: (Item) -> Bool, is: (Item, Character) -> Bool,
                                         character: (Item) -> Character) -> String? {
        var index = 0
        while index < characters.count {
            guard isDigit(characters[index]) || (`is`(characters[index], "+") && index + 1 < characters.count
                  && isDigit(characters[index + 1])) else {
                index += 1
                continue
            }
            var groups: [String] = []
            var separators = ""
            var group = ""
            let plus = `is`(characters[index], "+")
            var cursor = plus ? index + 1 : index
            while cursor < characters.count {
                let item = characters[cursor]
                if isDigit(item) {
                    group.append(character(item))
                } else if " -.()".contains(where: { `is`(item, $0) }), cursor + 1 < characters.count,
                          isDigit(characters[cursor + 1]) || `is`(characters[cursor + 1], "(") {
                    if !group.isEmpty { groups.append(group) }
                    separators.append(character(item))
                    group = ""
                } else {
                    break
                }
                cursor += 1
            }
            if !group.isEmpty { groups.append(group) }
            // "2.5640426874160767", "36.5": a decimal number (a time, a rate), one of Heard's own figures.
            let decimal = separators == "." && groups.count == 2 && groups[0].count <= 3 && !plus
            if !decimal, let kind = classify(groups, plus: plus) { return kind }
            index = max(cursor, index + 1)
        }
        return nil
    }

    static func classify(_ groups: [String], plus: Bool) -> String? {
        let digits = groups.joined()
        if groups.contains(where: { $0.count >= 9 }) { return "phone or ID number" }
        if plus && digits.count >= 9 { return "phone number" }
        if digits.hasPrefix("0") && groups.first?.hasPrefix("0") == true && (10...11).contains(digits.count) { return "phone number" }
        if digits.hasPrefix("44") && (11...13).contains(digits.count) && groups.first?.count ?? 0 <= 4 { return "phone number" }
        if groups.map(\.count) == [3, 3, 4] { return "NHS number" }
        return nil
    }
}

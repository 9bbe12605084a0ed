/// What a cell's text looks like to someone scanning a sheet for its header: words, or a value such as a
/// number, a date, a time, TRUE/FALSE or an Excel error. Read from the text alone, so CSV and XLSX are judged
/// the same way. Used on the first rows of a sheet only.
enum CellAppearance: Equatable {
    case empty, words, number, date, time, boolean, error

    /// Values are what data rows hold; headings are words.
    var isValue: Bool { self != .empty && self != .words }

    init(_ text: String) {
        let trimmed = text.withoutEdgeSpaces
        guard !trimmed.isEmpty else {
            self = .empty
            return
        }
        let bytes = Array(trimmed.utf8)
        if Self.isDate(bytes) {
            self = .date
        } else if Self.isTime(bytes) {
            self = .time
        } else if Self.isNumber(bytes) {
            self = .number
        } else if ["true", "false"].contains(trimmed.lowercased()) {
            self = .boolean
        } else if Self.errors.contains(trimmed.uppercased()) {
            self = .error
        } else {
            self = .words
        }
    }

    static let errors: Set<String> = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!",
                                      "#GETTING_DATA", "#SPILL!", "#CALC!"]

    /// `12`, `-3.5`, `1,234.5`, `1.5E+20`, `45%`, `£12.50`: digits with at most the usual decorations.
    static func isNumber(_ bytes: [UInt8]) -> Bool {
        var digits = 0
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "%"), UInt8(ascii: " "): continue
            case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "$"): continue
            case UInt8(ascii: "E"), UInt8(ascii: "e"): if index == 0 { return false }
            case 0xC2, 0xA3, 0xE2, 0x82, 0xAC: continue  // £ and € in UTF-8
            default: return false
            }
        }
        return digits > 0
    }

    /// `2024-11-04`, `2024-11-04T10:03:12`, `04/11/2024`, `4.11.24`, `11/4/2024 10:03`: digits split by
    /// `/`, `-` or `.` into three parts, optionally followed by a time.
    static func isDate(_ bytes: [UInt8]) -> Bool {
        let datePart = bytes.prefix { $0 != UInt8(ascii: "T") && $0 != UInt8(ascii: " ") }
        var parts = 0, current = 0, separator: UInt8?
        for byte in datePart {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                current += 1
                if current > 4 { return false }
            } else if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") {
                guard current > 0, separator == nil || separator == byte else { return false }
                separator = byte
                parts += 1
                current = 0
            } else {
                return false
            }
        }
        guard parts == 2, current > 0 else { return false }
        let rest = bytes.dropFirst(datePart.count + 1)
        return rest.isEmpty || isTime(Array(rest))
    }

    /// `10:03`, `10:03:12`, `10:03:12.5`, `255:10:10`, `9:05 PM`.
    static func isTime(_ bytes: [UInt8]) -> Bool {
        var colons = 0, digits = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: ":"): colons += 1
            case UInt8(ascii: "."), UInt8(ascii: " "), UInt8(ascii: "A"), UInt8(ascii: "P"), UInt8(ascii: "M"),
                 UInt8(ascii: "a"), UInt8(ascii: "p"), UInt8(ascii: "m"): continue
            default: return false
            }
        }
        return colons >= 1 && colons <= 2 && digits >= 2
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and newlines.
    var withoutEdgeSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}

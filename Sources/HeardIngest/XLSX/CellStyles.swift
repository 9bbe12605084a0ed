/// What a cell's style says about how to show its number: as a date, a time of day, a date and time, a
/// duration (`[h]:mm:ss`), or as the number itself in Excel's General form. Places, percentages, currency and
/// thousands separators change how a number looks, not what it is, so they show the number: `0.5` formatted
/// `0%` reads `0.5`, `3.14159` formatted `0.00` keeps every digit.
enum NumberDisplay: Equatable {
    case general, date, time, dateTime
    /// Elapsed time counted in the bracketed unit (`[h]:mm:ss` shows 36 hours as `36:00:00`).
    case duration(DurationUnit)
}

/// The largest unit of an elapsed-time format: `[h]`, `[m]` or `[s]`.
enum DurationUnit: Equatable {
    case hours, minutes, seconds
}

/// The `cellXfs` table of `styles.xml`: style index -> number display.
struct CellStyles {
    private(set) var displays: [NumberDisplay] = []

    init() {}

    init(_ bytes: [UInt8]) throws(XLSXFailure) {
        var custom: [Int: String] = [:]
        var scanner = XMLScanner(bytes)
        var inCellXfs = false
        while true {
            let event = try XLSXFailure.xml { () throws(XMLScanner.Malformed) in try scanner.next() }
            switch event {
            case .start("numFmt", let attributes, _):
                if let id = attributes.value("numFmtId").flatMap({ Int($0) }) {
                    custom[id] = attributes.value("formatCode") ?? ""
                }
            case .start("cellXfs", _, let selfClosing): inCellXfs = !selfClosing
            case .end("cellXfs"): inCellXfs = false
            case .start("xf", let attributes, _) where inCellXfs:
                let id = attributes.value("numFmtId").flatMap { Int($0) } ?? 0
                displays.append(custom[id].map(Self.display(forCode:)) ?? Self.display(forBuiltIn: id))
            case .endOfDocument: return
            default: continue
            }
        }
    }

    func display(style: Int) -> NumberDisplay {
        style >= 0 && style < displays.count ? displays[style] : .general
    }

    static func display(forBuiltIn id: Int) -> NumberDisplay {
        switch id {
        case 14...17, 27...31, 34...36, 50...58: .date
        case 18...21, 32, 33, 45, 47: .time
        case 46: .duration(.hours)
        case 22: .dateTime
        default: .general
        }
    }

    /// Reads a custom format code: date and time letters outside quotes, brackets and escapes decide.
    static func display(forCode code: String) -> NumberDisplay {
        let section = code.split(separator: ";", omittingEmptySubsequences: false).first.map(String.init) ?? code
        var letters = ""
        var inQuotes = false, inBrackets = false, escaped = false
        var bracketText = ""
        var elapsed: DurationUnit?
        for character in section {
            if escaped { escaped = false; continue }
            switch character {
            case "\\", "_", "*": escaped = true
            case "\"": inQuotes.toggle()
            case "[": if !inQuotes { inBrackets = true; bracketText = "" }
            case "]":
                if !inQuotes && inBrackets {
                    inBrackets = false
                    // Elapsed time ([h], [mm], [ss]) is a duration; colours and locales are not.
                    let unit = bracketText.lowercased()
                    if unit.isEmpty { continue }
                    if unit.allSatisfy({ $0 == "h" }) { elapsed = elapsed ?? .hours }
                    if unit.allSatisfy({ $0 == "m" }) { elapsed = elapsed ?? .minutes }
                    if unit.allSatisfy({ $0 == "s" }) { elapsed = elapsed ?? .seconds }
                }
            default:
                if inBrackets { bracketText.append(character) } else if !inQuotes {
                    letters.append(contentsOf: character.lowercased())
                }
            }
        }
        if let elapsed { return .duration(elapsed) }
        let hasDate = letters.contains("y") || letters.contains("d")
            || (letters.contains("m") && !letters.contains("h") && !letters.contains("s"))
        let hasTime = letters.contains("h") || letters.contains("s")
        switch (hasDate, hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        default: break
        }
        return .general
    }
}

import HeardCore

/// Day/month order for dates like `04/05/2024`.
public enum DateOrder: String, Codable, Sendable, Hashable {
    /// 4 May 2024: UK tools and Excel on a UK laptop.
    case dmy
    /// 5 April 2024: US tools such as SurveyMonkey.
    case mdy
}

/// A calendar date without a time or time zone.
public struct CalendarDate: Hashable, Sendable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Whole years from `self` (a birth date) to `date`.
    public func age(on date: CalendarDate) -> Int {
        var years = date.year - year
        if (date.month, date.day) < (month, day) { years -= 1 }
        return years
    }

    /// Reads the date part of what survey tools write: ISO `2024-11-04`, `2024/11/04 18:32:10`,
    /// `04/11/2024 10:03`, `4.11.24`, or an Excel serial day number (1900 system). Times are ignored.
    public static func parse(_ text: String, order: DateOrder = .dmy) -> CalendarDate? {
        if let read = digitDate(text, order: order) { return read }
        return readLongWay(text, order: order)
    }

    /// `parse` for any text: trimmed, an Excel serial number, or a date part split at its separators.
    static func readLongWay(_ text: String, order: DateOrder) -> CalendarDate? {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { return nil }
        if let serial = Double(trimmed), serial > 59, serial < 2_958_466 {
            return fromExcelSerial(Int(serial))
        }
        let datePart = trimmed.split(whereSeparator: { $0 == " " || $0 == "T" }).first.map(String.init) ?? trimmed
        let parts = datePart.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return fromParts(parts, order: order)
    }

    /// A date from its three numbers as written: year first when the first is over 31, otherwise day and month
    /// in `order` (swapped when only that reading is a real month), a two-digit year in the 2000s.
    static func fromParts(_ parts: [Int], order: DateOrder) -> CalendarDate? {
        var (year, month, day): (Int, Int, Int)
        if parts[0] > 31 {
            (year, month, day) = (parts[0], parts[1], parts[2])
        } else {
            year = parts[2]
            (day, month) = order == .dmy ? (parts[0], parts[1]) : (parts[1], parts[0])
            if month > 12 && day <= 12 { swap(&day, &month) }
        }
        if year < 100 { year += 2000 }
        guard (1...12).contains(month), (1...31).contains(day), (1900...2200).contains(year) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The shape nearly every cell of a date column has (`10/26/2024 04:58:40 AM`, `2024-11-04`), read from its
    /// bytes: ASCII, a date part of three runs of digits with one `/`, `-` or `.` between each, then a space
    /// or `T` and anything, or nothing. The outer nil means "not that shape": `parse` then reads it the long way.
    /// Whatever it returns is what the long way returns (a test compares them); it runs for every row.
    static func digitDate(_ text: String, order: DateOrder) -> CalendarDate?? {
        var groups: [Int] = [0, 0, 0], count = 0, digits = 0, started = false
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            let isDigit = byte >= 48 && byte <= 57
            if !started {
                if byte == 32 || (9...13).contains(byte) { continue }
                guard isDigit else { return nil }
                started = true
            }
            if isDigit {
                guard digits < 9 else { return nil }
                if digits == 0 { count += 1 }
                guard count <= 3 else { return nil }
                groups[count - 1] = groups[count - 1] * 10 + Int(byte - 48)
                digits += 1
            } else if byte == 47 || byte == 45 || byte == 46 {
                guard digits > 0, count < 3 else { return nil }
                digits = 0
            } else if byte == 32 || byte == 84 {
                break
            } else {
                return nil
            }
        }
        guard started else { return .some(nil) }
        guard count == 3, digits > 0 else { return nil }
        return .some(fromParts(groups, order: order))
    }

    /// Excel's 1900 date system (serial 61 is 1 March 1900; Excel's phantom 29 February 1900 is skipped).
    static func fromExcelSerial(_ serial: Int) -> CalendarDate {
        // Serial 25569 is 1970-01-01.
        let (year, month, day) = CivilDate.fromDays(serial - 25569)
        return CalendarDate(year: year, month: month, day: day)
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs (and non-breaking spaces).
    var trimmingSpaces: String {
        // Most cells start and end with a printable ASCII character, which is never white space, nor joined to
        // a character before it that is (only a prepended mark can lead a character that ends in ASCII): those
        // are returned as they are, without reading their characters.
        if let first = utf8.first, let last = utf8.last, (0x21..<0x80).contains(first), (0x21..<0x80).contains(last) {
            return self
        }
        return trimmingSpacesByCharacter
    }

    /// `trimmingSpaces` read character by character, for any text.
    var trimmingSpacesByCharacter: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}

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
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { return nil }
        if let serial = Double(trimmed), serial > 59, serial < 2_958_466 {
            return fromExcelSerial(Int(serial))
        }
        let datePart = trimmed.split(whereSeparator: { $0 == " " || $0 == "T" }).first.map(String.init) ?? trimmed
        let parts = datePart.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
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
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}

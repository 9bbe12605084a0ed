import Foundation
import HeardCore

/// Turns a stored cell value into the text Excel shows, without losing a digit: numbers in Excel's General
/// form (no trailing `.0`), dates and times in ISO 8601, durations as `[h]:mm:ss` shows them.
enum CellText {
    /// Excel's General display: up to 15 significant digits, no trailing zeros, no `.0`.
    static func general(_ raw: String) -> String {
        guard let value = number(raw) else { return raw }
        return general(value)
    }

    static func general(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.15g", value)
        if let exponent = text.firstIndex(where: { $0 == "e" }) {
            var mantissa = String(text[..<exponent])
            if mantissa.contains(".") {
                while mantissa.hasSuffix("0") { mantissa.removeLast() }
                if mantissa.hasSuffix(".") { mantissa.removeLast() }
            }
            let power = Int(text[text.index(after: exponent)...]) ?? 0
            text = "\(mantissa)E\(power < 0 ? "-" : "+")\(abs(power) < 10 ? "0" : "")\(abs(power))"
        } else if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// The stored number (spaces around it allowed), if it is a finite one.
    static func number(_ raw: String) -> Double? {
        guard let value = Double(raw) ?? Double(raw.trimmingCharacters(in: .whitespaces)), value.isFinite else {
            return nil
        }
        return value
    }

    static func display(_ raw: String, as display: NumberDisplay, uses1904: Bool) -> String {
        guard let value = number(raw) else { return raw }
        switch display {
        case .general: return general(value)
        case .duration(let unit): return duration(days: value, largest: unit)
        case .date, .time, .dateTime:
            guard value >= 0, value < 2_958_466 else { return general(value) }
            return isoDate(serial: value, uses1904: uses1904, display: display)
        }
    }

    /// Elapsed time as `[h]:mm:ss` shows it: `1.5` days is `36:00:00`; `[mm]:ss` gives `2160:00`.
    static func duration(days: Double, largest unit: DurationUnit) -> String {
        let totalSeconds = Int((abs(days) * 86_400).rounded())
        let sign = days < 0 && totalSeconds > 0 ? "-" : ""
        let seconds = totalSeconds % 60
        switch unit {
        case .hours:
            return sign + String(format: "%d:%02d:%02d", totalSeconds / 3600, totalSeconds / 60 % 60, seconds)
        case .minutes:
            return sign + String(format: "%d:%02d", totalSeconds / 60, seconds)
        case .seconds:
            return sign + String(totalSeconds)
        }
    }

    /// ISO 8601 for an Excel serial date: `2024-11-04`, `2024-11-04T10:03:12` or `10:03:12`.
    static func isoDate(serial: Double, uses1904: Bool, display: NumberDisplay) -> String {
        var day = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(day)) * 86_400).rounded())
        if seconds >= 86_400 {
            day += 1
            seconds -= 86_400
        }
        let time = String(format: "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        if display == .time { return time }
        // A date format on a value with a time of day hides the time; the time is kept, not lost.
        let showsTime = display == .dateTime || seconds != 0
        let date: String
        if !uses1904 && day == 60 {
            // The 1900 system counts a 29 February 1900 that never was; Excel shows it, so Heard does too.
            date = "1900-02-29"
        } else {
            // Days since 1970-01-01; the 1904 system starts at 1 January 1904.
            let unixDays = uses1904 ? day - 24_107 : (day >= 61 ? day - 25_569 : day - 25_568)
            let (year, month, dayOfMonth) = CivilDate.fromDays(unixDays)
            date = String(format: "%04d-%02d-%02d", year, month, dayOfMonth)
        }
        return showsTime ? "\(date)T\(time)" : date
    }
}

import Foundation
import HeardCore

/// Turns a stored cell value into the text Excel shows: numbers without a trailing `.0`, dates in ISO 8601.
enum CellText {
    /// Excel's General display: up to 15 significant digits, no trailing zeros, no `.0`.
    static func general(_ raw: String) -> String {
        guard let value = Double(raw.trimmingCharacters(in: .whitespaces)), value.isFinite else { return raw }
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

    static func display(_ raw: String, as display: NumberDisplay, uses1904: Bool) -> String {
        guard let value = Double(raw.trimmingCharacters(in: .whitespaces)), value.isFinite else { return raw }
        switch display {
        case .general: return general(raw)
        case .fixed(let decimals): return String(format: "%.\(decimals)f", value)
        case .percent(let decimals): return String(format: "%.\(decimals)f%%", value * 100)
        case .date, .time, .dateTime:
            guard value >= 0, value < 2_958_466 else { return general(raw) }
            return isoDate(serial: value, uses1904: uses1904, display: display)
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
        // Days since 1970-01-01. The 1900 system counts a 29 February 1900 that never was (serial 60);
        // the 1904 system starts at 1 January 1904.
        let unixDays = uses1904 ? day - 24_107 : (day >= 61 ? day - 25_569 : day - 25_568)
        let (year, month, dayOfMonth) = CivilDate.fromDays(unixDays)
        let date = String(format: "%04d-%02d-%02d", year, month, dayOfMonth)
        return display == .date ? date : "\(date)T\(time)"
    }
}

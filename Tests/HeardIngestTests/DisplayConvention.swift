import Foundation

/// When Heard's text for a cell counts as the same cell as openpyxl's reading of it
/// (`../shared/eval/real/*.openpyxl.json`, rules in that folder's README).
///
/// openpyxl reports values; Heard shows a cell as Excel displays it. The two agree when:
/// 1. the strings are equal;
/// 2. openpyxl's midnight datetime `2024-11-04T00:00:00` is Heard's date `2024-11-04` (openpyxl returns a
///    datetime even for a date-only format);
/// 3. both are numbers equal to Excel's 15 significant digits (openpyxl prints Python's `repr`, 17 digits);
/// 4. openpyxl's duration `P1DT12H0M0S` and Heard's elapsed `36:00:00` (`[h]:mm:ss`) are the same seconds.
///
/// Where openpyxl is not ground truth (the corpus README lists these), Heard follows Excel and the
/// comparison says so:
/// 5. openpyxl leaves Excel's `_x000D_` escapes in the text; Excel shows a carriage return, and so does Heard;
/// 6. serial 60 in the 1900 date system is the 29 February 1900 Excel shows (openpyxl says 28 February);
/// 7. a date-formatted number too large to be a date: Excel shows `#######`, openpyxl writes `#VALUE!`, and
///    Heard keeps the number.
enum DisplayConvention {
    static func same(openpyxl expected: String, heard actual: String) -> Bool {
        if expected == actual { return true }
        if expected.hasSuffix("T00:00:00"), expected.dropLast(9) == actual { return true }
        if let left = number(expected), let right = number(actual) {
            return left == right || abs(left - right) <= 1e-14 * max(abs(left), abs(right))
        }
        if let left = seconds(isoDuration: expected), let right = seconds(elapsed: actual) { return left == right }
        if expected.contains("_x"), decodeEscapes(expected) == actual { return true }
        if expected.hasPrefix("1900-02-28"), actual.hasPrefix("1900-02-29"),
           expected.dropFirst(10) == actual.dropFirst(10) || (expected.hasSuffix("T00:00:00") && actual.count == 10) {
            return true
        }
        if expected == "#VALUE!", let value = number(actual), value >= 2_958_466 { return true }
        return false
    }

    /// A decimal number.
    static func number(_ text: String) -> Double? {
        guard let first = text.first, first.isNumber || first == "-" || first == "." else { return nil }
        return Double(text)
    }

    /// `P10DT15H10M10S` -> seconds.
    static func seconds(isoDuration text: String) -> Int? {
        guard text.hasPrefix("P") else { return nil }
        var total = 0.0
        var number = ""
        for character in text.dropFirst() {
            switch character {
            case "D": total += (Double(number) ?? 0) * 86_400; number = ""
            case "H": total += (Double(number) ?? 0) * 3600; number = ""
            case "M": total += (Double(number) ?? 0) * 60; number = ""
            case "S": total += Double(number) ?? 0; number = ""
            case "T": continue
            default: number.append(character)
            }
        }
        return Int(total.rounded())
    }

    /// `255:10:10` -> seconds.
    static func seconds(elapsed text: String) -> Int? {
        let parts = text.split(separator: ":").map { Int($0) }
        guard parts.count >= 2, parts.allSatisfy({ $0 != nil }) else { return nil }
        return parts.reduce(0) { $0 * 60 + $1! }
    }

    static func decodeEscapes(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let range = rest.range(of: "_x") {
            output += rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            if after.count >= 5, after.dropFirst(4).first == "_", let value = UInt32(after.prefix(4), radix: 16),
               let scalar = Unicode.Scalar(value) {
                output.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                output += "_x"
                rest = after
            }
        }
        return output + rest
    }
}

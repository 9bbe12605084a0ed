/// Reads a decimal number written in a data file ("-1.2800", "0.207239", "3") to exactly the `Double` that
/// `Double(_:)` reads, several times faster: the trained models' files hold hundreds of thousands of such
/// numbers, and `Double(_:)` was most of the cost of loading them.
///
/// The quick way is Clinger's exact case: a number of at most 15 digits, with no exponent, is a whole number
/// below 2^53 divided by a power of ten below 10^16, both exact as `Double`s, so one IEEE division rounds it
/// exactly as a correctly rounded reading does. Anything else (an exponent, more digits, "nan", a "+" sign) is
/// read by `Double(_:)` itself.
public enum DecimalText {
    /// The number `text` holds, or nil where `Double(text)` is nil.
    public static func double(_ text: Substring) -> Double? {
        let quick = text.utf8.withContiguousStorageIfAvailable { quickDouble($0) } ?? nil
        return quick ?? Double(text)
    }

    /// The exact case only: nil for anything it does not read (which `Double(_:)` may still read).
    static func quickDouble(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0, negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        var whole: UInt64 = 0, digits = 0, fraction = 0, sawPoint = false, digitsBeforePoint = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                whole = whole * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if sawPoint { fraction += 1 } else { digitsBeforePoint += 1 }
                guard digits <= 15 else { return nil }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                return nil
            }
            index += 1
        }
        // "5.", ".5", "-" and "" are left to `Double(_:)`.
        guard digitsBeforePoint > 0, !sawPoint || fraction > 0 else { return nil }
        let value = Double(whole) / powersOfTen[fraction]
        return negative ? -value : value
    }

    /// 10^0 ... 10^15, each exact.
    private static let powersOfTen: [Double] = [
        1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ]
}

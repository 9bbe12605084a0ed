/// What `DigitRuns` asks of one unit of a comment: a `Character` in general, a byte when the comment is ASCII
/// (where each byte is one character, so the scan gives the same answers without asking Unicode about each).
protocol DigitRunUnit: Equatable {
    /// A decimal digit, 0 to 9 (any script's, for a `Character`).
    var isRunDigit: Bool { get }
    /// A letter (`Character.isLetter`).
    var isRunLetter: Bool { get }
    /// The ASCII byte of a digit's value (asked of digits only).
    var runByte: UInt8 { get }
    /// Whether this unit is the ASCII character `byte`.
    func isByte(_ byte: UInt8) -> Bool
    /// A placeholder's text as units.
    static func units(_ text: String) -> [Self]
}

extension Character: DigitRunUnit {
    /// A decimal digit of any script ("7", "٧", "۷", "७"), read as its value: a phone number typed in
    /// Arabic-Indic digits is a phone number.
    /// Read from the UTF-8 length: `asciiValue` first compares the character with "\r\n" as strings (and "\r\n",
    /// two bytes and two scalars, is no digit either way).
    var isRunDigit: Bool {
        let utf8 = self.utf8
        if utf8.count == 1, let byte = utf8.first { return byte >= 48 && byte <= 57 }
        return decimalValue != nil
    }
    var isRunLetter: Bool { isLetterQuick }
    var runByte: UInt8 { asciiValue ?? decimalValue.map { 48 + $0 } ?? 0 }

    /// The value of a one-scalar decimal digit outside ASCII.
    private var decimalValue: UInt8? {
        guard unicodeScalars.count == 1, let scalar = unicodeScalars.first, scalar.properties.numericType == .decimal,
              let value = scalar.properties.numericValue else { return nil }
        return UInt8(value)
    }
    func isByte(_ byte: UInt8) -> Bool { utf8.count == 1 && utf8.first == byte }
    static func units(_ text: String) -> [Character] { Array(text) }
}

extension UInt8: DigitRunUnit {
    var isRunDigit: Bool { self >= 48 && self <= 57 }
    var isRunLetter: Bool { (self | 0x20) >= 97 && (self | 0x20) <= 122 }
    var runByte: UInt8 { self }
    func isByte(_ byte: UInt8) -> Bool { self == byte }
    static func units(_ text: String) -> [UInt8] { Array(text.utf8) }
}

/// What an ASCII byte is, for the finders that read a comment's UTF-8 bytes: one definition of a digit and a
/// letter (either case) instead of a private copy in each finder.
enum ASCIIBytes {
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }

    /// A lower-case letter only, for bytes already folded to lower case.
    @inline(__always)
    static func isLowercaseLetter(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
}

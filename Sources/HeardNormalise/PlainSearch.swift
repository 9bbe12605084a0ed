import Foundation
import HeardCore

/// Foundation's `contains` and `replacingOccurrences(of:with:)` on a string, and its `count`, answered from
/// the bytes where the answer cannot differ: the text all ASCII without a carriage return (each byte a character
/// of its own, nothing to compose or decompose) and the part looked for ASCII, not empty and without one either.
/// Anything else is asked as before. On Linux Foundation answers through `CFString` at some 15,000 instructions
/// a call, and classifying an export's columns asks it of every sampled cell (about 100,000 calls an export).
enum PlainSearch {
    /// `text.contains(part)`, as Foundation answers it.
    static func contains(_ text: String, _ part: String) -> Bool {
        if let answer = byteAnswer(text, part) { return answer }
        return text.contains(part)
    }

    /// `text.replacingOccurrences(of: target, with: replacement)`, as Foundation makes it.
    static func replacing(_ target: String, with replacement: String, in text: String) -> String {
        if TextFolding.isASCII(text) {
            // An ASCII text holds no part that is not ASCII; an ASCII part it does not hold leaves it as it is.
            if !TextFolding.isASCII(target) || byteAnswer(text, target) == false { return text }
        }
        return text.replacingOccurrences(of: target, with: replacement)
    }

    /// `text.count`, from the bytes where each is a character (ASCII without a carriage return).
    static func characterCount(_ text: String) -> Int {
        let counted = text.utf8.withContiguousStorageIfAvailable { bytes in isPlain(bytes) ? bytes.count : nil }
        return (counted ?? nil) ?? text.count
    }

    /// How many characters of an ASCII text (without a carriage return) are not a space, counting no further
    /// than `limit`; nil for any other text.
    static func nonSpaceCount(_ text: String, atMost limit: Int) -> Int? {
        let counted = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard isPlain(bytes) else { return nil }
            var count = 0
            for byte in bytes where byte != 0x20 {
                count += 1
                if count == limit { break }
            }
            return count
        }
        return counted ?? nil
    }

    /// Whether `text` holds `part`, from their bytes; nil where Foundation is to be asked.
    private static func byteAnswer(_ text: String, _ part: String) -> Bool? {
        let answer: Bool?? = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            let found: Bool?? = part.utf8.withContiguousStorageIfAvailable { pattern in find(pattern, in: bytes) }
            return found ?? nil
        }
        return answer ?? nil
    }

    private static func find(_ pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard !pattern.isEmpty, isPlain(pattern), isPlain(bytes) else { return nil }
        guard bytes.count >= pattern.count else { return false }
        let first = pattern[0]
        for start in 0...(bytes.count - pattern.count) where bytes[start] == first {
            var offset = 1
            while offset < pattern.count && bytes[start + offset] == pattern[offset] { offset += 1 }
            if offset == pattern.count { return true }
        }
        return false
    }

    /// ASCII without a carriage return ("\r\n" is one character).
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 || byte == 0x0D { return false }
        return true
    }
}

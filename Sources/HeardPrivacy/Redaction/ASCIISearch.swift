/// Byte-level substring tests for the redaction passes' quick checks (Foundation's `contains` on a `String`
/// costs far more than the check it guards). ASCII letters only are lowered; other bytes are compared as
/// they are, which is enough for the ASCII words these checks look for.
enum ASCIISearch {
    static func lowered(_ text: String) -> [UInt8] {
        text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    }

    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return pattern.isEmpty }
        let first = pattern[0]
        var index = 0
        let last = haystack.count - pattern.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < pattern.count && haystack[index + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return true }
            }
            index += 1
        }
        return false
    }

    static func contains(_ haystack: String, _ needle: String) -> Bool { contains(Array(haystack.utf8), needle) }
}

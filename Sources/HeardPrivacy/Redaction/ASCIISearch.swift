/// Byte-level substring tests for the redaction passes' quick checks (Foundation's `contains` on a `String`
/// costs far more than the check it guards). ASCII letters only are lowered; other bytes are compared as
/// they are, which is enough for the ASCII words these checks look for.
enum ASCIISearch {
    static func lowered(_ text: String) -> [UInt8] {
        text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    }

    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        // A native string's bytes are read in place (no array per needle: a check may try dozens of needles).
        if let found = needle.utf8.withContiguousStorageIfAvailable({ pattern in
            haystack.withUnsafeBufferPointer { contains($0, pattern) }
        }) {
            return found
        }
        let pattern = Array(needle.utf8)
        return haystack.withUnsafeBufferPointer { bytes in pattern.withUnsafeBufferPointer { contains(bytes, $0) } }
    }

    static func contains(_ haystack: String, _ needle: String) -> Bool {
        if let found = haystack.utf8.withContiguousStorageIfAvailable({ bytes in
            needle.utf8.withContiguousStorageIfAvailable { contains(bytes, $0) }
        }), let answer = found {
            return answer
        }
        return contains(Array(haystack.utf8), needle)
    }

    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
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

    /// Several needles looked for in one pass over the haystack: for each first byte, the needles that begin
    /// with it. `containsAny(haystack)` is `needles.contains { contains(haystack, $0) }`.
    struct Needles: Sendable {
        private let byFirstByte: [[[UInt8]]]
        private let hasEmpty: Bool

        init(_ needles: some Sequence<String>) {
            var table = [[[UInt8]]](repeating: [], count: 256)
            var empty = false
            for needle in needles {
                let bytes = Array(needle.utf8)
                if let first = bytes.first { table[Int(first)].append(bytes) } else { empty = true }
            }
            byFirstByte = table
            hasEmpty = empty
        }

        func containsAny(_ haystack: [UInt8]) -> Bool {
            if hasEmpty { return true }
            return haystack.withUnsafeBufferPointer { bytes in
                for index in bytes.indices {
                    let candidates = byFirstByte[Int(bytes[index])]
                    if candidates.isEmpty { continue }
                    let room = bytes.count - index
                    for pattern in candidates where pattern.count <= room {
                        var offset = 1
                        while offset < pattern.count && bytes[index + offset] == pattern[offset] { offset += 1 }
                        if offset == pattern.count { return true }
                    }
                }
                return false
            }
        }
    }
}

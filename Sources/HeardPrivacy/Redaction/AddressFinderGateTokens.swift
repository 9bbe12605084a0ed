extension AddressFinderGate {
    /// One token of the comment, as `AddressTokens` cuts it, with the gap before it; its lower case is made only
    /// when a rule asks for it.
    struct Token {
        let start: Int
        /// Where the token's letters and digits end (an abbreviation's dot is not counted).
        let end: Int
        let kind: AddressTokens.Kind
        let gap: AddressTokens.Gap
        let isCapitalised: Bool
        /// Only spaces, tabs, ":", "#", "/" or "-" before the token, and at least one (`AddressFinder.link`'s tight).
        let numberLink: Bool

        init(bytes: [UInt8], start: Int, end: Int, kind: AddressTokens.Kind, gapStart: Int, first: Bool) {
            self.start = start
            self.end = end
            self.kind = kind
            let between = bytes[gapStart..<start]
            gap = AddressTokens.gap(between, first: first)
            isCapitalised = bytes[start] >= 65 && bytes[start] <= 90
            numberLink = !between.isEmpty && between.allSatisfy { $0 == 32 || $0 == 9 || $0 == 58 || $0 == 35 || $0 == 47 || $0 == 45 }
        }

        func lower(_ bytes: [UInt8]) -> String {
            String(unsafeUninitializedCapacity: end - start) { buffer in
                for offset in 0..<(end - start) {
                    let byte = bytes[start + offset]
                    buffer[offset] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                }
                return end - start
            }
        }
    }

    /// What the tokens read so far say.
    struct Scan {
        private var previous: Token?
        private var previousRole: Role = []
        var sawUnit = false
        var sawNumber = false
        var isFirst: Bool { previous == nil }

        /// Reads the next token; true when an address may start here.
        mutating func read(_ token: Token, bytes: [UInt8]) -> Bool {
            defer { previous = token }
            if token.kind != .word {
                // "kv 30", "bl D5": a word that numbers a part, then its number.
                let numbered = token.kind != .placeholder && previousNumbers
                if token.kind == .number || token.kind == .code { sawNumber = true }
                // "2" places someone as "to" does ("moved 2 redroofs").
                previousRole = token.end - token.start == 1 && bytes[token.start] == 50 ? .placing : []
                return numbered
            }
            let role = Self.role(token, bytes: bytes)
            defer { previousRole = role }
            if role.contains(.anchor) { return true }
            if role.contains(.unit) { sawUnit = true }
            // "ground floor flat", "the flat above ...": a flat's word that needs no number (`AddressFinder.unit`).
            if role.contains(.unit) && previousRole.contains(.floor) || role.contains(.placer) && previousRole.contains(.unit) { return true }
            if role.contains(.numberWord) { sawNumber = true }
            // "no. 12 / kv a": a short word after a word that numbers a part; "545 nong": a counted word after a number.
            if previousNumbers, token.end - token.start <= 2 || role.contains(.marker) { return true }
            if role.contains(.counted), previous?.kind == .number { return true }
            if role.contains(.spanishStreet), token.end < bytes.count, bytes[token.end] == 47 { return true }
            guard let previous, token.gap != .none else { return false }
            if role.contains(.old), previousRole.contains(.the) { return true }
            // "Hillside, the Crescent", "Hatfield Block, no. 37".
            if token.gap == .comma || token.gap == .newline, !role.isDisjoint(with: [.the, .marker]) { return true }
            let length = token.end - token.start
            // "moved to redroofs", "at fairview".
            if token.gap == .space, previousRole.contains(.placing), !token.isCapitalised, length >= 6,
               AddressOwnReadings(lower: token.lower(bytes), isCapitalised: false).contains(.distinctive) {
                return true
            }
            // "114b cedar", "230 Tran Hung Dao".
            return previous.kind == .number && token.numberLink
                && AddressOwnReadings(lower: token.lower(bytes), isCapitalised: token.isCapitalised).contains(.notGeneric)
        }

        private var previousNumbers: Bool { previousRole.contains(.numbers) }

        private static func role(_ token: Token, bytes: [UInt8]) -> Role {
            let length = token.end - token.start
            var role: Role = []
            let first = Int(bytes[token.start] | 0x20)
            let opening = length == 1 ? first : first << 8 | Int(bytes[token.start + 1] | 0x20)
            if length <= longest, openings[opening] { role = table[token.lower(bytes)] ?? [] }
            // "Hauptstrasse", "Kungsgatan": a street word's ending.
            if length >= 6, suffixLastBytes[Int(bytes[token.end - 1] | 0x20)], AddressWords.hasForeignSuffix(token.lower(bytes)) {
                role.insert(.anchor)
            }
            return role
        }
    }
}

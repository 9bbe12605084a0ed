/// The byte readings behind `ShapeHints`' email and web hints: a web address's ending after a dot, a provider's
/// name after "at" (spaced, misspelt or after a word said while thinking), and the lower-cased comparisons they
/// share.
extension ShapeHints {
    static let webEndings = ["com", "co.uk", "org", "net", "uk", "io", "ly", "me", "tv", "gg"].map { Array($0.utf8) }
    /// The providers of `EmailParts.provider` by their openings, spaced and misspelt ones too ("g mail", "gmial").
    static let providers = ["gmail", "hotmail", "yahoo", "outlook", "icloud", "live", "aol", "btinternet", "googlemail",
                                    "ymail", "protonmail", "g mail", "gmial", "gmal", "gmil", "gamil", "hot mail", "hotmial",
                                    "hotmal", "hotmil", "homail", "yaho", "yhaoo", "out look", "outlok", "i cloud", "iclod",
                                    "icould", "bt internet", "btopenworld", "google mail", "yandex", "libero", "interia", "seznam",
                                    "laposte", "proton mail", "a o l", "a.o.l", "a. o. l"]
        .map { Array($0.utf8) }

    /// Whether the lower-cased bytes ending at `index` spell `word`.
    static func follows(_ bytes: [UInt8], at index: Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + 1 >= count else { return false }
        return (0..<count).allSatisfy { offset in
            let byte = bytes[index + 1 - count + offset]
            return lowered(byte) == word.utf8Start[offset]
        }
    }

    static func startsWebEnding(_ bytes: [UInt8], at start: Int) -> Bool {
        webEndings.contains { ending in
            guard start + ending.count <= bytes.count, matches(bytes, at: start, ending) else { return false }
            let next = start + ending.count
            return next == bytes.count || !isWordByte(bytes[next])
        }
    }

    /// After "at": an optional ")" and an optional space, then a provider's name.
    static func startsProvider(_ bytes: [UInt8], after index: Int) -> Bool {
        var start = index
        if start < bytes.count, bytes[start] == 41 || bytes[start] == 93 { start += 1 }
        if start < bytes.count, bytes[start] == 32 { start += 1 }
        // "at sign gmail", "at symbol hotmail", "at like gmail" (`EmailParts.filler`).
        for said in saidSymbols where start + said.count <= bytes.count && matches(bytes, at: start, said) { start += said.count }
        return providers.contains { start + $0.count <= bytes.count && matches(bytes, at: start, $0) }
    }

    static let gluedEndings = ["dotcom", "dotuk", "dotnet", "dotorg", "dotie"].map { Array($0.utf8) }
    static let saidSymbols = ["sign ", "symbol ", "uh ", "um ", "umm ", "erm ", "er ", "like ", "yeah ", "lol ", "errr ", "err ", "the "].map { Array($0.utf8) }

    static func matches(_ bytes: [UInt8], at start: Int, _ lower: [UInt8]) -> Bool {
        lower.indices.allSatisfy { offset in
            let byte = bytes[start + offset]
            return lowered(byte) == lower[offset]
        }
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == 95
    }

    /// An ASCII capital as its lower-case letter; any other byte as it is.
    static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }
}

import HeardCore

/// A found name mentioned again in another of the export's comments, after redaction.
extension ExportProcessor {
    /// Whether a redacted comment still holds one of the names found elsewhere in its export.
    static func mentionsAny(_ names: Set<String>, in text: String) -> Bool {
        if TextFolding.isASCII(text) { return mentionsAny(names, inASCII: text) }
        let lower = text.lowercased()
        guard TextFolding.isASCII(lower) else {
            return lower.split { !$0.isLetter && $0 != "'" && $0 != "-" }.contains { names.contains(String($0)) }
        }
        return lower.utf8.split { !((97...122).contains($0) || $0 == 39 || $0 == 45) }
            .contains { names.contains(String(decoding: $0, as: UTF8.self)) }
    }

    /// `mentionsAny` for an ASCII text, read from its bytes: each run of letters, apostrophes and hyphens lowered
    /// into one buffer as it is read (what `lowercased()` then splitting did, without the lowered copy or the
    /// array of words).
    private static func mentionsAny(_ names: Set<String>, inASCII text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var word: [UInt8] = []
            word.reserveCapacity(32)
            func named() -> Bool {
                defer { word.removeAll(keepingCapacity: true) }
                return !word.isEmpty && names.contains(String(decoding: word, as: UTF8.self))
            }
            for byte in bytes {
                switch byte {
                case 97...122, 39, 45: word.append(byte)
                case 65...90: word.append(byte + 32)
                default: if named() { return true }
                }
            }
            return named()
        }
    }
}

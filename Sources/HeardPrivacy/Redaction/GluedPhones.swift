/// Phone numbers typed with no space between them and the words around them: "text me on07447 861932",
/// "call0044 7985 338868 if im not answering", "ring0121 281 6031", "on0 7 5 9 9 1 5 7 0 0 7pls". `DigitRuns`
/// leaves a run that touches a letter (it may be part of a code, "CLA123456"), and a reference reader would take
/// "call07447861932" whole as a `[reference]`. Here a run glued after a word that hands over a number ("on",
/// "call", "ring", "text", "me", "number"...), or glued before letters once it is whole, is read as `DigitRuns`
/// reads it, and replaced only when the whole run is one phone or NHS number: the words stay.
enum GluedPhones {
    static func redact(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: ASCIIBytes.isDigit) else { return text }
        var output: [UInt8] = []
        var copied = 0
        var index = 0
        while index < bytes.count {
            let previous = index > 0 ? bytes[index - 1] : 32
            let glued = ASCIIBytes.isDigit(bytes[index]) || (bytes[index] == 43 || bytes[index] == 40) && index + 1 < bytes.count && ASCIIBytes.isDigit(bytes[index + 1])
            guard glued, !ASCIIBytes.isDigit(previous), previous != 43, previous != 40 else {
                index += 1
                continue
            }
            let afterCue = ASCIIBytes.isLetter(previous) && cueEnds(bytes, at: index)
            let afterSpace = !ASCIIBytes.isLetter(previous) && previous < 0x80
            guard afterCue || afterSpace, let end = runEnd(bytes, from: index) else {
                index += 1
                continue
            }
            // Glued on at least one side: a run with space on both sides is `DigitRuns`' own.
            let gluedAfter = end < bytes.count && ASCIIBytes.isLetter(bytes[end])
            guard afterCue || gluedAfter,
                  let placeholder = wholeNumber(String(decoding: bytes[index..<end], as: UTF8.self)) else {
                index = end
                continue
            }
            output.append(contentsOf: bytes[copied..<index])
            output.append(contentsOf: placeholder.rawValue.utf8)
            copied = end
            index = end
        }
        guard copied > 0 else { return text }
        output.append(contentsOf: bytes[copied...])
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether the letters ending at `index` are a word that hands over a number, standing alone.
    private static func cueEnds(_ bytes: [UInt8], at index: Int) -> Bool {
        var start = index
        while start > 0, ASCIIBytes.isLetter(bytes[start - 1]), index - start < 9 { start -= 1 }
        guard start == 0 || !ASCIIBytes.isLetter(bytes[start - 1]) && bytes[start - 1] < 0x80 && !ASCIIBytes.isDigit(bytes[start - 1]) else { return false }
        return cues.contains(String(decoding: bytes[start..<index].map { $0 | 0x20 }, as: UTF8.self))
    }

    /// The end of the digits, spaces, dashes, dots and brackets from `start` that end on a digit (or ")").
    private static func runEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var cursor = start
        var end: Int?
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if ASCIIBytes.isDigit(byte) || byte == 41 {
                cursor += 1
                end = cursor
            } else if Self.joinsGroups(byte), cursor + 1 < bytes.count, ASCIIBytes.isDigit(bytes[cursor + 1]) || bytes[cursor + 1] == 40 {
                cursor += 1
            } else {
                break
            }
        }
        return end
    }

    /// The placeholder when `run` is read by `DigitRuns` as one phone number in a phone's shape (from "0", "+"
    /// or "44") or one NHS number passing its check, whole. Other runs are left to the cued readers ("nhs:
    /// 32 16 54 98 70x" is an NHS number offered, check digit or not).
    private static func wholeNumber(_ run: String) -> Placeholder? {
        let read = DigitRuns.redact(run)
        let digits = run.filter(\.isASCIIDigit)
        if read == Placeholder.phone.rawValue, run.hasPrefix("+") || digits.hasPrefix("0") || digits.hasPrefix("44") { return .phone }
        if read == Placeholder.nhsNumber.rawValue { return .nhsNumber }
        return nil
    }

    /// A space, dash, dot, bracket or plus between a phone's groups.
    private static func joinsGroups(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 45 || byte == 46 || byte == 40 || byte == 43
    }

    static let cues: Set<String> = [
        "on", "call", "ring", "rang", "text", "txt", "tel", "mob", "mobile", "me", "number", "num", "no", "phone", "ph",
        "fone", "whatsapp", "contact", "is", "at", "or", "dial", "mum", "dad", "hmu", "numbers",
    ]

}

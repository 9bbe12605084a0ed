/// NHS numbers offered as one, however they are grouped: ten digits a few words after "nhs" or "health"
/// ("my nhs number is 485,777,3456", "nhs no 485_777_3456", "health number 4857 773 456", "nhs: 48 57 77 34
/// 56x"), whether or not the check digit passes: a number a child offers as their NHS number identifies them
/// either way. Digits split by commas, underscores, dots, dashes, slashes or spaces are read as one run;
/// `DigitRuns` takes the plainer shapes without a cue. One pass over the bytes finds the cue before any work.
enum CuedNHSNumbers {
    /// How far after the cue the number may start: "nhs number is ", "health no. on my form: ".
    static let reach = 24

    static func redact(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var cueEnds: [Int] = []
        var index = 0
        while index + 2 < bytes.count {
            if let end = cueEnd(bytes, at: index) { cueEnds.append(end) }
            index += 1
        }
        guard !cueEnds.isEmpty else { return text }
        var spans: [Range<Int>] = []
        for cue in cueEnds {
            guard let run = number(bytes, after: cue), !spans.contains(where: { $0.overlaps(run) }) else { continue }
            spans.append(run)
        }
        guard !spans.isEmpty else { return text }
        var output: [UInt8] = []
        var copied = 0
        for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            output.append(contentsOf: bytes[copied..<span.lowerBound])
            output.append(contentsOf: Placeholder.nhsNumber.rawValue.utf8)
            copied = span.upperBound
        }
        output.append(contentsOf: bytes[copied...])
        return String(decoding: output, as: UTF8.self)
    }

    /// The end of "nhs" or "health" at `index` when it starts a word there, or nil.
    private static func cueEnd(_ bytes: [UInt8], at index: Int) -> Int? {
        guard index == 0 || !ASCIIBytes.isLetter(bytes[index - 1]) else { return nil }
        for cue in cues where index + cue.count <= bytes.count {
            if zip(cue, bytes[index..<(index + cue.count)]).allSatisfy({ $0 == $1 | 0x20 }) {
                let end = index + cue.count
                // "nhs" glued to its number ("NHS4857773456") or a word ("nhsnumber") still counts.
                return end
            }
        }
        return nil
    }

    /// The byte range of ten digits grouped any way that starts within `reach` bytes of `start`, with no
    /// digit between the cue and it, or nil.
    private static func number(_ bytes: [UInt8], after start: Int) -> Range<Int>? {
        var first = start
        while first < bytes.count, first - start <= reach, !ASCIIBytes.isDigit(bytes[first]) { first += 1 }
        guard first < bytes.count, ASCIIBytes.isDigit(bytes[first]), first - start <= reach else { return nil }
        var digits = 0
        var groupStart = first
        var years = 0
        var end = first
        var cursor = first
        // Where the tenth digit ended a group, and the digits after it: "nhs 485 777 3456 2 times" is the number
        // and a count.
        var endAtTen: Int?
        var afterTen = 0
        while cursor < bytes.count {
            if ASCIIBytes.isDigit(bytes[cursor]) {
                if cursor == groupStart || !ASCIIBytes.isDigit(bytes[cursor - 1]) { groupStart = cursor }
                digits += 1
                if digits > 10 { afterTen += 1 }
                if digits == 10, cursor + 1 == bytes.count || !ASCIIBytes.isDigit(bytes[cursor + 1]) { endAtTen = cursor + 1 }
                if cursor + 1 == bytes.count || !ASCIIBytes.isDigit(bytes[cursor + 1]), isYear(bytes[groupStart...cursor]) { years += 1 }
                cursor += 1
                end = cursor
                continue
            }
            // One mark, perhaps with a space on either side, between groups: "485 , 777", "485_777", "485 - 777".
            var gap = cursor
            var marks = 0
            while gap < bytes.count, gap - cursor < 3, bytes[gap] == 32 || separators.contains(bytes[gap]) {
                if bytes[gap] != 32 { marks += 1 }
                gap += 1
            }
            guard marks <= 1, gap > cursor, gap < bytes.count, ASCIIBytes.isDigit(bytes[gap]) else { break }
            cursor = gap
        }
        // "in 2019, 2020 and 21": years in a row are no number.
        guard years < 2 else { return nil }
        if digits > 10, let endAtTen, (1...3).contains(afterTen), bytes[endAtTen] == 32, ASCIIBytes.isDigit(bytes[endAtTen + 1]),
           digits - afterTen == 10 {
            return first..<endAtTen
        }
        guard digits == 10 else { return nil }
        // Not the start of a longer number: "4857773456123".
        return end < bytes.count && ASCIIBytes.isDigit(bytes[end]) ? nil : first..<end
    }

    private static func isYear(_ group: ArraySlice<UInt8>) -> Bool {
        group.count == 4 && (group.starts(with: [49, 57]) || group.starts(with: [50, 48]))
    }

    private static let cues: [[UInt8]] = [Array("nhs".utf8), Array("health".utf8)]
    private static let separators: Set<UInt8> = Set(",._-/".utf8)

}

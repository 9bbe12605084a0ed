/// A whole NHS or phone number with a small count typed after it ("nhs 485 777 3456 2 times they asked",
/// "rang 07700 900123 3 times"): two things, the number and the sentence's count. Read as one run, the digits
/// make an eleven- or twelve-digit number taken for a `[phone number]` with the count in it, and an NHS number
/// of the wrong kind.
enum NumberAndCount {
    /// The number of digits that make the number when the last group (one to three digits, after a single
    /// space) is a count after a whole number: ten digits passing the NHS check or grouped 3-3-4, or a UK phone
    /// (eleven digits from "0", twelve from "44", or "+" and eleven to thirteen). Nil when the run is one thing.
    static func numberBeforeCount(_ digits: [UInt8], groups: [Int], lastGapIsSpace: Bool, startsWithPlus: Bool) -> Int? {
        let filled = groups.filter { $0 > 0 }
        guard lastGapIsSpace, filled.count >= 2, let count = filled.last, (1...3).contains(count),
              filled[filled.count - 2] >= 3 else { return nil }
        let kept = digits.count - count
        let number = digits.prefix(kept)
        if kept == 10, number.first != 48, filled.dropLast() == [3, 3, 4] || DigitRuns.isValidNHSNumber(String(decoding: number, as: UTF8.self)) { return kept }
        if startsWithPlus, (11...13).contains(kept), number.starts(with: [52, 52]) { return kept }
        if kept == 11, number.first == 48, number.dropFirst().first != 48 { return kept }
        if kept == 12, number.starts(with: [52, 52]) { return kept }
        return nil
    }
}

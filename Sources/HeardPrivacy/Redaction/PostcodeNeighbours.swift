/// Postcodes in shapes the postcode patterns do not meet:
/// - spelt with spaces between its letters and digits ("s O 4 0 J z", "t r2 5zq", "ne7 3 lu"): short tokens
///   that together make a whole postcode of a real area;
/// - a half beside an address or a postcode already found ("[address] in e20", "[address] (ub15)",
///   "[address] idk 9sj", "moved se2 and [postcode]");
/// - an outward code and an inward code a few words apart ("se21 or something 7dz", "n3 idk 1FJ").
/// A half is `PostcodeHalves.isHalf`'s: an outward code of a real area or an inward code a postcode may hold;
/// an inward code may look like a misspelt ordinal ("3nd"), never like a real one ("2nd", "4th").
enum PostcodeNeighbours {
    /// Whether short tokens (four letters or digits at most) in a row, joined by spaces or one mark, could
    /// spell a postcode: five to seven characters in all, from a letter to a letter, with a digit between,
    /// in three tokens or more, or in two with a mark between or an "o" opening the second ("DN31 OHU"). A
    /// test over bytes alone, as `spelt` reads.
    static func mayHold(_ text: String) -> Bool {
        // The short tokens since the last break: (length, opens with a letter, holds a digit, mark before it).
        var run: [(length: Int, letterFirst: Bool, digit: Bool, marked: Bool, opensWithO: Bool)] = []
        var length = 0
        var digit = false
        var letterFirst = false
        var opensWithO = false
        var lastIsLetter = false
        var marked = false
        for byte in text.utf8 {
            let isDigit = byte >= 48 && byte <= 57
            let isLetter = (byte | 32) >= 97 && (byte | 32) <= 122
            if isDigit || isLetter {
                if length == 0 {
                    letterFirst = isLetter
                    opensWithO = byte | 32 == 111
                }
                length += 1
                digit = digit || isDigit
                lastIsLetter = isLetter
                continue
            }
            if length > 0 {
                if length <= 4 {
                    run.append((length, letterFirst, digit, marked, opensWithO))
                    if lastIsLetter && mayEndPostcode(run) { return true }
                    if run.count > 7 { run.removeFirst() }
                } else {
                    run.removeAll(keepingCapacity: true)
                }
                marked = false
                length = 0
                digit = false
            }
            if byte == 46 || byte == 45 || byte == 47 {
                marked = true
            } else if byte != 32 {
                run.removeAll(keepingCapacity: true)
                marked = false
            }
        }
        if length > 0 && length <= 4 && lastIsLetter {
            run.append((length, letterFirst, digit, marked, opensWithO))
            return mayEndPostcode(run)
        }
        return false
    }

    /// Whether the run's last tokens, back from its end, make five to seven characters from a token that opens
    /// with a letter, with a digit, in three tokens or two that no pattern reads.
    private static func mayEndPostcode(_ run: [(length: Int, letterFirst: Bool, digit: Bool, marked: Bool, opensWithO: Bool)]) -> Bool {
        var total = 0
        var digit = false
        var count = 0
        for token in run.reversed() {
            total += token.length
            digit = digit || token.digit
            count += 1
            if total > 7 { return false }
            let unread = count >= 3 || count == 2 && (run.last!.marked || run.last!.opensWithO)
            if total >= 5, token.letterFirst, digit, unread { return true }
        }
        return false
    }

    /// Whether an address or a postcode has been found, or a letter stands before a digit and a digit before a
    /// letter (an outward and an inward code): a test over bytes alone.
    static func mayHoldNeighbours(_ text: String) -> Bool {
        if text.utf8.contains(93), ASCIISearch.contains(text, "[address]") || ASCIISearch.contains(text, "[postcode]") { return true }
        // An outward code's shape ("se21", "n3") and, after it, an inward code's ("7dz").
        var outward = false
        var start = 0
        let bytes = Array(text.utf8)
        for end in 0...bytes.count where end == bytes.count || !isWordByte(bytes[end]) {
            let word = bytes[start..<end]
            start = end + 1
            guard (2...4).contains(word.count) else { continue }
            let letters = word.prefix { ASCIIBytes.isLetter($0) }.count
            if outward, word.count == 3, ASCIIBytes.isDigit(word[word.startIndex]), letters == 0,
               word.dropFirst().allSatisfy(ASCIIBytes.isLetter) {
                return true
            }
            if (1...2).contains(letters), letters < word.count, ASCIIBytes.isDigit(word[word.startIndex + letters]) { outward = true }
        }
        return false
    }

    private static func isWordByte(_ byte: UInt8) -> Bool { ASCIIBytes.isDigit(byte) || ASCIIBytes.isLetter(byte) }

    /// Postcodes spelt with spaces only: before the postcode patterns, which would take a piece of one.
    static func redactSpelt(_ text: String) -> String { redact(text, spelt: true) }

    /// Halves beside an address or a postcode, and halves a few words apart: after addresses are found.
    static func redactNeighbours(_ text: String) -> String { redact(text, spelt: false) }

    static func redact(_ text: String, spelt readsSpelt: Bool) -> String {
        let words = PostcodeHalves.wordRanges(text)
        guard words.count >= 2 else { return text }
        let lower = words.map { text[$0].lowercased() }
        var found: [Range<String.Index>] = []
        var index = 0
        while index < words.count {
            if readsSpelt {
                if let end = spelt(text, words, lower, from: index) {
                    found.append(words[index].lowerBound..<words[end].upperBound)
                    index = end + 1
                } else {
                    index += 1
                }
                continue
            }
            let word = lower[index]
            if word == Placeholder.address.rawValue || word == Placeholder.postcode.rawValue {
                // Two words after either; two before a postcode ("se2 and [postcode]").
                for next in (index + 1)..<min(words.count, index + 3) where isHalf(lower[next]) && lower[next - 1] != "the" {
                    found.append(words[next])
                    break
                }
                if word == Placeholder.postcode.rawValue {
                    for previous in stride(from: index - 1, through: max(0, index - 2), by: -1) where isOutward(lower[previous]) {
                        found.append(words[previous])
                        break
                    }
                }
            } else if isOutward(word), index == 0 || lower[index - 1] != "the" {
                // "se21 or something 7dz": the inward code within three words.
                for next in (index + 1)..<min(words.count, index + 4) where isInward(lower[next]) {
                    found.append(words[index])
                    found.append(words[next])
                    break
                }
            }
            index += 1
        }
        guard !found.isEmpty else { return text }
        var result = text
        var last: Range<String.Index>?
        for range in found.sorted(by: { $0.lowerBound > $1.lowerBound }) {
            if let last, range.overlaps(last) { continue }
            result.replaceSubrange(range, with: Placeholder.postcode.rawValue)
            last = range
        }
        return result
    }

    /// The last of three to seven short tokens from `first` that together spell a whole postcode of a real area
    /// ("s O 4 0 J z", "t r2 5zq", "ne7 3 lu"), with single spaces between; or nil.
    static func spelt(_ text: String, _ words: [Range<String.Index>], _ lower: [String], from first: Int) -> Int? {
        var joined = ""
        var index = first
        var best: Int?
        var marked = false
        while index < words.count, index - first < 7 {
            let word = lower[index]
            guard word.count <= 4, word.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { break }
            if index > first {
                let gap = text[words[index - 1].upperBound..<words[index].lowerBound]
                guard isSpeltGap(gap) else { break }
                if gap != " " { marked = true }
            }
            joined += word
            // Three tokens or more; or two with a mark between ("ls17-2ab") or a letter O for a nought ("DN31 OHU"),
            // which no pattern reads.
            if index - first >= 2 || index - first == 1 && (marked || !isWhole(joined, noughts: false)),
               joined.count >= 5, joined.count <= 7, isWhole(joined) {
                best = index
            }
            if joined.count > 7 { break }
            index += 1
        }
        return best
    }

    /// One space, or one mark with spaces round it: "L S 1", "L.S.1.7", "ls17 - 2ab", "ls17/2ab".
    static func isSpeltGap(_ gap: Substring) -> Bool {
        let marks = gap.filter { $0 != " " }
        return gap.count <= 3 && (marks.isEmpty ? gap == " " : marks.count == 1 && ".-/".contains(marks.first!))
    }

    /// A whole postcode of a real area, no spaces: "so40jz", "tr25zq"; with `noughts`, also with a letter O
    /// where a digit stands ("dn31ohu", "dn3o1hu").
    static func isWhole(_ code: String, noughts: Bool = true) -> Bool {
        var characters = Array(code)
        guard characters.count >= 5 else { return false }
        if noughts {
            let inward = characters.count - 3
            if characters[inward] == "o" { characters[inward] = "0" }
            // The outward code's digits: after its letters, and a last "o" after a digit.
            if characters[inward - 1] == "o", characters[inward - 2].isNumber { characters[inward - 1] = "0" }
        }
        let inward = characters.suffix(3)
        guard inward.first?.isNumber == true, inward.dropFirst().allSatisfy({ inwardLetters.contains($0) }) else { return false }
        let outward = String(characters.dropLast(3))
        return isOutward(outward)
    }

    /// "e20", "ub15", "sw1a", "se21": letters of a real area, then a digit, then a digit or a letter.
    static func isOutward(_ word: String) -> Bool {
        let characters = Array(word)
        guard (2...4).contains(characters.count), characters.allSatisfy({ $0.isASCII }) else { return false }
        let letters = characters.prefix { $0.isLetter }
        guard (1...2).contains(letters.count), letters.count < characters.count, characters[letters.count].isNumber else { return false }
        let rest = characters[(letters.count + 1)...]
        guard rest.count <= 1, rest.allSatisfy({ $0.isNumber || $0.isLetter }) else { return false }
        return PostcodeAreas.all.contains(String(letters).uppercased()) && !textSpeak.contains(word)
    }

    /// "7dz", "9qn", "3nd" (not an ordinal: "3rd" is): a digit and two letters an inward code may hold.
    static func isInward(_ word: String) -> Bool {
        let characters = Array(word)
        guard characters.count == 3, characters[0].isASCII, characters[0].isNumber,
              characters.dropFirst().allSatisfy({ inwardLetters.contains($0) }) else { return false }
        let suffix = String(characters.dropFirst())
        let ordinal = ["1": "st", "2": "nd", "3": "rd"][characters[0]] ?? "th"
        return suffix != ordinal
    }

    static func isHalf(_ word: String) -> Bool { isOutward(word) || isInward(word) }

    private static let textSpeak: Set<String> = ["b4", "l8", "m8", "w8", "h8", "b8", "gr8", "m1", "m25", "a1"]
    private static let inwardLetters = Set("abdefghjlnpqrstuwxyz")
}

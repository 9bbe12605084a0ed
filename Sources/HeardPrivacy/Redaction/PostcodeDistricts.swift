/// A postcode's first half alone, told by the town or the area said with it: "my placement was de23, Derby",
/// "moved to st4 stoke", "the n17 bit of Tottenham", "stuck in m8 area". An outward code of a real postcode area
/// (`PostcodeNeighbours.isOutward`) followed by a town everyone knows (`Gazetteer.places`), or by "area", "bit",
/// "side" or "end"; text-speak that looks like one ("m8", "l8") only before "area". A code with no town or area
/// beside it stays ("on the a1", "my b4 results").
enum PostcodeDistricts {
    static func redact(_ text: String) -> String {
        guard mayHold(text) else { return text }
        let words = PostcodeHalves.wordRanges(text)
        guard words.count >= 2 else { return text }
        var found: [Range<String.Index>] = []
        for index in words.indices.dropLast() {
            let word = text[words[index]].lowercased()
            guard word.count <= 4, word.first?.isLetter == true, word.contains(where: \.isNumber) else { continue }
            let next = NameKey.key(text[words[index + 1]].lowercased())
            let gap = text[words[index].upperBound..<words[index + 1].lowerBound]
            guard gap == " " || gap == ", " else { continue }
            let areaAfter = gap == " " && areaWords.contains(next)
            let shaped = PostcodeNeighbours.isOutward(word) || areaAfter && next == "area" && isOutwardShape(word)
            guard shaped, areaAfter || next.count >= 3 && Gazetteer.places.contains(single: next)
                && !NameCues.functionWords.contains(next) else { continue }
            found.append(words[index])
        }
        guard !found.isEmpty else { return text }
        var result = text
        for range in found.reversed() { result.replaceSubrange(range, with: Placeholder.postcode.rawValue) }
        return result
    }

    /// "the n17 bit of", "m8 area", "the e15 side", "the de23 end".
    static let areaWords: Set<String> = ["area", "bit", "side", "end", "postcode"]

    /// Letters of a real postcode area and one or two digits, text-speak or not ("m8").
    private static func isOutwardShape(_ word: String) -> Bool {
        let letters = word.prefix { $0.isLetter }
        let digits = word.dropFirst(letters.count)
        return (1...2).contains(letters.count) && (1...2).contains(digits.count) && digits.allSatisfy(\.isNumber)
            && PostcodeAreas.all.contains(letters.uppercased())
    }

    /// Whether a word of one or two ASCII letters then a digit is in the comment: a test over bytes.
    /// Read in place from the string's own bytes (a native string's are contiguous), without copying them.
    static func mayHold(_ text: String) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable(mayHold(bytes:)) { return answer }
        return Array(text.utf8).withUnsafeBufferPointer(mayHold(bytes:))
    }

    private static func mayHold(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 1 < bytes.count {
            let startsWord = index == 0 || !ASCIIBytes.isLetter(bytes[index - 1]) && !(bytes[index - 1] >= 48 && bytes[index - 1] <= 57)
            if startsWord, ASCIIBytes.isLetter(bytes[index]) {
                let second = bytes[index + 1]
                if second >= 48 && second <= 57 { return true }
                if ASCIIBytes.isLetter(second), index + 2 < bytes.count, bytes[index + 2] >= 48 && bytes[index + 2] <= 57 { return true }
            }
            index += 1
        }
        return false
    }

}

import HeardCore

/// Address parts of countries whose streets carry no street word in English eyes, read as pieces of
/// `foreignChain`: a number and the word that says what it counts ("545 nong", "45 hao", as pinyin writes a
/// lane and a house), and a street's own name after its house number ("230 Tran Hung Dao, Q.6", "hem 94 Cach
/// Mang Thang Tam"). A name piece is never enough alone: the chain needs another part ("Q.6", "hem 94"), so
/// "i was 15 Tayvion" and "we had 3 Kinder eggs" stay.
extension AddressFinder {
    /// "545 nong", "45 hao": a number, then the word naming what it numbers.
    func countedPiece(at index: Int) -> Piece? {
        guard isLeadingHouseNumber(index), index + 1 < tokens.count, streetMarks[index + 1].contains(.counted),
              link(before: index + 1) == .tight else { return nil }
        return (index + 2, !StreetWords.shipped.english.contains(tokens[index + 1].lower))
    }

    /// "jianguo lu 45 hao": the counted word after a piece that ended in its number.
    func countedAfter(_ end: Int) -> Int {
        guard end > 0, end < tokens.count, tokens[end - 1].kind == .number, streetMarks[end].contains(.counted),
              link(before: end) == .tight else { return end }
        return end + 1
    }

    /// "230 Tran Hung Dao", or after a part ending in a number ("hem 94 Cach Mang Thang Tam", "Road 14, Uttara"):
    /// one to four words of its own (capitalised, or no everyday list holds them). Always a weak piece.
    func namePiece(at index: Int, afterNumber: Bool) -> Piece? {
        var cursor = index
        if !afterNumber {
            guard isLeadingHouseNumber(index), !["2", "4"].contains(tokens[index].text), index + 1 < tokens.count,
                  link(before: index + 1) == .tight else { return nil }
            cursor += 1
        }
        let first = cursor
        // Words joined by spaces only: "Bağlar/Diyarbakır / JUSTICE" is a town and the comment again.
        while cursor < tokens.count, cursor - first < 4, tokens[cursor].kind == .word,
              cursor == first || separator(before: cursor).allSatisfy({ $0 == " " }),
              !AddressWords.stops.contains(tokens[cursor].lower), isOwnWord(cursor, own: .distinctive),
              // "Shanghai No. 2 Middle School": a school's number.
              !SchoolRedaction.isSchoolWord(tokens[cursor].lower) {
            cursor += 1
        }
        return cursor > first ? (cursor, false) : nil
    }
}

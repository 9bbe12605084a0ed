/// Addresses written the way of another country, read as a chain of parts from `StreetWords`: a street word and
/// its name ("ul. Floriańska", "rruga e Kavajës", "khiyaban-e azadi"), a name and its street word ("Darulaman
/// wat", "papatya sk."), parts named by a number ("m. 3", "д. 5", "kocha 17", "bl. D5", "No: 15"), a floor ("2ος
/// όροφος", "3º izq") and words of another alphabet with a number ("Αχαρνών 230", "مربع ٢٢"). Parts join by
/// spaces, commas (also "،"), an abbreviation's dot or a colon. One part is enough when it is plainly another
/// language's; a word that is also English ("via", "house", "street", "so") needs a second part or a name of
/// its own and a number ("via Garibaldi 12", "house 12, street 5"), so "via email" and "house 2 of us" stay.
extension AddressFinder {
    private var streetWords: StreetWords { StreetWords.shipped }

    /// The end of a chain of foreign address parts starting at `index`, or nil. With `continuing`, one part of
    /// any strength after an address already found ("[address], kv. 30").
    func foreignChain(at index: Int, continuing: Bool = false) -> Int? {
        guard index < tokens.count, mayStartChain(index) else { return nil }
        var cursor = index
        var pieces = 0
        var strong = false
        // "VAN GOGHSTRAAT 55", "Am Lindenplatz 35": a small word before a one-word street.
        if has(cursor, .foreignJoining), cursor + 1 < tokens.count, link(before: cursor + 1) == .tight,
           let end = foreignStreet(at: cursor + 1), streetWords.endsLikeStreet(tokens[cursor + 1].lower) {
            return end
        }
        while cursor < tokens.count, pieces < 8 {
            if pieces > 0 {
                guard let gap = link(before: cursor), gap != .dotOnly || isAbbreviation(cursor - 1) else { break }
            }
            guard let piece = numberThenStreet(at: cursor) ?? countedPiece(at: cursor) ?? numberedPiece(at: cursor)
                    ?? beforePiece(at: cursor, numbered: false) ?? afterPiece(at: cursor)
                    ?? otherAlphabetPiece(at: cursor) ?? (pieces > 0 ? floorPiece(at: cursor) : nil)
                    ?? namePiece(at: cursor, afterNumber: pieces > 0 && tokens[cursor - 1].kind == .number) else { break }
            cursor = countedAfter(piece.end)
            pieces += 1
            strong = strong || piece.strong
        }
        guard pieces > 0, strong || pieces >= 2 || continuing && link(before: index) == .comma else { return nil }
        return cursor
    }

    /// Whether a chain could start at `index`: a street word, a number before one, or a name before a street
    /// word within three words ("Atatürk Caddesi"). Most tokens are none of these.
    private func mayStartChain(_ index: Int) -> Bool {
        if !streetMarks[index].isEmpty { return true }
        if tokens[index].kind == .number {
            return index + 1 < tokens.count && (streetMarks[index + 1].contains(.before) || streetMarks[index + 1].contains(.counted)
                || isOwnWord(index + 1, own: .distinctive))
        }
        if has(index, .foreignJoining) { return index + 1 < tokens.count && tokens[index + 1].lower.utf8.count >= 6 }
        guard tokens[index].kind == .word else { return false }
        return (index + 1..<min(index + 4, tokens.count)).contains { streetMarks[$0].contains(.after) }
    }

    typealias Piece = (end: Int, strong: Bool)

    /// "77, boulevard voltaire", "44ter avenue de la Gare", "bât. G, 111 allée des Tilleuls": a number before the street.
    private func numberThenStreet(at index: Int) -> Piece? {
        // Not "2" or "4", text-speak for "to" and "for" ("we 2 av to move").
        guard isLeadingHouseNumber(index), !["2", "4"].contains(tokens[index].text), index + 1 < tokens.count,
              link(before: index + 1) != nil else { return nil }
        return beforePiece(at: index + 1, numbered: true)
    }

    /// "kv. 30", "д. 5", "kocha 17", "kor number 90", "bl D5", "No:95", "bât. G", "house no 912".
    private func numberedPiece(at index: Int) -> Piece? {
        guard streetMarks[index].contains(.numbered) else { return nil }
        let word = tokens[index].lower
        var value = index + 1
        if isWord(value, in: AddressWords.numberMarkers), word != "no", link(before: value) == .tight { value += 1 }
        guard value < tokens.count, link(before: value) == .tight || link(before: value) == .dotOnly else { return nil }
        let token = tokens[value]
        let isValue = token.kind == .number || token.kind == .code
            || token.kind == .word && token.text.count <= 2 && word.count > 1
                && (!streetWords.english.contains(word) || link(before: value) == .dotOnly)
                && !AddressWords.stops.contains(token.lower) && !streetMarks[value].contains(.numbered)
        guard isValue else { return nil }
        if token.kind == .number, !isHouseNumber(token.text), !(token.text.count <= 6 && token.text.allSatisfy(\.isNumber)) { return nil }
        // "nr 4", "no 5", "m 3": a number's marker or a letter is one part of several, never an address alone.
        return (value + 1, !streetWords.english.contains(word) && word.count > 2 && !AddressWords.numberMarkers.contains(word))
    }

    /// "ul. Floriańska 14", "rue de la Paix", "calle 63", "c/ Mayor 5", "rruga e Kavajës", "via Garibaldi 12".
    /// With `numbered`, a house number stands before it, so an English word's street needs no number after.
    private func beforePiece(at index: Int, numbered: Bool) -> Piece? {
        guard streetMarks[index].contains(.before) else { return nil }
        let word = tokens[index].lower
        let spanishC = word == "c" && separator(after: index).hasPrefix("/") && !separator(after: index).hasPrefix("/o")
        guard word != "c" || spanishC else { return nil }
        let english = streetWords.english.contains(word)
        var cursor = index + 1
        guard cursor < tokens.count, link(before: cursor) == .tight || link(before: cursor) == .dotOnly || spanishC else { return nil }
        // "calle 63", "rua 27", "street 47": the street's number straight after its word.
        if tokens[cursor].kind == .number, isHouseNumber(tokens[cursor].text) {
            return (cursor + 1, !english || numbered)
        }
        var names = 0
        var distinctive = false
        var foreignJoin = false
        while cursor < tokens.count, names < 4, tokens[cursor].kind == .word, cursor == index + 1 || link(before: cursor) == .tight {
            let lower = tokens[cursor].lower
            if streetMarks[cursor].contains(.numbered) || streetMarks[cursor].contains(.floor) { break }
            let joining = names > 0 && has(cursor, .foreignJoining) && cursor + 1 < tokens.count && tokens[cursor + 1].kind == .word
            if has(cursor, .foreignJoining), names == 0, cursor + 1 < tokens.count, tokens[cursor + 1].kind == .word {
                // "rue de la Paix", "Rr. e Kavajës": a small word first.
                foreignJoin = true
                cursor += 1
                continue
            }
            if joining { foreignJoin = true; cursor += 1; continue }
            guard !AddressWords.stops.contains(lower), isOwnWord(cursor, own: .notFunction) || !tokens[cursor].text.allSatisfy(\.isASCII) else { break }
            if isOwnWord(cursor, own: .distinctive) || !tokens[cursor].text.allSatisfy(\.isASCII) { distinctive = true }
            names += 1
            cursor += 1
        }
        guard names > 0 else { return nil }
        var end = cursor
        var number = false
        if isWord(end, in: ["nr", "no", "nº", "n°", "number"]) || isWord(end, in: ["n"]) && end + 1 < tokens.count && link(before: end + 1) == .dotOnly,
           end + 1 < tokens.count, tokens[end + 1].kind == .number,
           link(before: end + 1) == .tight || link(before: end + 1) == .dotOnly { end += 1 }
        if end < tokens.count, tokens[end].kind == .number || tokens[end].kind == .code, isHouseNumber(tokens[end].text),
           link(before: end) == .tight || link(before: end) == .comma || end > cursor && link(before: end) == .dotOnly {
            end += 1
            number = true
        } else {
            end = cursor
        }
        if english {
            // "via Garibaldi 12", "17 avenue de la Gare", "77, boulevard voltaire": a name of its own and a number;
            // "sharia al-thawra, binaya 14": a name of its own, then another part.
            guard distinctive || foreignJoin else { return nil }
            if number, end < tokens.count, tokens[end].kind == .word, Self.countNouns.contains(tokens[end].lower) || Self.measures.contains(tokens[end].lower) {
                return nil  // "i am Kyle 15 years old"
            }
            return (end, number || numbered || foreignJoin && tokens[index].isCapitalised)
        }
        // "ul Krakowska", "str Trandafirilor", "rruga bajram curri": another language's street word and a name.
        guard distinctive || number || foreignJoin || tokens[index].text.count > 3 else { return nil }
        return (end, distinctive || number || foreignJoin)
    }

    /// "Atatürk Caddesi No: 15", "Darulaman wat", "papatya sk.", "Bakhtiari quarter": a name and its street word.
    private func afterPiece(at index: Int) -> Piece? {
        var cursor = index
        var distinctive = false
        while cursor < tokens.count, cursor - index < 3, tokens[cursor].kind == .word, cursor == index || link(before: cursor) == .tight {
            let lower = tokens[cursor].lower
            if cursor > index, streetMarks[cursor].contains(.after) {
                let english = streetWords.english.contains(lower)
                guard distinctive else { return nil }
                // "Berliner Str. 45", "Atatürk Caddesi No: 15": the house number after the street word.
                var end = cursor + 1
                if isWord(end, in: ["no", "nr", "nº", "n°"]), end + 1 < tokens.count, tokens[end + 1].kind == .number,
                   link(before: end) != nil, link(before: end + 1) != nil, link(before: end + 1) != .comma { end += 1 }
                if end < tokens.count, tokens[end].kind == .number, isHouseNumber(tokens[end].text), let link = link(before: end), link != .comma {
                    return (end + 1, true)
                }
                // "Bakhtiari quarter", "Darulaman wat": an English or short word counts only as one of several parts.
                return (cursor + 1, !english && lower.count > 3)
            }
            guard !AddressWords.stops.contains(lower), isOwnWord(cursor, own: .notGeneric) || !tokens[cursor].text.allSatisfy(\.isASCII),
                  !streetMarks[cursor].contains(.numbered), !streetMarks[cursor].contains(.before) || cursor > index else { return nil }
            if isOwnWord(cursor, own: .distinctive) || !tokens[cursor].text.allSatisfy(\.isASCII) { distinctive = true }
            cursor += 1
        }
        return nil
    }

    /// "Αχαρνών 230", "مربع ٢٢", "ወረዳ 8": one to three words of another alphabet, then a number.
    private func otherAlphabetPiece(at index: Int) -> Piece? {
        var cursor = index
        while cursor < tokens.count, cursor - index < 3, streetMarks[cursor].contains(.otherAlphabet),
              cursor == index || link(before: cursor) == .tight {
            cursor += 1
        }
        guard cursor > index, cursor < tokens.count, tokens[cursor].kind == .number, link(before: cursor) == .tight,
              // "сш №3", "школа 5": a school's number is the school finder's.
              !(index..<cursor).contains(where: { SchoolRedaction.startingWords.contains(NameKey.key(tokens[$0].lower)) }) else { return nil }
        return (cursor + 1, true)
    }

    /// "2ος όροφος", "3os orofos", "3º izq", "7ºg", "2ème étage": a floor after the street.
    private func floorPiece(at index: Int) -> Piece? {
        guard tokens[index].kind == .number, let first = tokens[index].text.first, first.isNumber,
              tokens[index].text.count <= 6 else { return nil }
        let next = index + 1
        if next < tokens.count, streetMarks[next].contains(.floor), link(before: next) == .tight {
            return (next + 1, true)
        }
        if tokens[index].text.contains(where: { $0 == "º" || $0 == "ª" || $0 == "°" }) { return (next, true) }
        return nil
    }

    /// "44ter", "12bis", "77", "104/4": a house number that may open a French or Vietnamese address.
    func isLeadingHouseNumber(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .number else { return false }
        let text = tokens[index].text
        let digits = text.prefix { $0.isNumber }
        let rest = text.dropFirst(digits.count).lowercased()
        return (1...4).contains(digits.count) && (isHouseNumber(text) || ["bis", "ter", "quater"].contains(rest))
    }

    /// Small words inside a street's name in other languages: "rue de la Paix", "Rr. e Kavajës", "aleea ștefan cel mare".
    static let joining: Set<String> = [
        "de", "la", "le", "les", "des", "du", "del", "della", "dei", "di", "da", "do", "dos", "das", "van", "von", "der",
        "den", "am", "e", "i", "y", "cel", "al", "el", "ul", "bin", "ibn",
    ]

    // MARK: Separators

    enum Link { case tight, dotOnly, comma }

    /// What joins token `index` to the one before: spaces (or an abbreviation's dot, a colon or "#", "No:95"),
    /// a comma or a line break, or nil for anything else.
    func link(before index: Int) -> Link? {
        guard index > 0, index < tokens.count else { return nil }
        let between = separator(before: index)
        if between.isEmpty { return tokens[index].kind == .number && tokens[index - 1].kind == .word ? .tight : nil }
        var comma = false
        var dot = false
        for character in between {
            switch character {
            case " ", "\t", "\u{00A0}": continue
            case ",", "،", "\n", "\r", "\r\n": comma = true
            case ".": dot = true
            case ":", "#", "/", "-", "№": continue
            default: return nil
            }
        }
        if comma { return .comma }
        return dot ? .dotOnly : .tight
    }

    func separator(before index: Int) -> Substring {
        tokens[index].text.base[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound]
    }

    func separator(after index: Int) -> Substring {
        let base = tokens[index].text.base
        let end = index + 1 < tokens.count ? tokens[index + 1].range.lowerBound : base.endIndex
        return base[tokens[index].range.upperBound..<end]
    }

    /// A short word whose dot is an abbreviation's ("ul.", "bl.", "д."), not a sentence's end.
    private func isAbbreviation(_ index: Int) -> Bool {
        index >= 0 && tokens[index].kind == .word && tokens[index].lower.count <= 5
            && (streetWords.lists(tokens[index].lower) || AddressWords.numberMarkers.contains(tokens[index].lower))
    }
}

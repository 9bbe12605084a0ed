/// Handles spelt out rather than typed: pieces joined by the words that name symbols ("king DOT ilyas99",
/// "zuziaboss under score 07", "maz minus 4ever minus xo", "jay full stop 61") and letters spaced one by one,
/// with "double" and digits in words ("r u B Y b o double s underscore 2 0 0 7", "s. k. y. e. underscore. p",
/// "b-r-u-m-undrscore-D-E-J-A").
///
/// A run is read from the tokens (`SpokenTokens`): letters or digits alone, digit words, short numbers,
/// "double"/"treble" before one of those, symbol words, and whole words only beside a symbol word. The
/// spaces and marks between its tokens stay of one kind ("b. b. y." or "b b y"), so the words after a handle
/// are not taken with it. A run is a handle when an underscore is named in it; when another symbol is named
/// and the place offers a handle (`HandlePlaces`) or four letters are spelt; or when four letters or more
/// (two different) are spaced where a handle is offered, or six with a digit anywhere.
enum SpokenHandles {
    enum Item: Equatable {
        case single(isLetter: Bool)
        case number
        case symbol(strong: Bool)
        case piece
    }

    static func redact(_ text: String) -> String {
        SpokenTokens.redact(text, mayHold: mayHold) { tokens, index in
            guard let last = handle(tokens, from: index) else { return (nil, index + 1) }
            var start = tokens.tokens[index].start
            let before = tokens.gap(before: index)
            if before.last == 64 || (before.last == 32 && before.dropLast().last == 64) { start = before.lastIndex(of: 64)! }
            // "at sign rojin full stop ro 7560": the "@" said goes with the handle.
            if let said = spokenAt(tokens, before: index), said.named { start = tokens.tokens[index - said.tokens].start }
            return ((start..<tokens.tokens[last].end, .handle), last + 1)
        }
    }

    /// The last token of a spelt-out handle that starts at `first`, or nil.
    static func handle(_ tokens: SpokenTokens, from first: Int) -> Int? {
        let all = tokens.tokens
        // "i'm M I S F I T": the letter after an apostrophe is the word's own ("m" of "i'm"), not a handle's first.
        if let mark = tokens.gap(before: first).last, mark == 39 || mark == 0x99, tokens.gap(before: first).count <= 3 { return nil }
        var items: [Item] = []
        var letters: Set<String> = []
        var lastOfItem: [Int] = []
        var spacedOnly: Bool?
        var index = first
        let saidAt = spokenAt(tokens, before: first)
        let afterAt = tokens.gap(before: first).last == 64 || tokens.gap(before: first).suffix(2).first == 64 || saidAt?.named == true
        // A handle is short: forty tokens bound the work from each start.
        while index < all.count, index - first < 40 {
            if index > first {
                let gap = tokens.gap(before: index)
                guard SpokenTokens.isGap(gap, marks: gapMarks, limit: 3) else { break }
                let spaced = gap.allSatisfy { $0 == 32 }
                // One kind of gap throughout: "b. b. y. x i want" ends at "x".
                if let kind = spacedOnly, kind != spaced { break }
                spacedOnly = spaced
            }
            let previous = items.last
            let symbol = symbolLength(tokens, at: index)
            if symbol > 0 {
                // "kai underscore underscore 9": a symbol named twice is two of it.
                guard let previous, !isSymbol(previous) || items.count >= 2 else { break }
                items.append(.symbol(strong: isStrong(tokens, at: index)))
                index += symbol
                lastOfItem.append(index - 1)
                continue
            }
            let token = all[index]
            // "at sign sid full stop lil 8062": a number closing a handle said with its "@".
            if previous == .piece, saidAt != nil, token.isNumber, token.length <= 4, items.contains(where: isSymbol) {
                items.append(.number)
                lastOfItem.append(index)
                index += 1
                continue
            }
            if previous == .piece && !(afterAt && items.count == 1) { break }
            if DigitWords.multipliers[token.key] != nil, index + 1 < all.count,
               SpokenTokens.isGap(tokens.gap(after: index), marks: gapMarks, limit: 3), isSingle(all[index + 1]) {
                items.append(.single(isLetter: all[index + 1].letters == 1))
                if all[index + 1].letters == 1 { letters.insert(all[index + 1].key) }
                index += 2
                lastOfItem.append(index - 1)
                continue
            }
            // "capital k a s i a", "lil capital c l a y": a letter's case said before it is the letter's.
            if Self.letterCases.contains(token.key), index + 1 < all.count, all[index + 1].letters == 1, all[index + 1].length == 1,
               SpokenTokens.isGap(tokens.gap(after: index), marks: gapMarks, limit: 3) {
                items.append(.single(isLetter: true))
                letters.insert(all[index + 1].key)
                index += 2
                lastOfItem.append(index - 1)
                continue
            }
            if isSingle(token) {
                items.append(.single(isLetter: token.letters == 1))
                if token.letters == 1 { letters.insert(token.key) }
            } else if token.isNumber && token.length <= 4 {
                items.append(.number)
            } else if token.isASCII && token.length <= 24 {
                // A whole word only beside a symbol word: after one, or with one next.
                let nextIsSymbol = index + 1 < all.count && SpokenTokens.isGap(tokens.gap(after: index), marks: gapMarks, limit: 3)
                    && symbolLength(tokens, at: index + 1) > 0
                guard previous.map(isSymbol) == true || nextIsSymbol || (afterAt && items.isEmpty) else { break }
                items.append(.piece)
            } else {
                break
            }
            lastOfItem.append(index)
            index += 1
        }
        // A symbol word last joins nothing.
        while let last = items.last, isSymbol(last) {
            items.removeLast()
            lastOfItem.removeLast()
        }
        // "... DOT 2009 i dont go on": "i", "a" or "u" after a number or a word is the sentence going on.
        while items.count >= 2, items.last == .single(isLetter: true), items[items.count - 2] != .single(isLetter: true),
              let last = lastOfItem.last, ["i", "a", "u"].contains(all[last].key) {
            items.removeLast()
            lastOfItem.removeLast()
        }
        guard let end = lastOfItem.last, items.count >= 2 else { return nil }
        // "L S 1 7 2 A B" is a postcode spelt out (`PostcodeNeighbours`), not a handle.
        if !items.contains(where: isSymbol), PostcodeNeighbours.isWhole((first...end).map { all[$0].key }.joined()) { return nil }
        // "the teacher said underscore the title", "we had a hyphen lesson": everyday words about a symbol.
        let spellsSomething = (first...end).contains { index in
            let token = all[index]
            return token.digits > 0 && token.length <= 4 || isSingle(token) && !["a", "i", "u"].contains(token.key)
        }
        // "at symbol the dash dash brook": an "@" named aloud before pieces joined by a symbol is a handle's start.
        if saidAt?.named == true, items.contains(where: isSymbol) { return end }
        if !spellsSomething, (first...end).allSatisfy({ symbolLength(tokens, at: $0) > 0 || isSymbolSecond(tokens, at: $0) || isEveryday(all[$0].key) }) {
            // "my insta is at jay dot smith", "add me on insta its moonlight dot girl": everyday words joined by a
            // dot or a dash are a handle where an app offers one.
            // "insta is at grace point official": after "at" said where an app offers a handle, any symbol joins.
            guard items.allSatisfy({ $0 == .piece || isSymbol($0) }), (first...end).allSatisfy({ symbolLength(tokens, at: $0) == 0
                || joiningSymbols.contains(all[$0].key) || saidAt != nil }), HandlePlaces.shipped.offers(tokens, first: first, last: end)
            else { return nil }
            return end
        }
        let strong = items.contains(.symbol(strong: true))
        let weak = items.contains(.symbol(strong: false))
        let spelt = items.filter { $0 == .single(isLetter: true) }.count
        let singles = items.filter { if case .single = $0 { return true } else { return false } }.count
        let digits = items.contains(.single(isLetter: false)) || items.contains(.number)
        if strong || afterAt { return end }
        // "at not full stop lucan": "at" said before pieces joined by a symbol, ending in no everyday word.
        if weak, saidAt != nil, items.contains(.piece), items.last == .piece || items.last == .number,
           !isEveryday(all[end].key) || HandlePlaces.shipped.offers(tokens, first: first, last: end) {
            return end
        }
        if weak { return spelt >= 4 || HandlePlaces.shipped.offers(tokens, first: first, last: end) ? end : nil }
        // Letters spaced one by one: four at least, two of them different ("x x x x" is kisses).
        guard spelt >= 4 || singles >= 5 && spelt >= 2, letters.count >= 2 else { return nil }
        if singles >= 6 && digits && letters.count >= 3 { return end }
        return HandlePlaces.shipped.offers(tokens, first: first, last: end) ? end : nil
    }
}

/// References said partly in words, or typed in spaced groups with letters among them, read as one run of tokens
/// (`SpokenTokens`): "ref - four 949 four 71", "cas no C nine oh five eight five seven", "register number HA / 204
/// 4 / 123 six 4", "GWF oh 226 six nine five seven five", "hospital number is V43 - 21 - 69C", "quote s five 319
/// 182". A run is digit groups, digits said in English ("oh", "seven", "double three", "forty two"), letters alone and short
/// codes of letters and digits, joined by spaces or one mark ("-", "/"), perhaps opened by a code in capitals.
///
/// A run is a reference when it holds five digits or more and something besides digit groups (a digit said in a
/// word, a letter), and either a word that names a number stands just before it ("ref", "case", "no", "number",
/// "id", "log", "claim", "application", "quote"..., or one of six letters or more mistyped by a letter:
/// "incedent", "hopsital") or it
/// opens with a system's code in capitals ("GWF", "RZT", "LAC"). Digit groups alone are other readers' work
/// (`IdentifierChunks`, `DigitRuns`), and so is a phone number said in words (`SpokenPhones`: ten or eleven digits
/// from a nought, with no letter among them), a date, an NI number's shape, and counting ("one two three four five").
enum SpokenReferences {
    static let minimumDigits = 5

    static func redact(_ text: String) -> String {
        SpokenTokens.redact(text, mayHold: mayHold) { tokens, index in
            guard let last = reference(tokens, from: index) else { return (nil, index + 1) }
            return ((tokens.tokens[index].start..<tokens.tokens[last].end, .reference), last + 1)
        }
    }

    /// What a run holds, read from its first token.
    struct Run {
        var last: Int
        var digits: [UInt8] = []
        var words = 0
        var letters = 0
        /// A code of two to five letters in capitals (or a listed prefix such as "lac") opens it.
        var code: String?
        /// A group of three digits or more is in it.
        var longGroup = false
    }

    /// The last token of a reference starting at `first`, or nil.
    static func reference(_ tokens: SpokenTokens, from first: Int) -> Int? {
        // One token alone ("CH351645") is `IdentifierChunks`' to read.
        guard let run = run(tokens, from: first), run.last > first, run.digits.count >= minimumDigits, run.words + run.letters > 0
        else { return nil }
        if run.words >= 3 && SpokenPhones.isCounting(run.digits) { return nil }
        if run.letters == 0 {
            // Digits and digit words alone: a phone number said in words is `SpokenPhones`' own ("077009 double oh,
            // eight ..."), so only a word naming a reference itself (not "number", "no") makes them one.
            let plus = tokens.gap(before: first).contains(43)
            if plus || run.digits.first == 0 { return nil }
            return isCued(tokens, before: first, specific: true) ? run.last : nil
        }
        // "QQ 12 34 56 C", "YL 422484 C": an NI number's shape (two letters, six digits in groups, perhaps a
        // letter), the NI readers' own.
        if run.code?.count == 2 {
            var digits = 0
            var next = first + 1
            while next <= run.last, tokens.tokens[next].isNumber { digits += tokens.tokens[next].length; next += 1 }
            if digits == 6 { return nil }
        }
        if isCued(tokens, before: first) { return run.last }
        // "GWF oh 226 ...", "ZIP double three ...", "RZT 277 two 751": a system's code opening the run, with a
        // digit said in a word, or a code no everyday word is before digit groups ("HPU 538 ...").
        guard let code = run.code else { return nil }
        if run.words > 0 { return run.last }
        return run.longGroup && !Gazetteer.isEverydayWord(code) ? run.last : nil
    }

    /// The run of reference tokens from `first`, or nil when `first` cannot open one.
    static func run(_ tokens: SpokenTokens, from first: Int) -> Run? {
        let all = tokens.tokens
        let opening = all[first]
        let gapBefore = tokens.gap(before: first)
        // "it's five ...": the "s" of an apostrophe is no letter of a reference; "£12 five": money.
        if gapBefore.contains(where: { $0 == 39 || $0 == 0x99 || $0 == 0xA3 || $0 == 36 || $0 == 0xAC }) { return nil }
        // "DWP-PIP-443943", "x.y_12345": a run starts where a word does, not inside one joined by marks.
        if first > 0, !gapBefore.isEmpty, gapBefore.allSatisfy({ [45, 46, 47, 95, 64, 35].contains($0) }) { return nil }
        var run = Run(last: first - 1)
        var index = first
        if let code = code(tokens, at: first) {
            run.code = code
            run.letters += 1
            run.last = first
            index += 1
        } else if opening.letters == 1, opening.length == 1, !["i", "a"].contains(opening.key), DigitWords.english[opening.key] == nil {
            // "quote s five 319 182": a letter alone opening it, in either case.
            run.letters += 1
            run.last = first
            index += 1
        }
        while index < all.count, index - first < 24 {
            if index > first {
                let gap = tokens.gap(before: index)
                guard gap.count <= 3, gap.allSatisfy({ $0 == 32 || $0 == 45 || $0 == 47 }), gap.filter({ $0 != 32 }).count <= 1 else { break }
            }
            let token = all[index]
            if token.isNumber {
                run.digits.append(contentsOf: tokens.bytes[token.start..<token.end].map { $0 - 48 })
                if token.length >= 3 { run.longGroup = true }
            } else if let digit = DigitWords.english[token.key] {
                run.digits.append(digit)
                run.words += 1
            } else if let times = DigitWords.multipliers[token.key], index + 1 < all.count,
                      SpokenTokens.isGap(tokens.gap(after: index), marks: [45], limit: 2) {
                let next = all[index + 1]
                guard let digit = next.isNumber && next.length == 1 ? tokens.bytes[next.start] - 48 : DigitWords.english[next.key] else { break }
                run.digits.append(contentsOf: repeatElement(digit, count: times))
                run.words += 1
                index += 1
            } else if DigitWords.englishTeens[token.key] != nil || DigitWords.englishTens[token.key] != nil,
                      let said = SpokenPostcodes.spokenDigits(tokens, at: index) {
                // "forty two", "seventeen": two digits said.
                run.digits.append(contentsOf: said.digits.map { $0 - 48 })
                run.words += 1
                index += said.tokens - 1
            } else if token.length == 1, token.letters == 1, isCapital(tokens.bytes[token.start]) {
                // "OV 87 C eight five": a capital alone inside; "I" and "A" only between other parts.
                run.letters += 1
            } else if isShortCode(tokens, token) {
                run.letters += 1
                run.digits.append(contentsOf: tokens.bytes[token.start..<token.end].filter { $0 >= 48 && $0 <= 57 }.map { $0 - 48 })
            } else {
                break
            }
            run.last = index
            index += 1
        }
        // "... 71 I think", "... 85 A lot": a capital "I" or "A" closing it is the sentence going on; "... 5 times":
        // a count after it.
        while run.last > first {
            let token = all[run.last]
            if token.length == 1, ["i", "a"].contains(token.key) {
                run.letters -= 1
            } else if token.isNumber, token.length <= 3, run.last + 1 < all.count, countWords.contains(all[run.last + 1].key) {
                run.digits.removeLast(token.length)
            } else {
                break
            }
            run.last -= 1
        }
        return run.last >= first ? run : nil
    }

    /// "GWF", "RZT", "HA", "lac": a code of two to five letters in capitals (or a listed prefix in any case) that
    /// is no small word and names no other kind of number ("NHS", "NI", "DOB", "TEL").
    static func code(_ tokens: SpokenTokens, at index: Int) -> String? {
        let token = tokens.tokens[index]
        guard token.isASCII, token.digits == 0, (2...5).contains(token.letters), token.letters == token.length else { return nil }
        let key = token.key
        guard !NameCues.functionWords.contains(key), !CodedReferences.notPrefixes.contains(key), !notCodes.contains(key),
              DigitWords.english[key] == nil else { return nil }
        if IdentifierChunks.referencePrefixes.contains(key) || ["ho", "gwf", "uan", "brp", "mrn"].contains(key) { return key }
        return tokens.bytes[token.start..<token.end].allSatisfy(isCapital) ? key : nil
    }

    /// "V43", "69C", "9V": a short code of letters and digits, not a number with a unit ("5th", "10am") nor
    /// text-speak ("gr8", "2day").
    static func isShortCode(_ tokens: SpokenTokens, _ token: SpokenTokens.Token) -> Bool {
        guard token.isASCII, token.digits >= 1, (1...3).contains(token.letters), token.length <= 8,
              token.digits + token.letters == token.length else { return false }
        if token.digits == 1 && token.letters >= 2 { return false }
        let text = Substring(String(decoding: tokens.bytes[token.start..<token.end], as: UTF8.self))
        return !IdentifierChunks.isNumberWithUnit(text)
    }

    /// Whether a word that names a number stands just before token `index`, only small words (or marks such as
    /// ":", "#", "-", "=") between: "ref - four ...", "my id number at the council LAC ...", "cas no C ...".
    static func isCued(_ tokens: SpokenTokens, before index: Int, specific: Bool = false) -> Bool {
        if tokens.gap(before: index).contains(35) { return true }  // "MRN # ..."
        var back = index - 1
        while back >= 0, index - back <= 5 {
            // A word inside a placeholder ("[phone number]") names nothing the writer typed.
            if tokens.gap(before: back).contains(91) { return false }
            let key = tokens.tokens[back].key
            if isCue(key) {
                if genericCues.contains(key) {
                    // "phone number", "nhs no": a number of another kind.
                    let previous = back > 0 ? tokens.tokens[back - 1].key : ""
                    if otherNumbers.contains(previous) { return false }
                    if specific, connectors.contains(key) { back -= 1; continue }
                    return !specific
                }
                return true
            }
            guard connectors.contains(key) else { return false }
            back -= 1
        }
        return false
    }

    private static func isCapital(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
}

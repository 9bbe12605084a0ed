/// How each kind of token is scanned and folded. Each function starts at the token's first byte and returns
/// the index just past it.
extension TextScanner {
    /// A word or number: letters, marks and digits, with an apostrophe or a zero-width joiner between letters
    /// ("don't", Persian half-spaces) and ".", ",", ":" between digits ("3.5", "10:30").
    mutating func scanWord(from start: Int) -> Int {
        var index = start
        var isASCII = true, hasLetter = false, onlyDigits = true, lastWasDigit = false
        var upper = 0, lower = 0
        var traits: TextToken.Traits = []
        var firstLetterSeen = false, lastWasApostrophe = false, endsApostropheS = false
        scanning: while index < bytes.count {
            // Runs of ASCII letters, the bulk of most comments, without decoding or classifying.
            while asciiFastPath && index < bytes.count {
                let byte = bytes[index]
                let isLower = byte >= 97 && byte <= 122, isUpper = byte >= 65 && byte <= 90
                guard isLower || isUpper else { break }
                if isUpper { upper += 1 } else { lower += 1 }
                if !firstLetterSeen {
                    firstLetterSeen = true
                    if isUpper { traits.insert(.capitalised) }
                }
                endsApostropheS = lastWasApostrophe && (byte == 115 || byte == 83)
                lastWasApostrophe = false
                lastWasDigit = false
                hasLetter = true
                onlyDigits = false
                index += 1
            }
            guard index < bytes.count else { break }
            let (scalar, length) = decode(at: index)
            let kind = classify(scalar)
            switch kind {
            case .letter:
                hasLetter = true
                onlyDigits = false
                let isUpper: Bool, isLower: Bool
                if asciiFastPath && scalar.isASCII {
                    isUpper = scalar.value >= 65 && scalar.value <= 90
                    isLower = scalar.value >= 97 && scalar.value <= 122
                } else {
                    isUpper = scalar.properties.isUppercase
                    isLower = scalar.properties.isLowercase
                }
                if isUpper { upper += 1 }
                if isLower { lower += 1 }
                if !firstLetterSeen && (isUpper || isLower) {
                    firstLetterSeen = true
                    if isUpper { traits.insert(.capitalised) }
                }
                endsApostropheS = lastWasApostrophe && (scalar == "s" || scalar == "S")
                lastWasApostrophe = false
                lastWasDigit = false
            case .digit:
                endsApostropheS = false
                lastWasApostrophe = false
                lastWasDigit = true
            case .apostrophe where classAt(index + length) == .letter:
                traits.insert(.apostrophe)
                lastWasApostrophe = true
            case .joiner where (scalar.value == 0x200C || scalar.value == 0x200D) && classAt(index + length) == .letter:
                lastWasApostrophe = false
            case .sentenceMark, .clauseMark:
                guard onlyDigits, lastWasDigit, scalar == "." || scalar == "," || scalar == ":",
                      classAt(index + length) == .digit else { break scanning }
                lastWasDigit = false
            default:
                break scanning
            }
            if !scalar.isASCII { isASCII = false }
            index += length
        }
        if upper >= 2 && lower == 0 { traits.insert(.allCapitals) }
        if endsApostropheS { traits.insert(.apostropheS) }
        let folded = isASCII && asciiFastPath ? foldASCII(start..<index) : foldUnicode(start..<index)
        guard hasLetter else {
            appendWord(.number, start..<index, folded: folded, expansion: nil, traits: traits, roles: [])
            return index
        }
        let entry = lexicon.entry(folded)
        var roles = entry?.roles ?? []
        if roles.contains(.subjectPronounWithApostrophe) && traits.contains(.apostrophe) { roles.insert(.subjectPronoun) }
        appendWord(.word, start..<index, folded: folded, expansion: entry?.expansion, traits: traits, roles: roles)
        return index
    }

    /// "[name]", "[phone number]": a "[" with letters, spaces, hyphens or digits and a "]" within 40 bytes on
    /// the same line. Nil when what follows "[" is not a placeholder.
    mutating func scanPlaceholder(from start: Int) -> Int? {
        var index = start + 1
        var hasLetter = false
        while index < bytes.count && index - start <= 40 {
            let (scalar, length) = decode(at: index)
            if scalar == "]" {
                guard hasLetter else { return nil }
                let end = index + 1
                let folded = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
                appendWord(.placeholder, start..<end, folded: folded, expansion: nil, traits: [], roles: [])
                return end
            }
            switch classify(scalar) {
            case .letter: hasLetter = true
            case .digit, .hyphen: break
            case .space where scalar == " ": break
            default: return nil
            }
            index += length
        }
        return nil
    }

    /// One mark, or a run of the same mark ("!!!", "..."). Sets the sentence or clause break it makes.
    mutating func scanPunctuation(from start: Int, _ scalar: Unicode.Scalar, _ length: Int,
                                  _ kind: CharacterClass) -> Int {
        var end = start + length
        var count = 1
        while end < bytes.count, decode(at: end).0 == scalar {
            end += length
            count += 1
        }
        let folded = String(repeating: String(Self.straightened(scalar, kind)), count: count)
        switch kind {
        case .sentenceMark:
            let endsSentence = !(scalar == "." && (isWordInside(end) || followsAbbreviation(start)))
            appendMark(.punctuation, start..<end, folded: folded, closes: true)
            if endsSentence { pendingSentence = true }
        case .clauseMark:
            appendMark(.punctuation, start..<end, folded: folded, closes: true)
            pendingClause = true
        case .hyphen:
            // A dash between spaces ("i was ok - then he came back") ends a clause; "step-dad" does not.
            let spaced = (start == 0 || classAt(start - 1) == .space) && (end == bytes.count || classAt(end) == .space)
            appendMark(.punctuation, start..<end, folded: folded, closes: spaced)
            if spaced { pendingClause = true }
        default:
            appendMark(.punctuation, start..<end, folded: folded, closes: false)
        }
        return end
    }

    /// An emoji or symbol with its skin tone, variation selector and zero-width-joined parts; a pair of
    /// regional indicators (a flag).
    mutating func scanSymbol(from start: Int, _ first: Unicode.Scalar, _ length: Int) -> Int {
        var end = start + length
        let regional: ClosedRange<UInt32> = 0x1F1E6...0x1F1FF
        if regional.contains(first.value), end < bytes.count, regional.contains(decode(at: end).0.value) {
            end += decode(at: end).1
        }
        var afterJoiner = false
        while end < bytes.count {
            let (scalar, length) = decode(at: end)
            let kind = classify(scalar)
            if kind == .joiner {
                afterJoiner = scalar.value == 0x200D
            } else if afterJoiner && kind == .symbol {
                afterJoiner = false
            } else {
                break
            }
            end += length
        }
        let folded = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        appendMark(.symbol, start..<end, folded: folded, closes: false)
        return end
    }

    // MARK: Helpers

    /// A letter or digit straight after a full stop ("e.g", "gmail.com") means it does not end a sentence.
    private func isWordInside(_ index: Int) -> Bool {
        let kind = classAt(index)
        return kind == .letter || kind == .digit
    }

    /// "Mr." and the like: the word just before the stop, touching it, is an abbreviation.
    private func followsAbbreviation(_ start: Int) -> Bool {
        guard let last = tokens.last, last.kind == .word, last.utf8Range.upperBound == start else { return false }
        return lexicon.entry(last.folded)?.roles.contains(.abbreviation) ?? false
    }
}

import HeardCore

/// A comment's words as the name and school passes need them, read by Core's one text reader
/// (`TextReading`): every alphabet kept ("Żaneta", "Ștefan", "Олександр"), a hyphenated word rejoined
/// ("Keziah-Rae"), sentence breaks where the reader puts them, and placeholders already in the text
/// (`[phone number]`) known to the words beside them.
struct Words {
    struct Word {
        var text: Substring
        /// Lower case, apostrophes dropped, a possessive "'s" removed: "O'Brien's" -> "obrien".
        var lower: String
        /// `lower` with marks taken off its letters, for the gazetteer ("żaneta" -> "zaneta"). A word read as
        /// another (`NameCueSpelling`) forgets the lists found for its old key.
        var key: String { didSet { knownLists = nil } }
        var range: Range<String.Index>
        /// First letter capital and not the whole word in capitals.
        var isCapitalised: Bool
        /// Two or more letters, all capitals.
        var isAllCapitals: Bool
        /// Written in an alphabet without capitals (Arabic, Devanagari, Chinese...): case says nothing.
        var isCaseless: Bool
        /// First word of the comment or of a sentence.
        var startsSentence: Bool
        /// A placeholder or a sentence break stands just before it: cues do not reach across.
        var isAfterBreak = false
        /// The placeholder just before the word (only spaces between), as in "[name] Smith".
        var placeholderBefore: Placeholder?
        /// The placeholder just after the word (only spaces between), as in "Jay [name]".
        var placeholderAfter: Placeholder?
        /// A comma, colon or dash stands between this word and the next.
        var punctuationAfter = false
        /// Only a list's comma, "&" or "+" stands between this word and the next: "Jay, Kyle", "Jay & Kyle".
        var listAfter = false
        /// The placeholder before the word across a list's comma or "&": "[name], royal", "[name] & lily".
        var placeholderBeforeList: Placeholder?
        /// The placeholder after the word across a list's comma or "&": "PHAM, [name]", "faith & [name]".
        var placeholderAfterList: Placeholder?
        /// Only spaces stand between the previous word and this one (no number, mark or placeholder).
        var onlySpacesBefore = true
        /// A number comes right after the word (spaces aside): "is 14", "amber 14".
        var numberAfter = false
        /// Text-speak the reader spells out ("neva", "wiv"): never a name.
        var isTextSpeak = false
        /// The finders' word lists that hold `lower`, found once here (`WordClasses`).
        var classes: WordClasses = []
        /// What the gazetteer's lists say about `key` (`Gazetteer.flags`): one lookup answers every list, found
        /// once when the words are read (the finders ask it of the same word many times), or when asked for
        /// words read without the lists (`PlaceList` reads its places while the flag table is being built).
        var lists: ListFlags { knownLists ?? Gazetteer.flags[key] ?? [] }
        /// `Gazetteer.flags[key]`, found when the words were read; nil when not looked up.
        var knownLists: ListFlags?
    }

    var items: [Word] = []
    /// Most letters are capitals: capitalisation says nothing about names then.
    var shouting = false
    /// Most words start with a capital ("I Like My Carers"): capitalisation says little about names then.
    var titleCase = false

    init(_ text: String) {
        self.init(TextReading(text))
    }

    init(_ reading: TextReading) {
        self.init(reading, lists: true)
    }

    /// With `lists`, each word's gazetteer flags are looked up once here; without, whenever asked (for the
    /// gazetteer's own places, read before the flags exist).
    init(_ reading: TextReading, lists: Bool) {
        let text = reading.text
        let tokens = reading.tokens
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        func onlySpaces(_ from: Int, _ to: Int) -> Bool {
            from <= to && utf8[index(from)..<index(to)].allSatisfy { $0 == 32 }
        }
        var position = 0
        var lastSentence = -1
        var afterPlaceholder: Placeholder?
        // Since the last word or placeholder: 1 when only a list's comma or "&" has followed it, more otherwise.
        var separators = 0
        var listPlaceholder: Placeholder?
        var lastWasPlaceholder = false
        var breakPending = false
        var gapPending = false
        var upper = 0, letters = 0
        while position < tokens.count {
            let token = tokens[position]
            switch token.kind {
            case .placeholder:
                let placeholder = Placeholder(rawValue: String(reading.original(token)))
                if var last = items.last, last.placeholderAfter == nil,
                   onlySpaces(utf8.distance(from: utf8.startIndex, to: last.range.upperBound), token.utf8Range.lowerBound) {
                    last.placeholderAfter = placeholder
                    items[items.count - 1] = last
                } else if !lastWasPlaceholder, separators == 1, var last = items.last {
                    last.placeholderAfterList = placeholder
                    items[items.count - 1] = last
                }
                listPlaceholder = placeholder
                lastWasPlaceholder = true
                separators = 0
                afterPlaceholder = placeholder
                breakPending = true
                gapPending = true
                position += 1
                continue
            case .word:
                break
            default:
                if token.kind == .punctuation, var last = items.last, [",", ":", ";", "-", "(", ")"].contains(token.folded) {
                    last.punctuationAfter = true
                    items[items.count - 1] = last
                }
                if token.kind == .number, separators == 0, !lastWasPlaceholder, !items.isEmpty { items[items.count - 1].numberAfter = true }
                // "Jay, Kyle", "[name] & lily", "Coral ([date])": one comma, "&" or opening bracket (spaces aside)
                // links the words on either side.
                // "[name] + april": a plus between words joins them as "&" does.
                let joins = (token.kind == .punctuation && (token.folded == "," || token.folded == "&" || token.folded == "("))
                    || (token.kind == .symbol && token.folded == "+")
                separators += joins ? 1 : 2
                if token.kind != .punctuation || token.folded != "-" { afterPlaceholder = nil }
                gapPending = true
                position += 1
                continue
            }
            // A word, with any hyphenated parts touching it ("keziah", "-", "rae").
            var last = position
            while last + 2 < tokens.count, tokens[last + 1].kind == .punctuation, tokens[last + 1].folded == "-",
                  tokens[last + 2].kind == .word, tokens[last + 1].utf8Range.lowerBound == tokens[last].utf8Range.upperBound,
                  tokens[last + 2].utf8Range.lowerBound == tokens[last + 1].utf8Range.upperBound {
                last += 2
            }
            let range = index(token.utf8Range.lowerBound)..<index(tokens[last].utf8Range.upperBound)
            func owner(_ part: Int) -> String {
                var folded = tokens[part].folded
                if tokens[part].traits.contains(.apostropheS), folded.hasSuffix("s") { folded.removeLast() }
                return folded
            }
            // Most words are one token: no array of parts and no joining for them.
            let lower = last == position ? owner(position)
                : stride(from: position, through: last, by: 2).map(owner).joined(separator: "-")
            let original = text[range]
            let capitalised = token.traits.contains(.capitalised)
            let allCapitals = token.traits.contains(.allCapitals)
            // An ASCII small letter already says the word has case; only the rest asks Unicode.
            let caseless = !capitalised && !original.utf8.contains(where: { $0 >= 97 && $0 <= 122 })
                && !original.unicodeScalars.contains { $0.properties.isLowercase }
            let startsSentence = token.sentence != lastSentence
            let previousGapIsSpaces = items.last.map { onlySpaces(utf8.distance(from: utf8.startIndex, to: $0.range.upperBound),
                                                                  token.utf8Range.lowerBound) } ?? false
            let key = NameKey.key(lower)
            items.append(Word(text: original, lower: lower, key: key, range: range,
                              isCapitalised: capitalised && !allCapitals, isAllCapitals: allCapitals, isCaseless: caseless,
                              startsSentence: startsSentence, isAfterBreak: startsSentence || breakPending,
                              placeholderBefore: afterPlaceholder, onlySpacesBefore: previousGapIsSpaces && !gapPending,
                              isTextSpeak: token.expansion != nil && last == position, classes: WordClasses.of(lower),
                              knownLists: lists ? Gazetteer.flags[key] ?? [] : nil))
            for byte in original.utf8 {
                if byte >= 97 && byte <= 122 { letters += 1 } else if byte >= 65 && byte <= 90 { letters += 1; upper += 1 }
            }
            if separators == 1 {
                if lastWasPlaceholder {
                    items[items.count - 1].placeholderBeforeList = listPlaceholder
                } else if items.count >= 2 {
                    items[items.count - 2].listAfter = true
                }
            }
            separators = 0
            lastWasPlaceholder = false
            lastSentence = token.sentence
            afterPlaceholder = nil
            breakPending = false
            gapPending = false
            position = last + 1
        }
        shouting = letters >= 8 && upper * 10 >= letters * 6
        let cased = items.filter { !$0.isCaseless }
        titleCase = cased.count >= 4 && cased.filter(\.isCapitalised).count * 10 >= cased.count * 7
    }
}

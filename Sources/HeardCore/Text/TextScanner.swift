/// The single pass behind `TextReading`: walks the UTF-8 bytes once, decoding a scalar only where a byte is
/// not ASCII, and emits tokens with their sentence, clause and negation already set (see `TextScanner+Tokens`
/// for how each kind of token is scanned).
struct TextScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let lexicon: Lexicon
    /// False only in tests: every scalar, ASCII or not, then goes through its Unicode properties.
    let asciiFastPath: Bool
    var tokens: [TextToken] = []

    private var sentence = 0, clause = 0
    private var sentenceTokens = 0, clauseTokens = 0
    var pendingSentence = false, pendingClause = false
    /// Words the current negator still governs; 0 when none does.
    private var negationLeft = 0
    /// The grammar of the token just before, when it was a word or placeholder in the current clause.
    private var previousWordRoles: Lexicon.Roles?

    init(bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon, asciiFastPath: Bool) {
        self.bytes = bytes
        self.lexicon = lexicon
        self.asciiFastPath = asciiFastPath
        tokens.reserveCapacity(bytes.count / 5 + 2)
    }

    mutating func scan() {
        var index = 0
        while index < bytes.count {
            let (scalar, length) = decode(at: index)
            switch classify(scalar) {
            case .space, .joiner: index += length
            case .lineBreak:
                pendingSentence = true
                index += length
            case .letter, .digit: index = scanWord(from: index)
            case .openBracket: index = scanPlaceholder(from: index) ?? scanPunctuation(from: index, scalar, length, .punctuation)
            case .symbol: index = scanSymbol(from: index, scalar, length)
            case let mark: index = scanPunctuation(from: index, scalar, length, mark)
            }
        }
    }

    // MARK: Decoding and classes

    /// The scalar starting at `index` and its length in bytes (the text is valid UTF-8: it came from a String).
    @inline(__always)
    func decode(at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var value: UInt32, length: Int
        if lead < 0xE0 {
            value = UInt32(lead & 0x1F); length = 2
        } else if lead < 0xF0 {
            value = UInt32(lead & 0x0F); length = 3
        } else {
            value = UInt32(lead & 0x07); length = 4
        }
        for offset in 1..<length where index + offset < bytes.count {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    @inline(__always)
    func classify(_ scalar: Unicode.Scalar) -> CharacterClass {
        asciiFastPath && scalar.isASCII ? .ascii(UInt8(scalar.value)) : .of(scalar)
    }

    /// The class of the scalar at `index`, or nil at the end of the text.
    func classAt(_ index: Int) -> CharacterClass? {
        index < bytes.count ? classify(decode(at: index).0) : nil
    }

    // MARK: Sentences, clauses and negation

    private mutating func startSentence() {
        if sentenceTokens > 0 {
            sentence += 1
            sentenceTokens = 0
        }
        startClause()
    }

    private mutating func startClause() {
        if clauseTokens > 0 {
            clause += 1
            clauseTokens = 0
        }
        negationLeft = 0
        previousWordRoles = nil
    }

    /// Applies the breaks seen since the last token, unless this token is a mark that closes what came before.
    private mutating func applyPendingBreaks() {
        if pendingSentence { startSentence() } else if pendingClause { startClause() }
        pendingSentence = false
        pendingClause = false
    }

    /// Adds a word, number or placeholder: its grammar may start a clause, it may fall in a negator's scope,
    /// and it may be a negator itself.
    mutating func appendWord(_ kind: TextToken.Kind, _ range: Range<Int>, folded: String, expansion: [String]?,
                             traits: TextToken.Traits, roles: Lexicon.Roles) {
        var traits = traits
        applyPendingBreaks()
        if roles.contains(.clauseStarter) {
            startClause()
        } else if roles.contains(.subjectPronoun), let previous = previousWordRoles,
                  previous.isDisjoint(with: [.pronounGlue, .clauseStarter]) {
            startClause()
        }
        if negationLeft > 0 {
            traits.insert(.negated)
            negationLeft -= 1
        }
        if roles.contains(.negator) {
            traits.insert(.negator)
            negationLeft = TextReading.negationReach
        }
        append(kind, range, folded: folded, expansion: expansion, traits: traits)
        previousWordRoles = roles
    }

    /// Adds punctuation or a symbol. Sentence and clause marks belong to what they close, so they do not take
    /// up a pending break; other marks (an opening quote) do.
    mutating func appendMark(_ kind: TextToken.Kind, _ range: Range<Int>, folded: String, closes: Bool) {
        if !closes { applyPendingBreaks() }
        append(kind, range, folded: folded, expansion: nil, traits: [])
        previousWordRoles = nil
    }

    private mutating func append(_ kind: TextToken.Kind, _ range: Range<Int>, folded: String, expansion: [String]?,
                                 traits: TextToken.Traits) {
        tokens.append(TextToken(kind: kind, utf8Range: range, folded: folded, expansion: expansion,
                                sentence: sentence, clause: clause, traits: traits))
        sentenceTokens += 1
        clauseTokens += 1
    }
}

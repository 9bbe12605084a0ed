import HeardCore

/// Where a handle is offered: an app or game named in any spelling or alphabet (`Data/platform-names.txt`,
/// with its inflections and one-letter slips), or a word that asks to be found ("add", "follow", "search",
/// "username", "@"). `SpokenHandles` asks it about the words around a spelt-out handle.
struct HandlePlaces: Sendable {
    private var names: Set<String> = []
    /// Two-word names by their first word ("tic" -> ["toc"]).
    private var phrases: [String: Set<String>] = [:]
    /// The UTF-8 of each two-word name's first word, packed (`packed`): most words are none, found without
    /// hashing them (`isPhrase` is asked of nearly every word and its neighbour).
    private var phraseOpenings: [UInt64] = []
    /// Whether some two-word name's first word is longer than eight bytes (then a long word is looked up).
    private var longPhraseOpening = false
    /// Names of five letters or more, that a longer word may start with ("instagramie", "tiktoku").
    private var stems: [String] = []
    /// Names of six letters or more, that a word one letter off may be ("instagarm", "facebok").
    private var long: [String] = []

    /// The first four bytes (ASCII letters lowered) of every name and of every two-word name's first word.
    private var openings: Set<UInt32> = []
    /// The bytes, packed as `mayBeName` packs them, of every name and two-word name's first word shorter than
    /// four bytes ("ig", "yt", "tic"): a short word none of them is turned away without hashing it.
    private var shortOpenings: [UInt32] = []
    /// The names of one word in ASCII, for `HandleCues`' cue words.
    private(set) var asciiNames: Set<String> = []

    static let shipped = HandlePlaces(EmbeddedData.platformNames)

    /// Words that ask someone to find a handle, or name one.
    static let cues: Set<String> = [
        "add", "addme", "follow", "search", "find", "username", "user", "usernames", "handle", "gamertag", "ign", "dm",
        "msg", "message", "tag", "acc", "account", "profile", "@", "dodaj", "ekle", "adauga", "agrega", "ajoute",
        "добавь", "подпишись", "ضيفوني", "ضيفني", "فالو",
    ]

    init(_ list: String) {
        for line in list.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let words = line.split(separator: " ").map { NameKey.key($0.lowercased()) }
            guard let first = words.first else { continue }
            for form in [first, String(line.split(separator: " ")[0]).lowercased()] where form.utf8.count >= 4 {
                openings.insert(Self.opening(form.utf8.prefix(4)))
            }
            if words.count == 1, first.utf8.allSatisfy({ $0 < 0x80 }) { asciiNames.insert(first) }
            if (1...2).contains(words.count), first.utf8.count < 4 {
                shortOpenings.append(first.utf8.reduce(0) { $0 << 8 | UInt32($1) })
            }
            if words.count == 1 {
                names.insert(first)
                if first.count >= 5 { stems.append(first) }
                if first.count >= 6 { long.append(first) }
            } else if words.count == 2 {
                phrases[first, default: []].insert(words[1])
                if let packed = Self.packed(first) { phraseOpenings.append(packed) } else { longPhraseOpening = true }
            }
        }
    }

    /// Whether a word of the comment could name an app that `ShapeHints` does not know: a word in another
    /// alphabet that opens as a name there does ("инстаграме", "سنابي"), or an ASCII word that opens as one of
    /// `slipOpenings` ("instagarm", "facebok", "tiktoku", "minecraft"). A test over bytes, for comments no
    /// other cue has opened to `HandleCues`.
    func mayName(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        while index + 4 <= bytes.count {
            let startsWord = index == 0 || bytes[index - 1] == 32 || bytes[index - 1] == 10 || bytes[index - 1] == 58
            if startsWord {
                if bytes[index] >= 0x80 {
                    if openings.contains(Self.opening(bytes[index..<(index + 4)])) { return true }
                } else if Self.slipInitialTable[Int(bytes[index] | 32)],
                          Self.slipOpeningsByInitial[Int(Self.lowered(bytes[index]))].contains(where: { opening in
                              index + opening.count <= bytes.count
                                  && zip(opening, bytes[index...]).allSatisfy { $0 == ($1 >= 65 && $1 <= 90 ? $1 + 32 : $1) }
                          }) {
                    return true
                }
            }
            index += 1
        }
        return false
    }

    /// How apps' names open when a young person slips or inflects them, and names `ShapeHints` does not hold:
    /// long enough that no everyday word opens so.
    static let slipOpenings: [[UInt8]] = ["insta", "inste", "instg", "isnta", "snapc", "snapp", "snapi", "snapt", "tikto", "tickt",
                                          "ticto", "tikk", "faceb", "discor", "minecr", "fortni", "messen", "roblo", "playst",
                                          "youtu", "whatsa", "twitt", "face b", "tic t", "tik t", "tick t"].map { Array($0.utf8) }
    static let slipInitials: Set<UInt8> = Set(slipOpenings.map { $0[0] })
    /// `slipInitials` by byte, and `slipOpenings` by their first byte: asked at the start of every word, answered
    /// without hashing it or trying the openings that start with another letter.
    private static let slipInitialTable: [Bool] = (0..<256).map { slipInitials.contains(UInt8($0)) }
    private static let slipOpeningsByInitial: [[[UInt8]]] = (0..<256).map { byte in slipOpenings.filter { $0[0] == UInt8(byte) } }

    /// An ASCII capital as its lower-case letter; any other byte as it is.
    private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    private static func opening(_ bytes: some Collection<UInt8>) -> UInt32 {
        bytes.reduce(0) { $0 << 8 | UInt32($1 >= 65 && $1 <= 90 ? $1 + 32 : $1) }
    }

    /// Whether two words make an app's name: "face book", "tic toc".
    func isPhrase(_ first: String, _ second: String) -> Bool {
        guard let packed = Self.packed(first) else { return longPhraseOpening && phrases[first]?.contains(second) == true }
        return phraseOpenings.contains(packed) && phrases[first]?.contains(second) == true
    }

    /// A word of up to eight bytes as a number (its bytes one after another); nil for a longer word. Two words
    /// may share a number only when one has NUL bytes: the number is a quick filter before the lookup.
    static func packed(_ word: String) -> UInt64? {
        var packed: UInt64 = 0
        var count = 0
        for byte in word.utf8 {
            guard count < 8 else { return nil }
            packed = packed << 8 | UInt64(byte)
            count += 1
        }
        return packed
    }

    /// The number of tokens (1 or 2) of an app's name at `index`, or 0.
    func platform(_ tokens: SpokenTokens, at index: Int) -> Int {
        let key = tokens.tokens[index].key
        if index + 1 < tokens.tokens.count, let seconds = phrases[key], seconds.contains(tokens.tokens[index + 1].key) { return 2 }
        return isName(key) ? 1 : 0
    }

    /// Whether a lower-case word could be an app's name or a two-word name's first word: its first four bytes
    /// are a name's (a quick filter before `isName`; a slip in the first four letters is not met).
    func mayBeName(_ lower: String) -> Bool {
        var utf8 = lower.utf8.makeIterator()
        var packed: UInt32 = 0
        var count = 0
        while count < 4, let byte = utf8.next() {
            packed = packed << 8 | UInt32(byte)
            count += 1
        }
        guard count >= 4 else { return shortOpenings.contains(packed) && (names.contains(lower) || phrases[lower] != nil) }
        return openings.contains(packed)
    }

    func isName(_ key: String) -> Bool {
        if names.contains(key) { return true }
        let count = key.count
        // An everyday word that starts like an app is that word ("instant", "twitching", "steamed").
        guard count >= 5, !Gazetteer.isEverydayWord(key) else { return false }
        if stems.contains(where: { count > $0.count && key.hasPrefix($0) }) { return true }
        return count >= 6 && long.contains { abs($0.count - count) <= 1 && Self.oneEditApart($0, key) }
    }

    /// Whether the tokens around `first...last` offer a handle: an app or a cue in the eight tokens before (or
    /// an "@" just before), or an app in the four after ("... is my insta", "... on twitch").
    func offers(_ tokens: SpokenTokens, first: Int, last: Int) -> Bool {
        if tokens.gap(before: first).contains(64) { return true }
        for index in max(0, first - 8)..<first {
            if platform(tokens, at: index) > 0 || Self.cues.contains(tokens.tokens[index].key) { return true }
        }
        var index = last + 1
        while index < min(tokens.tokens.count, last + 5) {
            if platform(tokens, at: index) > 0 { return true }
            index += 1
        }
        return false
    }

    /// One letter added, dropped, changed, or two side by side swapped.
    static func oneEditApart(_ a: String, _ b: String) -> Bool { EditDistance.isOneSlip(Array(a), Array(b)) }
}

/// What a comment could hold, found in one pass over its bytes, so `PatternRedaction` runs a pattern only when
/// the comment has the mark that pattern needs (an "@", a digit, a web address ending, a platform's name, a
/// month, a street word). Every hint is a superset of its pattern: a hint may fire for nothing, never miss.
struct ShapeHints {
    var hasDigit = false
    var hasAtSign = false
    /// "jay at gmail", "jay(at)hotmail": "at" just before an email provider's name.
    var spokenEmail = false
    /// "http" or "www" anywhere, or a dot before a web address ending (".com", ".co.uk").
    var link = false
    /// A social media platform's name as a word.
    var platform = false
    /// A word starting like a month ("jan", "sept").
    var month = false
    /// A word that says a reference number follows ("ref", "case", "file", "upn").
    var referenceCue = false
    /// A word that ends a street's name beside a house number ("park", "green", "mansions").
    var streetWord = false
    /// A word that says an address may follow or precede ("live", "address", "placed", "where").
    var addressCue = false
    /// A street type that names a street without a house number ("road", "close", "vista").
    var street = false
    /// A day in words ("tenth", "twenty"), for dates written out.
    var ordinalWord = false
    /// A number in counting words ("nine", "nineteen") or a word shaped like a mistyped ordinal ("forteenth",
    /// "frist"): with a month, a date in words may stand here.
    var dayWord = false
    /// An underscore, or a dot between letters ("kayla_x", "the.real.poppy"): a handle's marks.
    var handleMark = false
    /// "add", "account", "username": a handle may follow.
    var handleCue = false
    /// "email", "addy", or a provider's name ("gmail"): an email may follow (`EmailCues`).
    var emailCue = false
    /// A word ending in "dotcom", "dotuk", "dotnet", "dotorg" or "dotie": an email typed with no spaces
    /// ("jojo93aticlouddotcom", `Patterns.gluedEmail`).
    var gluedEmail = false
    /// Every byte is ASCII.
    var isASCII = true
    private var atWord = false
    private var dotWord = false

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var word: [UInt8] = []
        for (index, raw) in bytes.enumerated() {
            let byte = Self.lowered(raw)
            switch byte {
            case 48...57: hasDigit = true
            case 64: hasAtSign = true
            case 46: if Self.startsWebEnding(bytes, at: index + 1) { link = true }
            case 112: if Self.follows(bytes, at: index, "http") { link = true }
            case 119: if Self.follows(bytes, at: index, "www") { link = true }
            case 116:
                if Self.follows(bytes, at: index, "at") && Self.startsProvider(bytes, after: index + 1) { spokenEmail = true }
            case 95: handleMark = true
            case 111: if Self.follows(bytes, at: index, "c/o") { addressCue = true }  // "c/o the pines"
            default: if raw >= 128 { isASCII = false }
            }
            if raw == 46, index > 0, index + 1 < bytes.count, ASCIIBytes.isLetter(bytes[index - 1]), ASCIIBytes.isLetter(bytes[index + 1]) {
                handleMark = true
            }
            let isWordByte = (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
            if isWordByte { word.append(byte) }
            if !isWordByte || index == bytes.count - 1 {
                if !word.isEmpty { note(word) }
                word.removeAll(keepingCapacity: true)
            }
        }
        if atWord && dotWord { spokenEmail = true }
    }

    /// `word` is lower-case ASCII letters and digits.
    private mutating func note(_ word: [UInt8]) {
        if word.count >= 3, Self.startsMonth(word[0], word[1], word[2]) { month = true }
        if word.first.map({ $0 >= 48 && $0 <= 57 }) == true {
            // "8jun00", "12march": a month after the day's digits.
            let letters = word.drop { $0 >= 48 && $0 <= 57 }
            if letters.count >= 3, Self.startsMonth(letters[letters.startIndex], letters[letters.startIndex + 1], letters[letters.startIndex + 2]) {
                month = true
            }
        }
        if word.count == 2, word[0] == 97, word[1] == 116 { atWord = true }
        if word.count >= 10, Self.gluedEndings.contains(where: { word.count > $0.count && word.suffix($0.count).elementsEqual($0) }) {
            gluedEmail = true
        }
        if word.count == 3, word[0] == 100, word[1] == 111, word[2] == 116 { dotWord = true }
        if !dayWord, MisspeltOrdinals.mayBeOrdinal(word) { dayWord = true }  // "forteenth", "frist"
        // Most words begin as no listed word does: answered from their first two bytes, without a string or a hash.
        guard word.count >= 2, word.count <= 11, Self.wordOpenings[Int(word[0]) << 8 | Int(word[1])],
              let kind = Self.words[String(decoding: word, as: UTF8.self)] else { return }
        if kind.contains(.platform) { platform = true }
        if kind.contains(.street) { street = true }
        if kind.contains(.streetWord) { streetWord = true }
        if kind.contains(.addressCue) { addressCue = true }
        if kind.contains(.referenceCue) { referenceCue = true }
        if kind.contains(.ordinal) { ordinalWord = true }
        if kind.contains(.dayWord) { dayWord = true }
        if kind.contains(.handleCue) { handleCue = true }
        if kind.contains(.emailCue) {
            emailCue = true
            // "arroba", "kropka": "at" and "dot" in other languages.
            let spelt = String(decoding: word, as: UTF8.self)
            if EmailParts.atWordSet.contains(spelt) { atWord = true }
            if EmailParts.dotWordSet.contains(spelt) { dotWord = true }
        }
    }

    private struct WordKind: OptionSet {
        let rawValue: UInt16
        static let platform = WordKind(rawValue: 1)
        static let street = WordKind(rawValue: 2)
        static let streetWord = WordKind(rawValue: 4)
        static let addressCue = WordKind(rawValue: 8)
        static let referenceCue = WordKind(rawValue: 16)
        static let ordinal = WordKind(rawValue: 32)
        static let handleCue = WordKind(rawValue: 64)
        static let emailCue = WordKind(rawValue: 128)
        static let dayWord = WordKind(rawValue: 256)
    }

    private static let words: [String: WordKind] = {
        var words: [String: WordKind] = [:]
        for platform in ["snap", "snapchat", "sc", "insta", "instagram", "ig", "tiktok", "tik", "tt", "twitter", "facebook",
                         "fb", "discord", "psn", "gamertag", "xbox"] { words[platform, default: []].insert(.platform) }
        for platform in HandleCues.platforms where platform.count <= 11 { words[platform, default: []].insert(.platform) }
        for cue in ["add", "account", "username", "user", "handle", "gamertag", "ign", "tag", "epic", "ps", "yt"] { words[cue, default: []].insert(.handleCue) }
        for cue in EmailCues.cues.union(EmailCues.providers) where cue.count <= 11 && !cue.contains("-") {
            words[cue, default: []].insert(.emailCue)
        }
        for symbol in EmailParts.atWordSet.union(EmailParts.dotWordSet) where symbol.count <= 11 { words[symbol, default: []].insert(.emailCue) }
        for ordinal in ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                        "eighteenth", "nineteenth", "twentieth", "thirtieth", "twenty", "thirty"] {
            words[ordinal, default: []].insert(.ordinal)
        }
        for number in DateReader.cardinals.keys where (DateReader.cardinals[number] ?? 0) < 20 { words[number, default: []].insert(.dayWord) }
        for street in StreetTypes.ambiguous { words[street, default: []].insert(.streetWord) }
        for street in StreetTypes.unmistakable { words[street, default: []].insert(.street) }
        // "Maes yr Ysgol", "pen y bryn": Welsh streets' first words.
        for opener in AddressWords.prefixes.union(AddressWords.welshOpeners) { words[opener, default: []].insert(.streetWord) }
        // "moved to the laurels", "at bridge house": a house known by its name (`AddressNamedHomes`).
        for word in AddressHouseWords.shipped.hintWords where word.count <= 11 { words[word, default: []].insert(.streetWord) }
        for building in ["villas", "project", "farmhouse", "cottage", "lodge", "barn", "granary", "stables"] {
            words[building, default: []].insert(.streetWord)
        }
        for cue in ["live", "lives", "lived", "living", "livin", "stay", "stays", "stayed", "staying", "stayin", "surfing",
                    "placed", "address", "adress", "addy", "place", "flat", "house", "home", "gaff", "post", "send", "put",
                    "moved", "hostel", "hostle", "placement", "where", "letters", "letter", "deliver", "write",
                    "goes", "lodgings", "round", "sent", "posted"] { words[cue, default: []].insert(.addressCue) }
        for cue in ["ref", "reference", "case", "file", "client", "id", "upn", "pupil", "account", "claim", "crn", "council",
                    "lac", "cla", "cp", "cpp", "student", "ehcp", "application", "refrence", "customer"] {
            words[cue, default: []].insert(.referenceCue)
        }
        return words
    }()

    private static let months: Set<String> = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    /// `months` as three bytes each, `first << 16 | second << 8 | third`.
    private static let monthCodes: [UInt32] = months.map { name in name.utf8.reduce(0) { $0 << 8 | UInt32($1) } }

    private static func startsMonth(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        monthCodes.contains(UInt32(first) << 16 | UInt32(second) << 8 | UInt32(third))
    }

    /// For the first two bytes of a word, `first << 8 | second`: whether a key of `words` begins so.
    private static let wordOpenings: [Bool] = {
        var openings = [Bool](repeating: false, count: 1 << 16)
        for word in words.keys {
            let bytes = Array(word.utf8.prefix(2))
            if bytes.count == 2 { openings[Int(bytes[0]) << 8 | Int(bytes[1])] = true }
        }
        return openings
    }()
}

/// Where a handle is offered: an app or game named in any spelling or alphabet (`Data/platform-names.txt`,
/// with its inflections and one-letter slips), or a word that asks to be found ("add", "follow", "search",
/// "username", "@"). `SpokenHandles` asks it about the words around a spelt-out handle.
struct HandlePlaces: Sendable {
    private var names: Set<String> = []
    /// Two-word names by their first word ("tic" -> ["toc"]).
    private var phrases: [String: Set<String>] = [:]
    /// Names of five letters or more, that a longer word may start with ("instagramie", "tiktoku").
    private var stems: [String] = []
    /// Names of six letters or more, that a word one letter off may be ("instagarm", "facebok").
    private var long: [String] = []

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
            if words.count == 1 {
                names.insert(first)
                if first.count >= 5 { stems.append(first) }
                if first.count >= 6 { long.append(first) }
            } else if words.count == 2 {
                phrases[first, default: []].insert(words[1])
            }
        }
    }

    /// The number of tokens (1 or 2) of an app's name at `index`, or 0.
    func platform(_ tokens: SpokenTokens, at index: Int) -> Int {
        let key = tokens.tokens[index].key
        if index + 1 < tokens.tokens.count, let seconds = phrases[key], seconds.contains(tokens.tokens[index + 1].key) { return 2 }
        return isName(key) ? 1 : 0
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
    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        if x == y { return true }
        if x.count == y.count {
            let differences = x.indices.filter { x[$0] != y[$0] }
            if differences.count == 1 { return true }
            return differences.count == 2 && differences[1] == differences[0] + 1
                && x[differences[0]] == y[differences[1]] && x[differences[1]] == y[differences[0]]
        }
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        guard long.count == short.count + 1 else { return false }
        var skipped = false
        var i = 0, j = 0
        while i < short.count {
            if short[i] == long[j] {
                i += 1
                j += 1
            } else {
                guard !skipped else { return false }
                skipped = true
                j += 1
            }
        }
        return true
    }
}

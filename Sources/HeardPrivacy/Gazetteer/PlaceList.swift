import HeardCore

/// Places, shops and clubs, one per line, a line of several words meaning those words together ("alton
/// towers", "jd sports"). The built-in list and a workspace's own `Surveys/places.txt` use the same form.
public struct PlaceList: Sendable {
    /// Each place's words as `NameKey`s, indexed by its first word; longest first.
    private var phrases: [String: [[String]]] = [:]

    /// Reads one place per line; blank lines and lines starting with "#" are skipped.
    public init(_ text: String) {
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingPrefix(while: \.isWhitespace)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            add(String(trimmed))
        }
    }

    /// Adds one place ("Thorpe Park").
    public mutating func add(_ place: String) {
        // Without the gazetteer's flags: the built-in places are read while the flags are being made.
        let words = Words(TextReading(place), lists: false).items.map(\.key)
        guard let first = words.first else { return }
        var list = phrases[first, default: []]
        guard !list.contains(words) else { return }
        list.append(words)
        list.sort { $0.count > $1.count }
        phrases[first] = list
    }

    /// This list with another's places added.
    public func merging(_ other: PlaceList) -> PlaceList {
        var copy = self
        for (first, list) in other.phrases {
            for words in list where !(copy.phrases[first]?.contains(words) ?? false) {
                copy.phrases[first, default: []].append(words)
                copy.phrases[first]?.sort { $0.count > $1.count }
            }
        }
        return copy
    }

    public var isEmpty: Bool { phrases.isEmpty }

    /// The places of one word.
    var singleWords: [String] { phrases.compactMap { $0.value.contains { $0.count == 1 } ? $0.key : nil } }

    /// How many words of a place start at `index` in `keys` (0 when none does).
    func match(_ keys: [String], at index: Int) -> Int {
        guard let candidates = phrases[keys[index]] else { return 0 }
        for words in candidates where index + words.count <= keys.count {
            if words.indices.allSatisfy({ keys[index + $0] == words[$0] }) { return words.count }
        }
        return 0
    }

    /// Whether `key` alone is a place ("grimsby", "primark").
    func contains(single key: String) -> Bool { phrases[key]?.contains { $0.count == 1 } ?? false }
}

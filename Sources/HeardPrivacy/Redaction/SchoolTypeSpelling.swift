import HeardCore

/// School types as young people type them, read by their shape rather than listed one slip at a time: one
/// slip from a type of six letters or more ("collge", "primry", "acadamey", "univeristy"), the type with its
/// vowels dropped ("hgh", "prmry", "acdmy"), or its first four letters ("coll", "acad", "univ"). Only a word
/// no everyday or place list holds is read so (never "primark", "colleague"), and never a plural ("colleges"), so a type is
/// still found only where a school's own name stands before it.
enum SchoolTypeSpelling {
    /// The types (and kinds) a slip is read back to.
    private static let types: [[UInt8]] = [
        "school", "college", "academy", "primary", "grammar", "nursery", "university", "comprehensive", "collegiate",
        "institute", "secondary",
        // Kinds, so "tha vritual schoool" stays a generic school rather than one named "vritual".
        "virtual", "catholic", "community", "technical",
    ].map { Array($0.utf8) }
    /// Types read back from their vowels dropped.
    private static let skeletons: [[UInt8]: String] = [
        Array("hgh".utf8): "high", Array("prmry".utf8): "primary", Array("acdmy".utf8): "academy", Array("cllg".utf8): "college",
        Array("clg".utf8): "college", Array("schl".utf8): "school", Array("scndry".utf8): "secondary",
    ]
    /// Types cut to their first four letters.
    private static let cut: [String: String] = ["coll": "college", "acad": "academy", "univ": "university"]

    /// The first letters of every type above, so most words are passed over at once.
    private static let openings: Set<UInt8> = Set(types.compactMap(\.first) + skeletons.keys.compactMap(\.first) + cut.keys.compactMap(\.utf8.first))

    /// The type `word` is a slip of, or nil.
    static func type(of word: Words.Word) -> String? {
        let utf8 = word.lower.utf8
        guard utf8.count >= 3, utf8.count <= 14, let first = utf8.first, openings.contains(first),
              word.classes.isEmpty, !word.lists.isEveryday else { return nil }
        let letters = Array(utf8)
        guard letters.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return nil }
        // "coll" is an island too: a type cut short or without its vowels is read so whatever place it names.
        if let type = skeletons[letters] ?? cut[word.lower] { return type }
        guard !word.lists.contains(.place) else { return nil }
        guard letters.count >= 5 else { return nil }
        for type in types where abs(type.count - letters.count) <= 1 && type.first == letters.first
            && !(letters.count == type.count + 1 && letters.last == 115 && letters.starts(with: type)) {
            if EditDistance.isOneSlip(letters, type) { return String(decoding: type, as: UTF8.self) }
        }
        return nil
    }

    /// The items with each mistyped type read as the type (its classes found again for the type).
    static func corrected(_ items: [Words.Word]) -> [Words.Word] {
        var items = items
        for index in items.indices {
            guard let type = type(of: items[index]) else { continue }
            items[index].lower = type
            items[index].classes = WordClasses.of(type)
        }
        return items
    }
}

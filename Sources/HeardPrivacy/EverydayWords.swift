/// Given names that are also everyday English words: redacted from free text only in a name context
/// (here: capitalised), so that "I hope" and "in the summer" survive.
enum EverydayWords {
    static func contains(_ word: String) -> Bool { words.contains(word) }

    static let words: Set<String> = [
        "hope", "grace", "will", "may", "summer", "bill", "rose", "faith", "joy", "mark", "pat", "sky", "skye",
        "april", "june", "august", "dawn", "eve", "autumn", "holly", "ivy", "daisy", "lily", "poppy", "ruby",
        "jade", "amber", "crystal", "honey", "star", "sunny", "storm", "rain", "river", "brook", "dale", "glen",
        "jack", "frank", "harry", "bob", "sandy", "penny", "victor", "rich", "grant", "mason", "hunter", "reed",
        "chase", "cash", "price", "king", "law", "lane", "hill", "wood", "green", "brown", "white", "black",
        "young", "long", "hall", "ward", "page", "paige", "lee", "kind", "best", "love", "don", "art", "guy",
        "precious", "angel", "baby", "bee", "ray", "rob", "sue", "carol", "miles", "norman", "noble",
    ]
}

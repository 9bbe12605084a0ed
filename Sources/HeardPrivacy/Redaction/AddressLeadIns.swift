/// What young people say before a street that is part of the address: a house number with "on" ("number 130
/// on Wellington Terrace", "no. 57 on fernhill rise") and a floor ("first floor 49 fernhill mews", "ground
/// floor flat 2, ..."). The address finder reads the street; its span is widened back over these words.
extension AddressFinder {
    /// The first token of the address whose span starts at `start`, widened back over a lead-in.
    func leadIn(before start: Int) -> Int {
        // "first floor 49 fernhill mews": an ordinal before a span that starts with the floor.
        if start >= 1, tokens[start].lower == "floor", tokens[start].gap == .space, Self.floorOrdinals.contains(tokens[start - 1].lower) {
            return start - 1
        }
        // "first floor 32 larkspur grove": the floor before a span that starts with the house's number.
        if start >= 2, tokens[start].gap == .space, tokens[start - 1].lower == "floor", tokens[start - 1].gap == .space,
           Self.floorOrdinals.contains(tokens[start - 2].lower) {
            return start - 2
        }
        // "the flat on larch close", "the one on grace ave": the home the street is said of goes with it.
        if start >= 3, tokens[start].gap == .space, tokens[start - 1].lower == "on", tokens[start - 1].gap == .space,
           Self.homesOn.contains(tokens[start - 2].lower), tokens[start - 2].gap == .space, tokens[start - 3].lower == "the" {
            return start - 3
        }
        // "number 130 on Wellington Terrace", "no 57 on fernhill rise".
        guard start >= 3, tokens[start].gap == .space, tokens[start - 1].lower == "on", tokens[start - 1].gap == .space,
              tokens[start - 2].kind == .number, tokens[start - 2].gap == .space,
              Self.numberWords.contains(tokens[start - 3].lower) else { return start }
        // "in flat 4 on [the street]" is read as it is: only a house's number.
        return start - 3
    }

    static let floorOrdinals: Set<String> = ["first", "second", "third", "fourth", "fifth", "ground", "top", "basement", "1st", "2nd", "3rd", "4th", "5th"]
    /// Homes said of a street with "the ... on": "the flat on", "the house on", "the one on".
    static let homesOn: Set<String> = ["flat", "house", "one", "place", "home", "bungalow", "maisonette", "bedsit"]
    /// Words before a house number said with "on": "number", "no", "nr", "num".
    static let numberWords: Set<String> = ["number", "no", "nr", "num", "numb", "house"]
}

/// The parts of an address on either side of one already found: what follows an `[address]` ("[address],
/// wren road", "[address] Project", "[address] the foyer") and what stands before a part (a building or house
/// name, a tenement flat's "3F3", a unit word, "the old").
extension AddressFinder {
    /// An `[address]` with an address part right after it.
    func continuation(at index: Int) -> Range<Int>? {
        guard tokens[index].kind == .placeholder, tokens[index].lower == Placeholder.address.rawValue else { return nil }
        if let end = part(at: index + 1, after: true) { return index..<end }
        let next = index + 1
        // "[address] development", "[address] supported housing", "[address] new builds": what the place is.
        if next < tokens.count, tokens[next].gap == .space, tokens[next].kind == .word {
            if Self.siteWords.contains(tokens[next].lower) { return index..<(next + 1) }
            if isWord(next, in: ["supported", "new"]), joined(next + 1),
               isWord(next + 1, in: ["housing", "accommodation", "lodgings", "builds", "build"]) { return index..<(next + 2) }
        }
        // "[address] Grimsby", "[address], hemsworth luton,[postcode]", "[address] the flat above the chippy":
        // what ends an address.
        if let end = ending(at: next) { return index..<end }
        // "[address] Project", "[address] villas": the last word of a building's or street's name.
        guard next < tokens.count, tokens[next].gap == .space, tokens[next].kind == .word,
              AddressWords.buildings.contains(tokens[next].lower) || StreetTypes.unmistakable.contains(tokens[next].lower)
                || tokens[next].lower == "the"
        else { return nil }
        if tokens[next].lower == "the" && !(isWord(next + 1, in: AddressWords.buildings) && joined(next + 1)) { return nil }
        // "[address] the foyer": a building called "the ...".
        if tokens[next].lower == "the", isWord(next + 1, in: AddressWords.buildings), joined(next + 1) { return index..<(next + 2) }
        return index..<(next + 1)
    }

    /// The start of a building or house name just before the address part at `start`: "Riverside Tower, Room
    /// 15", "Hargreave Mill,apartment 1F2", "hillside, balmoral bank", "the coach house cavendish wynd".
    /// A school's name goes on after the words found: "Speke [and District Grammar School]", "Chellaston
    /// Institute [of Technology]", "Kirkby Centre [for Learning]": the school finder's, not an address.
    func schoolFollows(_ end: Int) -> Bool {
        guard end < tokens.count, tokens[end].kind == .word, tokens[end].gap == .space else { return false }
        let lower = tokens[end].lower
        if ["academy", "college", "school", "primary", "grammar", "pru", "infants", "juniors"].contains(lower) { return true }
        guard ["and", "of", "for"].contains(lower), end + 1 < tokens.count, tokens[end + 1].gap == .space else { return false }
        return ["district", "technology", "learning", "art", "further", "education", "science", "excellence"].contains(tokens[end + 1].lower)
    }

    func partBefore(_ start: Int) -> Int? {
        guard start > 0 else { return nil }
        // "no.47 ivy grove": the number's marker written against it.
        if tokens[start].gap == .none, isWord(start - 1, in: AddressWords.numberMarkers), tokens[start - 1].text.hasSuffix(".") {
            return start - 1
        }
        let gap = tokens[start].gap
        guard gap == .comma || gap == .space || gap == .newline else { return nil }
        let last = start - 1
        // "3F3, 231 Carntyne Road", "47d, [address]": a flat's place in a tenement or a house number with its
        // letter, before the rest of the address.
        if tokens[last].kind == .number, Self.isFlatCode(tokens[last].text) { return last }
        // "bedroom [address]", "upstairs [address]": a home in a building before the rest.
        if gap == .space, tokens[start].kind == .placeholder, isWord(last, in: AddressWords.units) || isWord(last, in: AddressWords.pitches) || isWord(last, in: AddressWords.floors) && isWord(start, in: AddressWords.units)
            || isWord(last, in: ["upstairs", "downstairs"]) {
            return last
        }
        // "the annex at 15B Workhouse Lane", "the flat over the chippy on frank street": a home placed by the
        // address after it or by what it stands above.
        if gap == .space, let home = homeBefore(start) { return home }
        // "The Old Vicarage", "the old [address]".
        if gap == .space, tokens[last].lower == "old", last > 0, joined(last), tokens[last - 1].lower == "the" { return last - 1 }
        // A building: words ending in a building word ("ravensworth Block no. 21", "bramble barn thornbury road").
        if tokens[last].kind == .word, AddressWords.buildings.contains(tokens[last].lower) || StreetTypes.isStreetType(tokens[last].lower) {
            var first = last
            while first > 0, last - first < 3, joined(first), tokens[first - 1].kind == .word, isOwnWord(first - 1, own: .notGeneric) {
                first -= 1
            }
            if first < last {
                if first > 0, joined(first), tokens[first - 1].lower == "the" { return first - 1 }
                return first
            }
        }
        // A house name before a comma: "The Willows , market gardens", "Sunnyside , Tyne Gr", "fernlea, chapel pl".
        guard gap == .comma || gap == .newline else { return nil }
        var first = last
        guard tokens[last].kind == .word, isOwnWord(last, own: .notFunction) else { return nil }
        if first > 0, joined(first), tokens[first - 1].kind == .word, isOwnWord(first - 1, own: .notFunction) {
            first -= 1
        }
        if first > 0, joined(first), tokens[first - 1].lower == "the" { first -= 1 }
        // One everyday word alone before the comma is part of the sentence ("[address] near mum, 12 ...").
        if first == last, tokens[last].lower != "the", !isOwnWord(last, own: .distinctive) && !(first > 0 && tokens[first - 1].lower == "the") {
            return nil
        }
        return first
    }

    /// Words after an address that say what kind of place it is: "[address] development", "[address] estate".
    static let siteWords: Set<String> = ["development", "estate", "site", "foyer", "hostel", "project"]

    /// Homes that are not flats: "the annex at", "the bungalow at", "bed sit", "the caravan at".
    static let homeWords: Set<String> = [
        "annex", "annexe", "bungalow", "caravan", "garage", "cottage", "van", "chalet", "lodge", "cabin", "flat", "room",
        "bedsit", "studio", "sit", "maisonette", "house", "home", "pod",
    ]
    /// Homes too plain to be part of an address before "at": "my room at", "the flat at".
    static let plainHomes: Set<String> = ["flat", "room", "studio", "house", "home", "lodge"]
    /// Where a home stands against something else: "the flat above the chippy", "room at the back of".
    static let placers: Set<String> = ["above", "over", "below", "under", "behind", "beside", "top", "back", "next"]

    /// The start of a home named before an address part at `start`: "the annex at [15B Workhouse Lane]", "the
    /// flat over the chippy on [frank street]", "room at the back of [no.47 ivy grove]"; nil for "my mum at".
    func homeBefore(_ start: Int) -> Int? {
        let last = start - 1
        guard last >= 1, isWord(last, in: ["at", "on", "in", "off", "of"]), joined(last) else { return nil }
        // "annex at", "bed sit at": a home word just before.
        if tokens[last].lower == "at", isWord(last - 1, in: Self.homeWords),
           !isWord(last - 1, in: Self.plainHomes) || isWord(last - 2, in: ["granny"]) && joined(last - 1) {
            var first = last - 1
            if first > 0, joined(first), isWord(first - 1, in: ["granny", "converted", "bed", "static", "basement", "end"]) { first -= 1 }
            return tokens[last - 1].lower == "home" || tokens[last - 1].lower == "house" ? nil : first
        }
        // "flat over the chippy on": a home word, a placer, then at most four words, then the preposition.
        var cursor = last - 1
        while cursor >= 1, last - cursor <= 6, joined(cursor + 1), tokens[cursor].kind == .word {
            if Self.placers.contains(tokens[cursor].lower) {
                var home = cursor - 1
                // "on top of", "at the back of": the words before the placer.
                if isWord(home, in: ["the"]) { home -= 1 }
                if isWord(home, in: ["on", "at"]) { home -= 1 }
                guard home >= 0, isWord(home, in: Self.homeWords), home + 1 < tokens.count, joined(home + 1) else { return nil }
                if home > 0, joined(home), isWord(home - 1, in: ["granny", "converted", "bed", "static", "basement"]) { home -= 1 }
                // "top flat over the bookies", "ground floor flat above the shop": where in the building.
                if home > 0, joined(home), isWord(home - 1, in: AddressWords.floorNouns) { home -= 1 }
                if home > 0, joined(home), isWord(home - 1, in: AddressWords.floors) { home -= 1 }
                return home
            }
            if AddressWords.stops.contains(tokens[cursor].lower) && tokens[cursor].lower != "the" && tokens[cursor].lower != "of" { return nil }
            cursor -= 1
        }
        return nil
    }
}

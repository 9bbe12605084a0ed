/// School names that do not end in their type: the type first ("Ysgol Gymraeg Bro Morgannwg", "Coláiste
/// Bhríde", "PRU on Harrow Mews", "University Technical College Maltby"), a faith last ("Holy Cross RC", "St
/// Anne's C of E"), and a place after the type ("Beacon Academy, Sefton").
extension SchoolRedaction {
    /// Welsh, Irish and Scottish Gaelic words for a school or college, which open its name.
    static let openingTypes: Set<String> = Set(["ysgol", "coleg", "scoil", "gaelscoil", "colaiste", "sgoil", "bunscoil", "meanscoil", "grwp", "grŵp"])
        .union(abroadTypes)

    /// Words for a school in other countries' languages, before its name or number ("Liceum nr 3", "Escola Básica
    /// Padre X", "THPT Chu Văn An", "сш №3", "shkolla 9 vjeçare X", "Gymnasium am Goetheplatz"), as `NameKey`s.
    static let abroadTypes: Set<String> = [
        "liceum", "lyceum", "liceo", "lycee", "gymnasium", "gimnazjum", "gimnazija", "gimnaziya", "gimnazium", "escola",
        "escuela", "colegio", "scuola", "istituto", "shkolla", "truong", "thpt", "thcs", "школа", "сш", "сош",
        "гимназия", "лицей", "гімназія", "ліцей", "madrasa", "madrasah", "madrassa", "ecole", "okul", "szkola", "skola",
        "lo", "zespol", "instituto", "collegio", "lycée", "école", "szkoła", "trường", "zespół",
        // Romanian, Lithuanian, Latvian, Hungarian, Czech, Malay and Persian words for a school.
        "scoala", "şcoala", "școala", "liceul", "colegiul", "licejus", "mokykla", "progimnazija", "vidusskola", "iskola",
        "gimnázium", "zakladni", "základní", "sekolah", "madreseh", "dabirestan",
    ]
    /// Small words inside a school's name abroad: "Liceum nr 3", "II LO im. Marii Konopnickiej", "Gymnasium am X".
    static let abroadNameWords: Set<String> = ["nr", "no", "im", "of", "i", "e", "de", "la", "del", "di", "der", "am", "do", "da", "basica", "primaria", "secundaria", "vjecare", "media", "superiore"]

    /// Small words inside Welsh and Gaelic school names, and the kinds they name ("Gymraeg", "Gynradd").
    static let openingTypeWords: Set<String> = [
        "y", "yr", "bro", "cwm", "glan", "pen", "tre", "llan", "gymraeg", "gynradd", "uwchradd", "gyfun", "feithrin",
        "babanod", "iau", "na", "an", "nan", "mhuire", "naomh", "ard", "chnoc",
    ]

    /// "ysgol gynradd cwm rhondda", "Ysgol Y Strade", "Coláiste Íde", "pru on park gardens": the index of the
    /// last word, or nil.
    static func typeFirstSchool(_ items: [Words.Word], at index: Int, shouting: Bool) -> Int? {
        let word = items[index]
        if openingTypes.contains(word.key) {
            let abroad = abroadTypes.contains(word.key)
            // "lo" alone is a word ("lo and behold"): a school only with a numeral before it ("III LO").
            if word.key == "lo", !(index > 0 && ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"].contains(items[index - 1].lower)) { return nil }
            var last = index
            while last + 1 < items.count, last - index < 6, !items[last + 1].isAfterBreak,
                  items[last + 1].onlySpacesBefore || abroad && items[last].numberAfter,
                  !items[last].punctuationAfter || abroad && items[last].numberAfter,
                  isOpeningTypeName(items[last + 1], shouting: shouting)
                    || abroad && abroadNameWords.contains(items[last + 1].key) && (items[last + 1].numberAfter || last + 2 < items.count) {
                last += 1
            }
            if abroad && last == index && !word.numberAfter { return nil }
            return last > index || abroad ? last : nil
        }
        if let end = universityOf(items, at: index, shouting: shouting) { return end }
        // "the PRU on Harrow Mews", "pru on church side": a referral unit known by its street.
        if word.lower == "pru", index + 2 < items.count, items[index + 1].lower == "on", !items[index + 2].isAfterBreak {
            var last = index + 1
            while last + 1 < items.count, last - index < 4, !items[last + 1].isAfterBreak, items[last + 1].onlySpacesBefore,
                  !items[last + 1].classes.contains(.function), !items[last + 1].classes.contains(.schoolGeneric) {
                last += 1
                if StreetTypes.isStreetType(items[last].lower) { return last }
            }
        }
        return nil
    }

    /// "the University of Keele", "university of east anglia", "uni of derby": a university named by its place
    /// after "of", not "the university of life".
    static func universityOf(_ items: [Words.Word], at index: Int, shouting: Bool) -> Int? {
        guard ["university", "uni", "univeristy", "universty", "univercity"].contains(items[index].lower), index + 2 < items.count, items[index + 1].lower == "of",
              !items[index + 1].isAfterBreak, !items[index + 2].isAfterBreak, items[index + 2].onlySpacesBefore else { return nil }
        let place = items[index + 2]
        guard !place.classes.contains(.function), !place.classes.contains(.schoolGeneric), !place.isTextSpeak,
              place.lists.contains(.place) || (place.isCapitalised && !shouting) || !place.lists.isEveryday
                || ["east", "west", "north", "south"].contains(place.lower) else { return nil }
        return secondPlaceWord(items, index + 2, shouting: shouting) ?? index + 2
    }

    /// "pru on [address]": a referral unit known by a street the address finder has already taken. The end of
    /// the placeholder, or nil.
    static func referralUnitOnAddress(_ items: [Words.Word], at index: Int) -> String.Index? {
        // "college on [address]": a college known by its street, as a referral unit is.
        guard ["pru", "college", "colleg", "colage"].contains(items[index].lower), index + 1 < items.count, items[index + 1].lower == "on",
              items[index + 1].placeholderAfter == .address else { return nil }
        let text = items[index].text.base
        let rest = text[items[index + 1].range.upperBound...].drop { $0 == " " }
        return rest.hasPrefix(Placeholder.address.rawValue) ? text.index(rest.startIndex, offsetBy: Placeholder.address.rawValue.count) : nil
    }

    /// Where the `[address]` just before a word starts, or nil.
    static func placeholderStart(before word: Words.Word) -> String.Index? {
        let text = word.text.base
        let before = text[..<word.range.lowerBound].reversed().drop { $0 == " " }
        let marker = Placeholder.address.rawValue
        guard String(before.prefix(marker.count).reversed()) == marker else { return nil }
        return text.index(before.startIndex.base, offsetBy: -marker.count)
    }

    /// A word of a Welsh or Gaelic school's name: one of its small words, a capitalised word, or a word no
    /// English list knows.
    private static func isOpeningTypeName(_ word: Words.Word, shouting: Bool) -> Bool {
        if openingTypeWords.contains(word.key) { return true }
        if word.classes.contains(.function) || word.classes.contains(.schoolGeneric) { return false }
        return (word.isCapitalised && !shouting) || word.isAllCapitals || !word.lists.isEveryday
    }

    /// A faith word ending a name ("Holy Cross RC", "Emmanuel Catholic", "St Anne's C of E"): only after a
    /// saint's opener, a capitalised word in mid-sentence, or "at", "to", "from" before the name.
    /// `afterPlace` false: "to", "at" or "from" before the name is not enough ("to comprehensive/secondary").
    static func isDenominationEnd(_ items: [Words.Word], _ index: Int, shouting: Bool, afterPlace: Bool = true) -> Bool {
        var cursor = isChurchOfEngland(items, index) ? index - 3 : index - 1
        var words = 0
        while cursor >= 0, words < 4, !items[cursor + 1].isAfterBreak {
            let word = items[cursor]
            if kinds.contains(word.lower) && !["of", "and", "e", "c"].contains(word.lower) || denominations.contains(word.lower) {
                cursor -= 1
                continue
            }
            if ["st", "st.", "saint", "holy", "lady", "cardinal", "bishop", "sacred", "blessed", "christ", "saints"].contains(word.lower) {
                return true
            }
            if ["at", "to", "from", "2", "attend", "attends", "attended"].contains(word.lower) { return afterPlace && words > 0 }
            if word.classes.contains(.schoolGeneric) || word.classes.contains(.function) { return false }
            if word.isCapitalised && !word.startsSentence && !shouting { return true }
            words += 1
            cursor -= 1
        }
        return false
    }

    /// The place after a school's type: "Harris Academy Oldfleet", "UTC Leek", "Beacon Academy, Sefton". Its
    /// index, or nil.
    static func placeAfter(_ items: [Words.Word], _ last: Int, shouting: Bool) -> Int? {
        let next = last + 1
        guard next < items.count, !items[next].isAfterBreak else { return nil }
        if items[last].punctuationAfter {
            // After a comma only a place everyone knows or a capitalised word.
            let word = items[next]
            guard !word.classes.contains(.schoolGeneric), !word.classes.contains(.function),
                  word.lists.contains(.place) || (word.isCapitalised && !shouting) else { return nil }
            return next
        }
        let place = items[next]
        // "UTC Leek", "utc leek": after a UTC any town everyone knows, even one that is also a word.
        let utcTown = items[last].lower == "utc" && place.lists.contains(.place) && !place.classes.contains(.function)
        guard isAcademyPlace(place, shouting: shouting) || (place.lists.contains(.place) && !place.lists.isEveryday) || utcTown
        else { return nil }
        return secondPlaceWord(items, next, shouting: shouting) ?? next
    }

    /// The second word of an academy's place: "Harris Academy Upper Norwood", "co-op academy leeds east". Written
    /// with capitals like the first, or a compass word after it; never a word about school ("Academy Oldfleet
    /// Year 9").
    static func secondPlaceWord(_ items: [Words.Word], _ place: Int, shouting: Bool) -> Int? {
        let next = place + 1
        guard next < items.count, !items[next].isAfterBreak, items[next].onlySpacesBefore, !items[place].punctuationAfter else { return nil }
        let word = items[next]
        guard !word.classes.contains(.function), !word.classes.contains(.schoolGeneric), !types.contains(word.lower),
              !kinds.contains(word.lower), !SchoolCues.schoolWords.contains(word.lower), !word.isTextSpeak else { return nil }
        if ["east", "west", "north", "south", "central"].contains(word.lower) { return next }
        let written = !shouting && items[place].isCapitalised && word.isCapitalised && !word.startsSentence
        return written ? next : nil
    }

    /// "stay at the canons high even tho", "went to the kings high.": "the", a word of its own, then "high" where a
    /// school is gone to and the clause ends or goes on with a small word; not "the canons high street", "at the
    /// very high end".
    static func isTheHigh(_ items: [Words.Word], _ index: Int) -> Bool {
        guard index >= 3, items[index - 2].lower == "the", ["at", "to", "2", "from", "attend", "attended", "left"].contains(items[index - 3].lower),
              !items[index - 1].isAfterBreak, !items[index].isAfterBreak, items[index - 1].onlySpacesBefore, items[index].onlySpacesBefore
        else { return false }
        let own = items[index - 1]
        guard own.lower.count >= 4, !own.classes.contains(.function), !own.classes.contains(.schoolGeneric),
              !own.lists.contains(.notName) || own.lists.contains(.place) else { return false }
        guard index + 1 < items.count, !items[index + 1].isAfterBreak, !items[index].punctuationAfter else { return true }
        return items[index + 1].classes.contains(.function) || ["even", "now", "and", "but", "till", "until", "lol", "tbh"].contains(items[index + 1].lower)
    }
}

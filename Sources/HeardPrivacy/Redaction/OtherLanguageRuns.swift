/// Words of another language are read as that language's words only in company, and never inside a school's
/// name. A sentence written in Polish, Romanian or Somali has several of them near one another ("nie wiem co
/// robić", "hooyo waan ku jeclahay"); a word of that list standing alone among English words is more likely a
/// name or a place that language also uses as a word ("i want contact with عائشہ", "Gedimino pr. 9, Vilnius").
/// A school named in another language ("liceum ogólnokształcące nr 3 w krakowie", "scoala generala nr 10
/// bacau") is made of that language's words. Such words are read as before the list: words no list holds.
enum OtherLanguageRuns {
    /// How far to look on each side for another word of another language.
    static let reach = 2

    /// Clears `WordFacts.otherLanguage` for each such word with no other word of another language of three
    /// letters or more in lower case within `reach` words of it, and for the words of a school's name in another
    /// language. `casual`: the comment shouts or capitalises every word, so a capital says nothing.
    static func readLoneWords(_ items: [Words.Word], _ facts: inout [WordFacts], casual: Bool) {
        guard facts.contains(where: \.otherLanguage) else { return }
        var school = [Bool](repeating: false, count: items.count)
        for index in items.indices where schoolWords.contains(items[index].key) {
            // Two words before ("cumhuriyet ilkokulu") to five after ("liceum ogólnokształcące nr 3 w krakowie").
            var start = index
            while start > max(0, index - 2), !items[start].isAfterBreak { start -= 1 }
            var end = index
            while end + 1 < items.count, end < index + 5, !items[end + 1].isAfterBreak { end += 1 }
            for offset in start...end { school[offset] = true }
        }
        // Company is a word of another language as `WordFacts` reads it ("also" is English, though Hungarian
        // "alsó" has its key), written in lower case: capitals side by side ("Gedimino ... Vilnius") are names
        // and places.
        let foreign = facts.indices.map { facts[$0].otherLanguage && items[$0].key.count >= 3 && (casual || !items[$0].isCapitalised) }
        for index in items.indices where facts[index].otherLanguage {
            let near = max(0, index - reach)...min(items.count - 1, index + reach)
            let company = near.contains { $0 != index && foreign[$0] }
            if !company || school[index] { facts[index].readAsUnlisted() }
        }
    }

    /// Words for a school in the other languages young people write, by their keys (marks taken off).
    static let schoolWords: Set<String> = [
        "liceum", "lyceum", "gimnazjum", "technikum", "szkola", "podstawowka", "scoala", "gimnaziala", "liceul",
        "colegiul", "lycee", "ecole", "escuela", "colegio", "instituto", "escola", "liceo", "scuola", "schule",
        "gymnasium", "realschule", "gesamtschule", "grundschule", "ilkokulu", "ortaokulu", "lisesi", "okulu", "lise",
        "школа", "гимназия", "лицей", "училище", "колледж", "مدرسة", "المدرسة", "مدرسه", "دبیرستان", "دبستان",
        "truong", "thcs", "thpt", "shkolla", "gjimnazi", "dugsiga", "skola", "iskola", "gimnazija", "mokykla",
        "gimnazjalna",
    ].reduce(into: Set<String>()) { $0.insert(NameKey.key($1)) }
}

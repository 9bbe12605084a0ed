/// Schools named in another language ("liceum ogólnokształcące nr 3 w krakowie", "collège jean moulin",
/// "cumhuriyet ilkokulu", "مدرسة الشهيد باسل"). Their words are everyday words of that language
/// (`Data/other-language-words.txt`), so no name rule takes them; beside a school's word of another language, the
/// words of its own name are taken as names are, so the school is never left standing.
enum NameForeignSchools {
    /// For each word: part of a school's own name in another language.
    static func ownNameWords(_ items: [Words.Word], _ facts: [WordFacts]) -> [Bool]? {
        guard items.contains(where: { schoolWords.contains($0.key) }) else { return nil }
        var marked = [Bool](repeating: false, count: items.count)
        // "collège" opens a school's name; "college" as typed is English and left to the school finder.
        for index in items.indices where schoolWords.contains(items[index].key)
            && !(items[index].lower == items[index].key && items[index].lists.contains(.english)) {
            marked[index] = true
            // Up to two words before ("cumhuriyet ilkokulu", "kadıköy anadolu lisesi").
            var back = index
            while back > index - 2, back > 0, !items[back].isAfterBreak, isOwnWord(items[back - 1], facts[back - 1]) {
                back -= 1
                marked[back] = true
            }
            // Up to five words after ("liceum ogólnokształcące nr 3 w krakowie"), over numbers and small words.
            var next = index + 1
            while next < items.count, next <= index + 5, !items[next].isAfterBreak, !isEnglish(items[next], facts[next]) {
                if isOwnWord(items[next], facts[next]) { marked[next] = true }
                next += 1
            }
        }
        return marked
    }

    /// A word of the school's own name: a word of another language, a word no list holds, or a name.
    private static func isOwnWord(_ word: Words.Word, _ fact: WordFacts) -> Bool {
        fact.couldBeName && word.key.count >= 3 && (fact.otherLanguage || fact.unlisted || fact.listed) && !isEnglish(word, fact)
    }

    /// An English word as typed ("college", not "collège"; "the"), which ends the school's name.
    private static func isEnglish(_ word: Words.Word, _ fact: WordFacts) -> Bool {
        word.key.count > 2 && word.lower == word.key && word.lists.contains(.english) && !fact.otherLanguage && !schoolWords.contains(word.key)
            || NameCues.functionWords.contains(word.lower) && word.key.count > 2
    }

    /// Words for a school in the other languages young people write, by their keys (marks taken off).
    static let schoolWords: Set<String> = [
        "liceum", "lyceum", "gimnazjum", "technikum", "szkola", "podstawowka", "scoala", "gimnaziala", "liceul",
        "colegiul", "college", "lycee", "ecole", "escuela", "colegio", "instituto", "escola", "liceo", "scuola", "schule",
        "gymnasium", "realschule", "gesamtschule", "grundschule", "ilkokulu", "ortaokulu", "lisesi", "okulu", "lise",
        "школа", "гимназия", "лицей", "училище", "колледж", "مدرسة", "المدرسة", "مدرسه", "دبیرستان", "دبستان",
        "truong", "thcs", "thpt", "shkolla", "gjimnazi", "dugsiga", "skola", "iskola", "gimnazija", "mokykla",
        "gimnazjalna", "lycée", "école",
    ].reduce(into: Set<String>()) { $0.insert(NameKey.key($1)) }
}

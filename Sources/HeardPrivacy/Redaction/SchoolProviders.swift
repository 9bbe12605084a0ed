/// Training providers and alternative provision known by a name of their own before a provider's word
/// (`Data/school-words.txt`): "the bus to ProStart Training", "transport to Prime Futures", "doing my level 2 at
/// springboard pathways". The words before it must be written as a name: capitals in mid-sentence, or a word
/// no list knows; before a course's word ("Training", "Skills") a word no list knows. So "boxing training",
/// "my futures", "Fire Safety Training" and "Functional Skills" stay.
enum SchoolProviders {
    static let words: Set<String> = SchoolWordList.shipped.words(.provider).union(courseWords)
    /// Words that end a course's name too ("First Aid Training"): a provider's only after a word no list knows.
    static let courseWords: Set<String> = SchoolWordList.shipped.words(.course)

    /// The first word of a provider's name ending at `index` (a provider's word), or nil.
    static func start(_ items: [Words.Word], endingAt index: Int, shouting: Bool) -> Int? {
        guard !shouting, index > 0, words.contains(items[index].lower), !items[index].isAfterBreak else { return nil }
        var first = index
        while first > 0, index - first < 3, !items[first].isAfterBreak, items[first].onlySpacesBefore
                || SchoolRedaction.gap(items, first).trimmingCharacters(in: .whitespaces) == "&",
              isNameWord(items[first - 1]) {
            first -= 1
        }
        guard first < index else { return nil }
        if courseWords.contains(items[index].lower), !(first..<index).contains(where: { !items[$0].lists.isEveryday }) { return nil }
        return first
    }

    /// "ProStart", "Prime", "springboard" (a word no list knows); not an abbreviation in capitals ("CSCS
    /// training"), a small or generic word, or a word that opens a sentence with its capital alone.
    private static func isNameWord(_ word: Words.Word) -> Bool {
        guard !word.isAllCapitals, word.lower.count >= 3, !word.classes.contains(.function), !word.classes.contains(.schoolGeneric),
              !word.isTextSpeak, !word.lists.contains(.place) || word.isCapitalised else { return false }
        if word.isCapitalised { return !word.startsSentence || !word.lists.isEveryday }
        return !word.lists.isEveryday && !word.lists.isName && !Misspelling.isNearEverydayWord(word.key)
    }
}

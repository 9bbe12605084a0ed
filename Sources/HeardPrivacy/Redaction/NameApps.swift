/// Apps and games named in any spelling or alphabet that `HandlePlaces` knows ("snapp", "инстаграм", "tiktoku",
/// "face book"): ordinary words beside a handle, not people. One list (`Data/platform-names.txt`) says what an
/// app is, for finding handles and for not taking apps for names.
extension NameDecision {
    /// Whether the word names an app, alone or as one word of a two-word name ("tic toc", "face book").
    static func namesApp(_ items: [Words.Word], at index: Int) -> Bool {
        let places = HandlePlaces.shipped
        let key = items[index].key
        if places.mayBeName(key), places.isName(key) { return true }
        if index + 1 < items.count, !items[index + 1].isAfterBreak, places.isPhrase(key, items[index + 1].key) { return true }
        return index > 0 && !items[index].isAfterBreak && places.isPhrase(items[index - 1].key, key)
    }

    /// An app's name is a person's only where the name grammar is surest: after a title ("Mr Snapp", "mrs Gram"),
    /// or a name the lists hold, written with a capital in a person's place ("my friend Snapp said").
    mutating func decideApp() -> Bool {
        if NameCues.afterTitle(items, at: index) { return true }
        return fact.listed && midSentenceCapital && NameCues.precedes(items, at: index)
    }
}

/// Streets written the way of another language: the street word first ("ul. Długa 12", "Heol y Felin", "Via
/// Roma 3"), at the end of one word ("Hauptstraße 5") or after the name ("Atatürk Caddesi No: 15").
extension AddressFinder {
    /// "ul. Długa 12", "Heol y Felin", "Via Roma 3", "Hauptstraße 5", "Atatürk Caddesi No: 15".
    func foreignStreet(at index: Int) -> Int? {
        guard tokens[index].kind == .word else { return nil }
        let lower = tokens[index].lower
        if let end = welshStreet(at: index, afterNumber: index > 0 && isNumber(index - 1) && joined(index)) { return end }
        // "via email", "via leeds": a street word that is also English is the foreign chain's, with its guards.
        if has(index, .foreignPrefix), !has(index, .englishStreetWord) {
            guard lower.count >= 3 || tokens[index].text.hasSuffix(".") || tokens[index].isCapitalised else { return nil }
            var end = index + 1
            // The street's own name, then words of its own or small joining words ("Lon y Waun", "rue de la
            // Paix"), never the sentence going on ("Cae Goch and it had mould", "Llys Ddu through the council").
            while end < tokens.count, end - index <= 4, joined(end), tokens[end].kind == .word {
                let word = tokens[end].lower
                let afterJoining = end > index + 1 && AddressWords.joiningWords.contains(tokens[end - 1].lower)
                let own = !AddressWords.stops.contains(word) && (end == index + 1 || afterJoining || isOwnWord(end, own: .distinctive))
                let joining = end > index + 1 && AddressWords.joiningWords.contains(word) && end + 1 < tokens.count
                    && tokens[end + 1].kind == .word && joined(end + 1)
                guard own || joining else { break }
                end += 1
            }
            guard end > index + 1 else { return nil }
            if isNumber(end), joined(end) { end += 1 }
            return end
        }
        if tokens[index].isCapitalised || tokens[index].kind == .word, AddressWords.hasForeignSuffix(lower) {
            var end = index + 1
            if isWord(end, in: ["no", "nr"]), isNumber(end + 1) { end += 1 }
            if isNumber(end), joined(end) { return end + 1 }
            return precededByCue(index) ? end : nil
        }
        if index + 1 < tokens.count, joined(index + 1), has(index + 1, .afterName),
           tokens[index].isCapitalised || !Gazetteer.isEverydayWord(NameKey.key(lower)) {
            var end = index + 2
            if isWord(end, in: ["no", "nr"]), isNumber(end + 1) { end += 1 }
            if isNumber(end), joined(end) { end += 1 }
            return end
        }
        return nil
    }
}

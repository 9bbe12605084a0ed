/// Turns inside one sentence (issue 13, fifteenth round): young people run an ordinary frame and a disclosure
/// together ("footballs good lol anyway my dad...", "i play roblox but people in my class..."). An ordinary reading
/// told before a turn (TURN in words.txt; CONTRAST too for the readings that say the harm is not the writer's)
/// stays with the frame and does not reach a flag told wholly after the turn: an exclusion switches a flag off only
/// when the benign reading is explicit beside the harm, not in the frame before it.
extension OrdinaryReadings {
    /// Whether a turn (TURN: "anyway", "also", "lol"...; with `contrastToo`, CONTRAST too: "but", "though"...)
    /// stands after every word of `benign` and before every word of the flag, in one sentence: the frame told
    /// first and the harm after the turn ("i play roblox but people in my class made a group chat about me"), so
    /// the frame's exclusion does not reach the harm. A reading told after the harm ("he hit me but it was an
    /// accident") or a flag that starts before the turn still answers to it.
    func turnsAway(from benign: Set<Int>, to flag: Set<Int>, contrastToo: Bool) -> Bool {
        guard let last = benign.max(), let first = flag.min(), first > last else { return false }
        let words = matcher.text.words
        guard words[last].sentence == words[first].sentence else { return false }
        return matcher.table.spans.contains { span in
            let atom = Int(span.atom)
            return (atom == knowledge.turnAtom || (contrastToo && atom == knowledge.contrastAtom))
                && Int(span.start) > last && Int(span.end) <= first
        }
    }

    /// Whether a TURN after word `benign` comes before any of `flagWords` in `sentence` (for the trained layer's
    /// flags, whose words may sit on both sides of a turn).
    func turnsBefore(_ flagWords: Set<Int>, after benign: Int, in sentence: Int) -> Bool {
        guard let turnAtom = knowledge.turnAtom else { return false }
        let words = matcher.text.words
        return matcher.table.spans.contains { span in
            Int(span.atom) == turnAtom && Int(span.start) > benign && words[Int(span.start)].sentence == sentence
                && flagWords.contains { $0 >= Int(span.end) && words[$0].sentence == sentence }
        }
    }

    /// The readings that say a flag's harm is not the writer's own (a film, talk in general, a lesson's topic,
    /// another young person dealt with): after a "but" the writer turns to their own account.
    static let notTheWritersHarm: Set<OrdinaryReading.Scope> = [.notAboutMe, .topic, .dealtWith, .someoneElse]
}

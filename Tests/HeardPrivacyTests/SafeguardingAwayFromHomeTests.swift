import Testing
@testable import HeardPrivacy

/// Staying away from a home that is bad now (issue 13, nineteenth round): where the young person stays or goes
/// instead, beside home told as bad in the same sentence, is flagged by the rules themselves, so the trained layer
/// is not the only thing holding that sense (the retrained layer of the eighteenth round, like the eleventh round's,
/// let "i stay at my mates till really late cos its horrible in my house right now" drop). Examples written for
/// these tests, in new words.
@Suite("The safeguarding screen: staying away from a home that is bad now")
struct SafeguardingAwayFromHomeTests: ScreenProbe {
    @Test("staying away because home is bad is flagged by the rules, not by the trained layer alone", arguments: [
        "most nights i stop out till gone 11 cos its awful at home at the moment",
        "i sleep round my nans loads because its a nightmare in our house since he moved in",
        "i keep out of the house as much as i can, home is hell right now",
        "i stay round my boyfriends most weekends cos its so tense at mine",
        "after college i go to my mates and stay as long as they let me because my house is horrible",
    ])
    func flaggedByRules(disclosure: String) {
        #expect(rulesFlag(disclosure), "the rules miss it")
        #expect(flagged(disclosure))
    }

    @Test("staying at a friend's or out late for ordinary reasons is not flagged by the rules", arguments: [
        "i stay at my mates on fridays cos we play fifa till late",
        "i love staying at my nans, her house is always warm and she makes pancakes",
        "stayed at my friends for her sleepover and the weather was horrible",
        "i stay at my mates sometimes but its not horrible at home, just boring",
        "i stay out on my bike till it gets dark cos the evenings are nice now",
    ])
    func ordinaryNotFlaggedByRules(comment: String) {
        #expect(!rulesFlag(comment), "the rules flag it")
    }
}

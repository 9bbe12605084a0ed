import Testing
@testable import HeardPrivacy

/// Fifteenth round (issue 13): everyday senses read in a flag's own words (a belt that is a grade, the writer who
/// filmed a fight, money someone owes the writer, "got me out of it", a lesson's topic, the news), past harm over
/// with the abuser caught, and recall gaps (a padlocked fridge, an adult's own drink shared with a child, lying
/// awake listening for someone, staying out "so i dont have to go back"). Each ordinary reading has disclosures
/// beside it that must still flag. Examples written for these tests.
@Suite("The safeguarding screen: who acts, and what a word means here")
struct SafeguardingWhoAndWhatTests: ScreenProbe {
    @Test("ordinary senses are not flagged by the rules", arguments: [
        "got a kick to the ribs at taekwondo but passed my green belt",
        "my belt grading is on saturday, we do loads of kicking drills",
        "there was a scrap on the field and i filmed it, got a detention",
        "my foster brother owes me a tenner and keeps saying hell pay me friday",
        "got mixed up with the wrong crowd in year 9 but my worker got me out of it and im doing well",
        "pshe this week was about county lines, the video was grim",
        "we did county lines in citizenship, it was interesting",
        "a lad from the next town overdosed at a party, it was in the paper",
        "i was groomed when i was 13 but the police caught him and hes in prison",
    ])
    func ordinarySenses(ordinary: String) {
        #expect(!rulesFlag(ordinary), "a rule flagged an everyday sense of its words")
    }

    @Test("the same words in harm still flag", arguments: [
        "my dad took his belt off and hit me with it",
        "the year 11s jumped me and everyone filmed it",
        "i owe a lad from the estate 200 quid and he says i have to run bags for him",
        "my uncle got me weed and vodka for my birthday",
        "we did county lines in pshe and thats what the older boys make me do every weekend",
        "i was groomed when i was 13 and hes still messaging me",
        "my carer padlocked the fridge so i go to bed hungry",
        "my dad lets me have his cans and im only 11",
        "i lie awake listening for his car every night",
        "i stay at the library till it shuts so i dont have to go back to the house",
        "i love art club lol, i stay late so i dont have to go back to my dads",
    ])
    func harmStillFlags(disclosure: String) {
        #expect(rulesFlag(disclosure), "a disclosure lost its rule")
    }
}

import Testing
@testable import HeardPrivacy

/// The ordinary senses of words the rules read (issue 13, fifth round): who acts (a dog), what is thrown (a
/// cushion), which numb (after the dentist), a number that is minutes and not an age, a toy that shares a
/// weapon's name, tears of laughter, bullies in a story, hands over eyes at a film, a brother's nosiness, and a
/// care leaver's home of their own for years as safety now. Each reading is read only in the flag's own words
/// (or, for safety now, its own sentence), and each has a disclosure in the same frame that must still flag.
/// Examples written for these tests, in new words.
@Suite("The safeguarding screen: ordinary senses of the rules' words")
struct SafeguardingWordSenseTests: ScreenProbe {
    /// Whether a sign rule (a pair of warning signs the trained layer weighs) fires.
    func signsFire(_ text: String) -> Bool {
        let knowledge = ScreenKnowledge.shipped
        let screenText = ScreenText(text)
        let table = knowledge.index.spans(in: screenText)
        return !RuleHits(screenText, table: table, knowledge: knowledge, gate: true).signKinds.isEmpty
    }

    @Test("an animal bites, a soft thing is thrown; a person hurting the writer still flags", arguments: [
        ("the neighbours cat bit my finger when i stroked her belly", "the neighbours cat bit my finger and then my stepdad punched my arm for crying"),
        ("my brother threw a pillow at my face cos i hogged the xbox", "my brother threw a glass at my face cos i hogged the xbox"),
        ("mum chucked a sock at my head to wake me up lol", "mum threw her shoe at my head when i woke her up"),
    ])
    func whoActsAndWithWhat(ordinary: String, disclosure: String) {
        #expect(!rulesFlag(ordinary), "ordinary flagged by a rule")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("numb after an injection, tears of laughter; numb inside and crying still flag", arguments: [
        ("had a tooth out, my lip was numb all afternoon and everyone was crying laughing at me", "i feel numb all the time now and just cry in my room"),
        ("numb from the injection at the dentist and my carer cried laughing at my dribble", "my arm went numb from leaning on it but honestly i feel numb and empty inside"),
    ])
    func numbAndTears(ordinary: String, disclosure: String) {
        #expect(!rulesFlag(ordinary), "ordinary flagged by a rule")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("a number followed by minutes is not an age: no sign of a young child left alone")
    func minutesNotAges() {
        #expect(!signsFire("carer texts me if im 10 mins late back from town, all the time, so extra"))
        #expect(signsFire("carer leaves us on our own for hours, all the time, and im 10"))
        #expect(flagged("im 10 and left on my own all night all the time while mum goes out"))
    }

    @Test("a toy that shares a weapon's name; a real one still flags", arguments: [
        ("we had a nerf gun battle with my foster brother and the carers joined in", "my foster brother keeps a knife in his room and says hell use it on me"),
        ("got soaked in a water pistol fight with my cousins at the park", "my cousin pointed a gun at me at the park and said he'd shoot"),
    ])
    func toysNotWeapons(ordinary: String, disclosure: String) {
        #expect(!rulesFlag(ordinary), "ordinary flagged by a rule")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("bullies in a story, hands over eyes at a film; bullies at school still flag", arguments: [
        ("the bullies in that netflix series are nothing like anyone at my college", "the bullies in my year are worse than any film, they push me down the stairs every day"),
        ("the slasher movie was so gory i had to cover my eyes the whole time", "i cover my arms so no one sees where ive cut them"),
    ])
    func storiesNotAccounts(ordinary: String, disclosure: String) {
        #expect(!rulesFlag(ordinary), "ordinary flagged by a rule")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("a brother reading a diary is nosiness; a threat with it still flags")
    func siblingNosiness() {
        #expect(!rulesFlag("my little brother is a pain, he keeps trying to read my diary"))
        #expect(rulesFlag("my older brother reads my messages and says if i dont give him money hell send them to everyone"))
    }

    @Test("a home of one's own for years is safety now in the same sentence; harm still going on keeps the flag", arguments: [
        ("i was homeless for a month at 18 but ive had my own flat for 3 years and i love it", "i was homeless at 18 and even though ive had my own flat for a year im still sofa surfing cos my ex has the keys"),
    ])
    func ownHomeNow(ordinary: String, disclosure: String) {
        #expect(!rulesFlag(ordinary), "ordinary flagged by a rule")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("made to, for money: an errand or a person is needed; a fine from pocket money is not exploitation", arguments: [
        ("i broke the tv so i have to pay it back out of my pocket money, fair enough", "the olders make me carry it to the park and i get money off them"),
    ])
    func madeToForMoney(ordinary: String, disclosure: String) {
        #expect(!rulesFlag(ordinary), "ordinary flagged by a rule")
        #expect(flagged(disclosure), "disclosure missed")
    }
}

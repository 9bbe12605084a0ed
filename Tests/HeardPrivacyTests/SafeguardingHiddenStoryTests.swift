import Testing
@testable import HeardPrivacy

/// Two recall gaps of the eleventh round (issue 13, batch-26 round): a cover story with no injury word and no stock
/// story (the writer told to say something, or saying it and then "it wasnt that"), and a mark hidden so that
/// nobody will see or ask, where "nobody" and "dont" are the hiding's purpose and not a denial of the mark. Beside
/// each, the ordinary sentences the new rules must leave alone. Examples written for these tests, in new words.
@Suite("The safeguarding screen: stories with no injury word, and marks hidden so nobody asks")
struct SafeguardingHiddenStoryTests: ScreenProbe {
    @Test("a cover story with no injury word is flagged by the rules", arguments: [
        // Said, then denied by the writer.
        "i told my teacher i came off my scooter but it wasnt that",
        "told the nurse i fell off the wall but thats not what happened",
        // Someone's story, and the writer's word that it cannot be true.
        "my stepmum says i fell off my bike if school asks about my arm. i dont even have a bike",
        "im supposed to say it happened at rugby but i dont play rugby",
        "nan says my ribs are from football if anyone wants to know. i hate football, i never play it",
        // The story before the asking.
        "the marks are from the trampoline if the social worker asks, thats what im meant to say",
        // No injury word at all: told what to say, someone asking, or the writer saying it was not so.
        "my aunty said to tell the nurse i fell off the climbing frame, i wasnt even at the park",
        "mum goes if anyone asks about your eye you walked into the cupboard door",
        "i didnt really fall off the wall like everyone thinks",
        "its not from rugby like i told school",
        "he says im clumsy but im not, thats not where the bruises come from",
    ])
    func storiesWithNoInjuryWord(disclosure: String) {
        #expect(rulesFlag(disclosure), "a cover story missed by the rules")
    }

    @Test("a story told about something that was not bad, or about sleep, raises none of them", arguments: [
        "i told my carer i fell off my bike but it wasnt that bad, just a graze",
        "told my mum i fell asleep early but really i was on my phone all night",
        "i told the coach i fell over at training but it wasnt that serious",
        "if anyone asks, i love my new placement and my carers are the best",
        "i didnt fall off my bike once this summer, proud of myself",
        "my carer told me to say thank you to the bus driver",
    ])
    func notStories(ordinary: String) {
        #expect(!coverStoryFires(ordinary), "an ordinary story read as a cover story")
    }

    @Test("'it wasnt that bad' does not switch off a story that was told to be said")
    func toldToSayStillFlags() {
        #expect(rulesFlag("my dad told me to say the bruise was from pe but it wasnt that bad so i didnt mind"))
    }

    @Test("a mark hidden so nobody sees or asks is flagged by the rules", arguments: [
        "i wear a big coat in class so nobody asks about the bruises",
        "i wear my hair down so the teachers dont see the marks on my neck",
        "long sleeves all summer so no one would ask about the cuts",
        "i dont want anyone to see the burns on my legs so i wear trackies",
        "so that no one asks, i keep plasters over the cuts on my arms",
    ])
    func hiddenMarks(disclosure: String) {
        #expect(rulesFlag(disclosure), "a hidden mark missed by the rules")
    }

    @Test("a plain denial is still a denial: 'would', 'will' or 'can' after 'nobody' do not undo it", arguments: [
        "nobody hits me here",
        "nobody would ever hurt me at my nans",
        "no one will hit me in this house",
        "nobody can hurt me now",
    ])
    func plainDenials(ordinary: String) {
        #expect(!rulesFlag(ordinary), "a denial read as a disclosure")
    }
}

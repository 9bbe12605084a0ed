import Testing
@testable import HeardPrivacy

/// Very tricky ordinary comments (issue 13, twelfth round): alarming words in a sense that is plainly not harm
/// when the sentence is read whole. A game named as the frame, nobody hurt in a fire, "humiliating" said of a game
/// lost, a simile ("looks like i got hit by a bus"), kicks all through a match, friends swapping threats as a
/// joke, a knife brought into school once, being kicked out of a club or a college. Each reading has disclosures in the same frame that must stay flagged. Examples written for these tests,
/// in new words.
@Suite("The safeguarding screen: very tricky ordinary comments")
struct SafeguardingTrickyOrdinaryTests: ScreenProbe {
    @Test("everyday senses raise no rule", arguments: [
        "skyrim on legendary: a dragon ate me twice before i left the first town. humiliating",
        "lost 10-0 at chess club to a year 7, so humiliating",
        "my hair after the swimming gala looks like i got hit by a tornado",
        "after cross country i feel like i got hit by a bus",
        "the other side were kicking us all game and the ref gave nothing, we still won",
        "me and my best mate threaten each other with the worst memes every night",
        "somebody brought a knife into college and got expelled the same day",
        "i was kicked out of drama club for talking too much",
    ])
    func everydaySenses(comment: String) {
        #expect(!rulesFlag(comment), "an everyday sense raised a rule")
    }

    @Test("disclosures in the same senses stay flagged", arguments: [
        // "Humiliating" done by a person, or to the writer.
        "my stepmum humiliates me in front of her friends and makes me stand in the corner",
        "its humiliating what he does to me when mum is at work",
        "staff humiliated me by reading my letters out to everyone",
        // A simile that names a person, and a simile beside a real blow.
        "my face looked like i got hit by a grown man because thats what happened",
        "i look like i got hit by a bus cos my dad punched me last night",
        // Kicks during a match from a person who should keep them safe, or told as a habit.
        "my coach kicks me when i miss a pass and nobody says anything",
        "the older lads kicked me all the way home after the match and said theyd do it again",
        // Threats to the writer, not swapped as a joke.
        "he threatens me every night and says hell hurt my mum",
        "they threatened to post my pics unless i send more",
        // Knives as a house rule or a school incident, beside a threat or a blow to the writer.
        "carers lock the knives away but my foster brother still gets one out and threatens me",
        "they lock the sharp knives away cos my dad gets angry and waves them about",
        "a lad in my year brought a knife into school to get me",
        "my brother brought a knife home and waved it at mum when she said no",
        // Kicked out, beside a blow or nowhere to sleep.
        "i got kicked out of the house last night and slept on the bus",
        "i was kicked in the ribs by my stepdad",
    ])
    func disclosuresStay(disclosure: String) {
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("a named game or nobody hurt in an event is read as ordinary by the trained layer", arguments: [
        "my character in red dead got hanged by the sheriff again tonight, im terrible at it",
        "there was a fire in the flats across the road last night, loads of fire engines, no one was hurt thank god",
    ])
    func modelFrames(ordinary: String) {
        #expect(!flagged(ordinary), "ordinary flagged")
    }

    @Test("the same frames beside harm to the writer stay flagged", arguments: [
        "a man i play fortnite with sends me money and wants to meet me on my own and says not to tell",
        "no one was hurt in the fire but my dad hits me when he is drunk",
        "nobody got hurt that time but he locks me in my room every night",
        "he makes me play pokemon with him in his room and touches me",
    ])
    func framesBesideHarm(disclosure: String) {
        #expect(flagged(disclosure), "disclosure missed")
    }
}

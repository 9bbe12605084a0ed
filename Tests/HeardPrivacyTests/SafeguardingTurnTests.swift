import Testing
@testable import HeardPrivacy

/// A frame and a disclosure run together in one sentence (issue 13, fifteenth round): young people tell the ordinary
/// thing first and turn to the harm with "but", "anyway", "also" or a "lol". An ordinary reading told before the turn
/// (a game, a film, a lesson's topic) stays with the frame and does not switch off the harm told after it; told
/// after the harm, or around it, it still reads the harm. Examples written for these tests, in new words.
@Suite("The safeguarding screen: a frame, a turn, then the harm")
struct SafeguardingTurnTests: ScreenProbe {
    @Test("a frame before a turn does not switch off the harm after it", arguments: [
        "i play minecraft but people in my class made a group chat called loser and then my name",
        "the assembly was about knife crime, also people in my class made a group chat called kill and put my name in it",
    ])
    func frameBeforeTurn(disclosure: String) {
        #expect(rulesFlag(disclosure), "a frame's reading reached across a turn and switched off the harm")
    }

    @Test("a reading around the harm, or after it, still reads it", arguments: [
        "we watched a film about a boy who gets bullied, it was sad",
        "reading a book about a girl who runs away from home, really good so far lol",
        "i love football but i get kicked in the shins every match and my legs are black and blue",
        "a lad in my year got bullied online but the school sorted it and he is fine now",
        "i got kicked in the leg lol it was at football training",
    ])
    func readingAroundHarm(ordinary: String) {
        #expect(!flagged(ordinary), "an ordinary frame was flagged")
    }

    @Test("a day out before 'anyway' or 'lol' leaves the neglect told after it flagged", arguments: [
        "played football at the park anyway my mum doesnt come home for days and i look after my sisters",
        "had a good time at the youth club lol my mum doesnt come home for days and i look after my sisters",
        "went to the skate park lol anyway my dad is gone for days at a time and we have no food",
    ])
    func neglectAfterTurn(disclosure: String) {
        #expect(flagged(disclosure), "a day out told first switched off neglect told after it")
    }

    @Test("for the trained layer's flags, a turn after a game counts only with a weighed word after it")
    func turnBeforeModelWords() {
        let knowledge = ScreenKnowledge.shipped
        let text = ScreenText("played fifa all night anyway mum is never in")
        let table = knowledge.index.spans(in: text)
        let readings = OrdinaryReadings(knowledge: knowledge, matcher: PatternMatcher(text: text, table: table))
        // "fifa" (word 1), "anyway" (4), "never in" (7, 8).
        #expect(readings.turnsBefore([1, 8], after: 1, in: 0))
        #expect(!readings.turnsBefore([1, 2], after: 1, in: 0), "no weighed word after the turn")
    }

    @Test("a turn is read only between the frame and the harm, in one sentence")
    func turnPlacement() {
        let knowledge = ScreenKnowledge.shipped
        let text = ScreenText("i play roblox but people in my class made a group chat")
        let table = knowledge.index.spans(in: text)
        let readings = OrdinaryReadings(knowledge: knowledge, matcher: PatternMatcher(text: text, table: table))
        // "roblox" (word 2), "but" (3), "made a group chat" (8...11).
        #expect(readings.turnsAway(from: [2], to: [8, 9, 10, 11], contrastToo: true))
        #expect(!readings.turnsAway(from: [2], to: [8, 9, 10, 11], contrastToo: false), "'but' is a turn only for some readings")
        #expect(!readings.turnsAway(from: [8], to: [2], contrastToo: true), "a reading after the harm is not cut off")
        #expect(!readings.turnsAway(from: [2], to: [1, 8], contrastToo: true), "a flag that starts before the turn is not cut off")
    }
}

import Testing
@testable import HeardPrivacy

/// Every kind of disclosure, in words written for these tests (none copied from any evaluation set): plain,
/// indirect, in text-speak, naming any adult or peer, inside an ordinary sentence.
@Suite("The safeguarding screen: each kind of disclosure")
struct SafeguardingKindTests {
    static let screen = SafeguardingScreen()

    func expectFlag(_ text: String, _ kind: ConcernKind, sourceLocation: SourceLocation = #_sourceLocation) {
        let result = Self.screen.scan(text)
        #expect(result.kinds.contains(kind), "expected \(kind.rawValue), got \(result.kinds.map(\.rawValue))",
                sourceLocation: sourceLocation)
        #expect(!result.evidence.isEmpty, sourceLocation: sourceLocation)
    }

    @Test("physical abuse: any adult, any verb, passive or active, marks and cover stories", arguments: [
        "my stepmums brother slaps me about when hes been on the cans",
        "i got battered by my foster dad for coming in late",
        "me and my little sister get hit with a shoe if we make noise",
        "theres bruises on my legs from where she kicked me",
        "had to tell the nurse i fell off my bike but it was my dad",
        "aunty takes her belt off if i answer back",
    ])
    func physical(text: String) { expectFlag(text, .physicalAbuse) }

    @Test("sexual abuse and grooming by adults they know", arguments: [
        "my mums mate keeps touching my leg under the table",
        "the man who lodges with us gets into my bed when mum is on nights",
        "a staff member watches me get changed and says its his job",
        "my cousin said its our secret and nobody would believe me anyway",
    ])
    func sexual(text: String) {
        let result = Self.screen.scan(text)
        #expect(result.isConcern && !result.evidence.isEmpty, "not flagged")
        #expect(result.kinds.contains(.sexualAbuse) || result.kinds.contains(.abuse) || result.kinds.contains(.physicalAbuse),
                "got \(result.kinds.map(\.rawValue))")
    }

    @Test("emotional abuse: insults, scapegoating, punishments, threats of being taken or cut off", arguments: [
        ("my carer tells me im a waste of space every day", ConcernKind.emotionalAbuse),
        ("dad said hes taking me out of school and ill never see my mates again", .emotionalAbuse),
        ("they get takeaway and i have to eat toast in my room cos im not really family", .emotionalAbuse),
        ("nan makes me kneel on the floor for hours when im bad", .emotionalAbuse),
    ])
    func emotional(text: String, kind: ConcernKind) { expectFlag(text, kind) }

    @Test("neglect: food, warmth, cleanliness, care, left alone", arguments: [
        "theres no food in the house again so i just have crisps",
        "ive had the same uniform on for 2 weeks and kids say i smell",
        "mum goes out friday and im left on my own with the baby all weekend",
        "my tooth has been killing me for months and nobody takes me to a dentist",
    ])
    func neglect(text: String) { expectFlag(text, .neglect) }

    @Test("self-harm, named or described", arguments: [
        "ive started cutting again since the move",
        "i bang my head on the wall till it goes quiet",
        "i keep a blade in my purse just in case",
        "i scratch my arms raw when i get stressed",
    ])
    func selfHarm(text: String) { expectFlag(text, .selfHarm) }

    @Test("suicidal thoughts, including passive ones with no 'suicide' or 'kill'", arguments: [
        "everyone would be so much happier if i wasnt here",
        "i dont want to wake up tomorrow",
        "whats the point of me tbh",
        "i have been thinking about jumping off the bridge by the canal",
        "im stockpiling my tablets",
        "kms",
    ])
    func suicidal(text: String) { expectFlag(text, .suicidalThoughts) }

    @Test("eating problems", arguments: [
        "i make myself sick after tea so i dont put weight on",
        "i havent eaten for three days and i feel in control",
        "i count every calorie and if i go over i run till i nearly pass out",
    ])
    func eating(text: String) { expectFlag(text, .eatingProblems) }

    @Test("exploitation: substances from others, debt, errands, grooming, online, age gaps", arguments: [
        "a lad at the bus station gives me vodka and takes me to parties",
        "i buy tablets to help me sleep off someone at college",
        "i owe some people money and they say i have to hold stuff for them",
        "my cousin sends me to get his weed",
        "a man i met on snapchat wants to meet up and said not to tell my carers",
        "im 14 and hes 22 and he buys me stuff",
        "they make me do things i dont want to do to pay it back",
    ])
    func exploitation(text: String) { expectFlag(text, .exploitation) }

    @Test("going missing and running away", arguments: [
        "i ran away from my placement last night and slept at a mates",
        "im going to run off this weekend and nobody will find me",
        "i didnt come home till 5 in the morning and staff reported me missing",
    ])
    func missing(text: String) { expectFlag(text, .missing) }

    @Test("no safe place tonight", arguments: [
        "my dad kicked me out and ive got nowhere to go tonight",
        "been sofa surfing for a week and my mate says i have to leave tomorrow",
        "i slept in a stairwell last night",
    ])
    func homeless(text: String) { expectFlag(text, .homelessTonight) }

    @Test("abuse in their own relationship", arguments: [
        "my bf goes through my phone and wont let me see my friends",
        "my girlfriend slaps me when she gets jealous",
        "my boyfriend said hell post the pics if i finish with him",
    ])
    func relationship(text: String) { expectFlag(text, .relationshipAbuse) }

    @Test("unsafe where they live, including harm to others at home", arguments: [
        "i dont feel safe at my dads",
        "my stepdad gets drunk and hits my mum",
        "i sleep with a chair against the door cos of my uncle",
        "i dont want to go home at weekends because of my step dad",
    ])
    func unsafe(text: String) { expectFlag(text, .unsafeWhereLiving) }

    @Test("bullying, and bullying adults do nothing about", arguments: [
        "im bullied every night at the home and staff dont do anything",
        "i hide in the toilets at break so they cant find me",
    ])
    func bullying(text: String) { expectFlag(text, .severeBullying) }

    @Test("a threat to hurt them, whatever kind an officer files it under")
    func threat() {
        let result = Self.screen.scan("some lads said they are going to stab me after school")
        #expect(result.isConcern)
        #expect(!Set(result.kinds).isDisjoint(with: [.severeBullying, .emotionalAbuse, .physicalAbuse, .exploitation]))
    }

    @Test("a plain plea for help", arguments: ["please help me", "someone help me i need to get out of this house"])
    func help(text: String) { #expect(Self.screen.scan(text).isConcern) }

    /// Written for round two of issue 13, after the trained layer and before running it on them: one for each
    /// kind, each told indirectly, in young people's style, so the rules OR the trained layer must carry it.
    @Test("a fresh, indirect example of every kind, rules or trained layer", arguments: [
        "my step mum locks me in the box room when her sister visits and says i brought it on myself",
        "theres been no electric for a week and i do my homework by my phone torch",
        "ive started scratching my wrists with a compass in maths so nobody sees",
        "sometimes i think everyone would get on easier if i just wasnt around anymore",
        "only eat one cracker a day now and make myself sick if i have more",
        "the lads from the flats give me a phone and i take bags to other towns, if i lose one i owe them",
        "stayed at a mates mates house for 3 nights and my carers dont know where i am",
        "got kicked out tonight and im sat at the train station with my bag",
        "my girlfriend checks my phone every night and says shell tell everyone my secrets if i leave",
        "when mums fella has had a drink we all go quiet and i sleep with a chair against my door",
        "the girls in my year wait for me at the gate every day and throw stuff, teachers just say ignore it",
    ])
    func freshIndirect(text: String) { #expect(Self.screen.scan(text).isConcern) }
}

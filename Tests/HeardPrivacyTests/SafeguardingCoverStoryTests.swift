import Testing
@testable import HeardPrivacy

/// Cover stories (issue 13, thirteenth round): an injury or a mark explained away on someone's instruction, a lie
/// about its cause, or the writer's own word that the story given is not true. The accident or the sport is the
/// story, so no ordinary reading of a sport or an accident may switch these off. Accidents told plainly, with no
/// instruction, no lie and no "but it wasnt", raise none of the cover-story rules. Examples written for these
/// tests, in new words.
@Suite("The safeguarding screen: cover stories for an injury")
struct SafeguardingCoverStoryTests: ScreenProbe {
    @Test("a cover story for an injury is flagged by the rules", arguments: [
        // Told or made to say.
        "ive got a big purple mark on my arm. im told to say its from football",
        "my lip was split open and my stepdad told me to say i tripped on the stairs",
        "theres a bruise on my cheek and mum makes me tell school i banged it on the cupboard",
        "i had a black eye last week, we were told what to say before the social worker came",
        "my ribs are sore and ive been told to say i came off my scooter",
        // Had to say, always say, if anyone asks.
        "had to tell everyone at school i walked into a door",
        "i had bruises all down my legs and if anyone asks i fell off the trampoline",
        "the marks on my back, if teachers ask im meant to say i slipped in the bath",
        "i always say i fell over when they see my bruises",
        // A lie about the cause.
        "my wrist got sprained at home and i lied and said it was from falling at the park",
        "i made out i fell off my bike when my carer saw the cuts",
        "i pretended it was from rugby but my arm was like that before the match",
        "i lied about how i got the bruise on my neck",
        // Told, and then "but it wasnt".
        "i had a lump on my head. i told the teacher i fell off my bike but it wasnt that",
        "my knee was bleeding, i said i tripped at pe but thats not what happened",
        "i told my carer the scratches were from the cat but really it was my sister",
        // The cover stories everyone knows, told as what had to be said.
        "had to say i walked into the door again",
        "i told everyone i fell down the stairs but it wasnt the stairs",
    ])
    func coverStoriesFlag(disclosure: String) {
        #expect(rulesFlag(disclosure), "cover story missed by the rules")
        #expect(flagged(disclosure), "cover story missed")
    }

    @Test("a sport or an accident in the sentence does not switch a cover story off", arguments: [
        "i got a cut above my eye and was told to say i did it at football training by accident",
        "theres marks on my arms, if anyone asks i slipped on the ice",
        "i broke my finger and had to tell the hospital i fell off the trampoline but it wasnt that",
    ])
    func accidentsDoNotSwitchOff(disclosure: String) {
        #expect(rulesFlag(disclosure), "an accident reading switched a cover story off")
    }

    @Test("accidents told plainly raise no cover-story rule", arguments: [
        "i fell off the trampoline and carer took me to a and e",
        "i told my carer i fell off my bike and she cleaned up my knee and gave me a hug",
        "i said to the nurse i hurt my ankle at football and she strapped it up",
        "broke my arm at the skatepark, told everyone it was a sick trick lol, it was not a sick trick",
        "my foster mum always says im clumsy because i trip over everything, i bruise like a peach",
        "if anyone asks what i want for christmas its a new football",
        "i lied to my carer about doing my homework and got grounded",
    ])
    func plainAccidents(ordinary: String) {
        #expect(!coverStoryFires(ordinary), "a plain accident raised a cover-story rule")
    }

    @Test("the real accident of the issue is not flagged at all")
    func trampolineToHospital() {
        #expect(!flagged("i fell off the trampoline and my carer took me to a and e, she was so kind"))
    }
}

import Testing
@testable import HeardPrivacy

/// Each ordinary reading switches a flag off only when it is explicit, and each has a case where the same
/// frame sits beside a real disclosure and must not switch it off. Examples written for these tests.
@Suite("The safeguarding screen: ordinary readings and negation")
struct SafeguardingReadingTests: ScreenProbe {
    @Test("figures of speech", arguments: [
        ("my science homework is killing me", "my uncle says hes killing me if i tell"),
        ("dying to see my sister at christmas", "i keep thinking about dying"),
        ("hit me up if you want to go to town", "he hit me and threw my phone"),
        ("it really hit me that i leave care next year", "it really scares me when he hits me"),
        ("my little cousin beat me at fifa again", "my cousin beat me up again"),
        ("my carer pushes me to do my best at school", "my carer pushed me down the stairs"),
    ])
    func figurative(ordinary: String, disclosure: String) {
        #expect(!rulesFlag(ordinary), "ordinary flagged by a rule")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("sport, play and accidents excuse injuries only, not a person hurting them", arguments: [
        ("got hit in the face with a ball in pe and my carer took me to a and e, they were amazing",
         "my coach hits me when i miss a penalty"),
        ("i broke my nose at rugby and there was blood everywhere lol", "there was blood everywhere after my stepdad punched me"),
        ("me and my foster brother play fight all the time", "my foster brother hits me all the time and says its play fighting"),
        ("i cut my finger by accident cooking tea", "i cut myself on purpose after tea"),
    ])
    func sportAndPlay(ordinary: String, disclosure: String) {
        #expect(!flagged(ordinary), "ordinary flagged")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("films, games and campaigns, only when the flag says nothing about the writer", arguments: [
        ("we watched a film where a girl gets groomed", "my uncle makes me watch films and then touches me"),
        ("33% of young people who are bullied think about suicide", "i get bullied and i think about suicide"),
        ("we did a workshop about county lines", "my older cousin is getting me into county lines"),
    ])
    func fictionAndGeneral(ordinary: String, disclosure: String) {
        #expect(!flagged(ordinary), "ordinary flagged")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("past harm switches off only with safety now, and never when it still goes on", arguments: [
        ("i used to self harm but ive had help and im doing well now", "i used to self harm and now ive started again"),
        ("i was homeless last year but now ive got my own flat", "i was homeless last year and im still sofa surfing"),
        ("when i was little my dad hit me but im adopted and really happy", "when i was little my dad hit me"),
        ("i was always hungry until i came into care", "i was always hungry at my mums and i still am at my dads"),
    ])
    func resolved(ordinary: String, disclosure: String) {
        #expect(!flagged(ordinary), "ordinary flagged")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("the readings added with the trained layer switch off only what they say", arguments: [
        ("me n my brother argue all the time over the xbox", "my mum and her boyfriend argue all the time and he throws plates at her"),
        ("we had a lockdown drill and hid under the desks", "we hide under the bed after football practice when hes drunk"),
        ("can someone help me with my maths revision", "can someone help me with my revision, my dad hits me when i fail"),
        ("i did a project on domestic abuse for my btec", "i did a project on domestic abuse because my dad hits my mum every weekend"),
        ("my mates got me into stranger things", "a stranger got me in his car after school and gave me weed"),
        ("broke my ankle at the skatepark and my carer came to a and e with me", "my stepdad hit me at the skatepark and i went to a and e"),
        ("i used to self harm but its really helped to talk to camhs", "i used to self harm and its really helped to talk but i still do it most nights"),
    ])
    func newReadings(ordinary: String, disclosure: String) {
        #expect(!flagged(ordinary), "ordinary flagged")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("a hypothetical question is ordinary unless harm is said to go on", arguments: [
        ("what if i dont feel safe in my next placement", "what if he hits me again like he did yesterday"),
    ])
    func hypothetical(ordinary: String, disclosure: String) {
        #expect(!flagged(ordinary), "ordinary flagged")
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("alarming-sounding everyday talk", arguments: [
        "my mate got kicked out of the group chat", "there is nowhere to go round here for teenagers",
        "i ran away from a goose at the park", "my cat went missing for a day", "i hate school dinners so i dont eat them",
        "im scared of spiders", "my boyfriend always checks i got home ok", "my carers let me stay out till 10 on fridays",
        "my little brother hits me with his toys lol", "we had a fire drill and stood outside in the rain",
        "i want to go home to my mum one day", "my uncle bought me trainers for my birthday",
    ])
    func everyday(text: String) { #expect(!flagged(text)) }

    @Test("negation cancels only what it governs", arguments: [
        ("my carer never hits me", false), ("nobody hurts me here", false), ("i dont want to die", false),
        ("nobody knows he hits me", true), ("i cant stop cutting myself", true), ("i dont want to be here anymore", true),
        ("i dont know why my dad hits me", true), ("if i dont do another run theyll hurt my brother", true),
        ("i dont feel safe at home", true), ("no one would miss me", true),
    ])
    func negation(text: String, concern: Bool) {
        if concern {
            #expect(flagged(text))
        } else {
            #expect(!rulesFlag(text))
        }
    }

    @Test("a concern records the words that raised it, as the screen read them")
    func evidence() {
        let result = ScreenProbeShared.screen.scan("My step-dad HITS me when he's drunk")
        #expect(result.kinds.contains(.physicalAbuse))
        #expect(result.evidence.contains("hits me"))
    }
}

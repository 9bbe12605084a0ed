import Testing
@testable import HeardPrivacy

/// False alarms of the direct rules and the order of harm and safety (issue 13, twelfth round). A brother or
/// sister's one scrap needs a second sign; a threat said to everyone, a sanction over a games console, an injury
/// others mistook for a blow, a weapon in a game's story, a head cut on furniture, paying for what the writer
/// broke and not going back to an area are ordinary readings; safety may follow sentences that go on telling the
/// past. Harm told after the safety ("I used to be hit but now my carer hits me") is harm now and stays flagged.
/// Every reading has disclosures in its own sense that must stay flagged. Examples written for these tests.
@Suite("The safeguarding screen: scraps, catchphrases, and harm told after safety")
struct SafeguardingScrapsAndOrderTests: ScreenProbe {
    @Test("harm told after the safety is harm now and stays flagged", arguments: [
        "since i came into care my foster dad hits me",
        "i live with my auntie now and she slaps me when im late",
        "my real dad used to hit me but now my carer hits me",
        "when i was little my mum hit me, now im in care and the staff push me about",
        "i used to be bullied at primary, now im settled but my stepdad punches me",
    ])
    func harmAfterSafety(disclosure: String) {
        #expect(rulesFlag(disclosure), "harm told after the safety was switched off")
    }

    @Test("harm told before the safety, or after it as the past, raises no rule", arguments: [
        "when i was 9 my mum hit me but now i live with my grandad",
        "my stepdad hit me until i went into care",
        "the crisis team helped me so much after the overdose i took last year",
    ])
    func harmBeforeSafety(comment: String) {
        #expect(!rulesFlag(comment), "a resolved past account raised a rule")
    }

    @Test("safety after sentences that go on telling the past raises no rule", arguments: [
        "my uncle used to slap me when i was 8. that was years ago. he went to prison",
        "when i was little there was never any food at my mums. that was ages ago. i live with my nan now",
        "i used to cut my arms in year 8. i dont anymore",
    ])
    func safetyAfterThePast(comment: String) {
        #expect(!rulesFlag(comment), "a past account with safety after it raised a rule")
    }

    @Test("a past account with the present between it and the safety, or fear beside it, stays flagged", arguments: [
        "my uncle used to slap me when i was 8. he comes round at christmas. he went to prison",
        "my uncle used to slap me when i was 8. that was years ago. he went to prison but im scared of him",
        "i used to cut my arms in year 8. i dont anymore but i still want to",
    ])
    func pastThenPresent(disclosure: String) {
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("a brother or sister's one scrap raises no rule", arguments: [
        "my brother shoved me off the sofa to get the best seat",
        "my sister pinched me cos i ate her last chocolate",
        "my twin pushed me in the paddling pool at the bbq",
    ])
    func siblingScrap(comment: String) {
        #expect(!rulesFlag(comment), "a scrap between siblings raised a rule")
    }

    @Test("a brother or sister who hurts the writer with any second sign stays flagged", arguments: [
        "my brother hits me",
        "my big brother punched me and i had a black eye",
        "my brother kicked me and mum did nothing",
        "my stepbrother pushed me down the stairs when nobody was in",
        "my sister slapped me again today",
        "my brother beat me up",
        "my older brother grabbed me by the neck and im scared to be in the house with him",
    ])
    func siblingHarm(disclosure: String) {
        #expect(rulesFlag(disclosure), "harm by a sibling missed by the rules")
    }

    @Test("a catchphrase, a device sanction, a mistaken blow, a game's weapon raise no rule", arguments: [
        "the lad next to me in science says hes going to batter me but he says that to everyone",
        "my foster mum threatened to take my switch if i didnt do my homework",
        "my teacher thought id been punched but it was only my eczema flaring up",
        "been playing a zombie game where a woman with a chainsaw chases you round a farm",
        "i cut my knee on the step outside the chippy",
        "we were play fighting and i cut my head on the table",
        "i have to pay back anything i smash out of my pocket money",
        "ive not been back to that estate since i moved",
        "ran out of money the week before payday so had to ask my worker for a top up, sorted now",
    ])
    func ordinaryReadings(comment: String) {
        #expect(!rulesFlag(comment), "an ordinary reading did not switch the rule off")
    }

    @Test("the same words in a disclosure stay flagged", arguments: [
        "my stepdad says hell batter me if i tell anyone",
        "my stepdad says hes going to kill me and he says it to my mum too",
        "my dad threatened to take me out of school so i never see my friends again",
        "my boyfriend threatened to take my phone if i talk to other lads",
        "my teacher thought id been punched and she was right, it was my stepdad",
        "my mums boyfriend gets his knife out when were playing games",
        "i cut my arm on purpose last night",
        "he makes me pay back what i owe by dropping off bags",
        "ive not been back to my placement for 2 nights",
        "i ran out of money so the older lads made me run bags for them",
        "i used to owe money to a dealer when i was 15 and its done now but he still texts me",
    ])
    func disclosuresStay(disclosure: String) {
        #expect(flagged(disclosure), "disclosure missed")
    }

    @Test("an adult's age beside flattery, a parent who found the placement, hiding the arms are flagged", arguments: [
        "theres a lad on insta whos 27 and he keeps saying im mature for my age",
        "my birth dad found out where i live and wrote to me saying hes coming",
        "mum says shes taking us home whether the court likes it or not",
        "i make excuses to get out of pe cos of my wrists",
    ])
    func recallSenses(disclosure: String) {
        #expect(rulesFlag(disclosure), "disclosure missed by the rules")
    }
}

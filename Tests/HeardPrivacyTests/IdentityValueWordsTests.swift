import Testing
@testable import HeardPrivacy

/// Words of identity cells are denied in that export's comments; non-answers typed into an identity column
/// must not strike ordinary words out of every comment.
@Suite("Identity values denied in comments")
struct IdentityValueWordsTests {
    @Test("a non-answer in an identity column denies nothing ordinary", arguments: [
        "not sure", "Not sure", "prefer not to say", "Not telling you", "dont know", "none",
    ])
    func nonAnswers(value: String) {
        let redactor = Redactor(denyList: [value])
        let comment = "Not sure really, I would prefer to say more at the next meeting."
        #expect(redactor.redact(comment) == comment)
    }

    @Test("the distinctive word of a non-answer is still denied")
    func distinctiveWordOfNonAnswer() {
        #expect(Redactor.identifyingWords(of: "not at Greystoke Hall atm").contains("greystoke"))
        #expect(!Redactor.identifyingWords(of: "not at Greystoke Hall atm").contains("not"))
    }

    @Test("a name made of everyday words is denied when it reads or is written as a name")
    func everydayWordNames() {
        #expect(Set(Redactor.identifyingWords(of: "will brown")) == ["will", "brown"])
        #expect(Redactor.identifyingWords(of: "Rose Hill Primary").contains("rose"))
        let redactor = Redactor(denyList: ["Summer Hughes"])
        #expect(!redactor.redact("my friend Summer came to the group").contains("Summer"))
    }

    @Test("a surname no everyday list holds is denied in any case")
    func unusualSurname() {
        let redactor = Redactor(denyList: ["kasia wiśniewska"])
        #expect(!redactor.redact("Wiśniewska is my surname").contains("Wiśniewska"))
    }
}

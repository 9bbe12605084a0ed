import Testing
@testable import HeardCore

/// Text-speak, sentences, clauses and negation scope.
@Suite("Text reader: text-speak, sentences, clauses, negation")
struct TextReadingGrammarTests {
    private func clauses(_ text: String) -> [String] {
        let reading = TextReading(text)
        var result: [[String]] = Array(repeating: [], count: reading.clauseCount)
        for token in reading.tokens where token.isWordLike { result[token.clause].append(token.folded) }
        return result.map { $0.joined(separator: " ") }.filter { !$0.isEmpty }
    }

    private func negated(_ text: String) -> [String] {
        TextReading(text).tokens.filter(\.isNegated).map(\.folded)
    }

    @Test("text-speak is spelled out from the one table")
    func textSpeak() {
        let reading = TextReading("ur sw wont ring me bk coz idk y")
        #expect(reading.words().map(\.text) ==
                ["your", "social", "worker", "wont", "ring", "me", "back", "because", "i", "dont", "know", "why"])
        #expect(reading.words()[2].token == 1)
        #expect(reading.tokens[1].expansion == ["social", "worker"])
        #expect(reading.tokens[0].words == ["your"] && reading.tokens[2].words == ["wont"])
    }

    @Test("text-speak ignores capitals and apostrophes")
    func textSpeakFolded() {
        #expect(TextReading("Ur SW").words().map(\.text) == ["your", "social", "worker"])
        #expect(TextReading("I'm ok").words().map(\.text) == ["i", "am", "ok"])
    }

    @Test("sentences end at stops, question and exclamation marks and line breaks")
    func sentences() {
        let reading = TextReading("I like it here. Do you? Yes!!\nnew line… last")
        #expect(reading.sentenceCount == 5)
        #expect(reading.tokens.filter(\.isWordLike).map(\.sentence) == [0, 0, 0, 0, 1, 1, 2, 3, 3, 4])
    }

    @Test("a stop inside an address or after Mr does not end a sentence")
    func stopsThatDoNotEnd() {
        #expect(TextReading("email jay.smith@mail.com or ask Mr. Jones").sentenceCount == 1)
        #expect(TextReading("3.5 hours").sentenceCount == 1)
    }

    @Test("clauses split at commas, dashes and words like but, because and why")
    func clauseWords() {
        #expect(clauses("i like my carer but she shouts") == ["i like my carer", "but she shouts"])
        #expect(clauses("its ok, i guess - not great") == ["its ok", "i guess", "not great"])
        #expect(clauses("i stay in my room because its quiet") == ["i stay in my room", "because its quiet"])
        #expect(clauses("i dont know why he does it") == ["i dont know", "why he does it"])
        #expect(clauses("bc its quiet") == ["bc its quiet"])
    }

    @Test("text with no punctuation at all is split before a subject pronoun")
    func unpunctuated() {
        #expect(clauses("my step dad gets drunk on fridays i dont want to go home he shouts") ==
                ["my step dad gets drunk on fridays", "i dont want to go home", "he shouts"])
        // Not after words that hold the pronoun in their clause.
        #expect(clauses("shes older than i am") == ["shes older than i am"])
        #expect(clauses("we went and i loved it") == ["we went", "and i loved it"])
        // "I'd" is a pronoun with its apostrophe; "id" is an ID.
        #expect(clauses("my bag I'd lost") == ["my bag", "id lost"])
        #expect(clauses("my bag id card") == ["my bag id card"])
    }

    @Test("a negator governs the rest of its clause")
    func negationScope() {
        #expect(negated("he never hits me") == ["hits", "me"])
        #expect(negated("i dont feel safe at home") == ["feel", "safe", "at", "home"])
        #expect(negated("no one listens") == ["one", "listens"])
        #expect(negated("nobody asks me") == ["asks", "me"])
        let reading = TextReading("i didnt tell anyone")
        #expect(reading.negator(of: 3) == 1)
        #expect(reading.negator(of: 0) == nil)
        #expect(reading.tokens[1].traits.contains(.negator))
    }

    @Test("negation stops at a clause boundary")
    func negationEndsAtBoundary() {
        #expect(negated("he doesnt feed me but he hits me") == ["feed", "me"])
        #expect(negated("i dont know why he hits me") == ["know"])
        #expect(negated("no, he hits me") == [])
        #expect(negated("not really. he hits me") == ["really"])
        #expect(negated("i cant sleep i keep thinking about it") == ["sleep"])
    }

    @Test("negation reaches only so far in a run-on comment")
    func negationReach() {
        let words = "nobody listens to me at home my step dad hits me"
        let flags = TextReading(words).tokens.map(\.isNegated)
        #expect(flags.filter { $0 }.count == TextReading.negationReach)
        #expect(flags.last == false)
    }

    @Test("text-speak negators negate; a negation inside an expansion stays inside it")
    func textSpeakNegators() {
        #expect(negated("he dnt hit me") == ["hit", "me"])
        #expect(negated("no1 helps") == ["helps"])
        #expect(negated("nvr safe") == ["safe"])
        #expect(negated("idk he hits me") == [])
        #expect(negated("i dont kno y he hits me") == ["kno"])
        #expect(negated("ngl my dad hits me") == [])
    }
}

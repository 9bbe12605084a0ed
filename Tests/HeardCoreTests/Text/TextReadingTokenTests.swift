import Testing
@testable import HeardCore

/// Tokens, their kinds, ranges and folded forms.
@Suite("Text reader: tokens")
struct TextReadingTokenTests {
    /// (folded, kind, original) for each token.
    private func summary(_ text: String) -> [(String, TextToken.Kind, String)] {
        let reading = TextReading(text)
        return reading.tokens.map { ($0.folded, $0.kind, String(reading.original($0))) }
    }

    @Test("ASCII: words, numbers and marks, each with its exact place")
    func asciiTokens() {
        let text = "My carer's great, she took me to Skegness at 10:30!"
        let reading = TextReading(text)
        #expect(reading.tokens.map(\.folded) == ["my", "carers", "great", ",", "she", "took", "me", "to", "skegness",
                                                 "at", "10:30", "!"])
        #expect(reading.tokens.map(\.kind) == [.word, .word, .word, .punctuation, .word, .word, .word, .word, .word,
                                               .word, .number, .punctuation])
        let carers = reading.tokens[1]
        #expect(reading.original(carers) == "carer's")
        #expect(carers.utf8Range == 3..<10)
        #expect(carers.traits.contains(.apostrophe) && carers.traits.contains(.apostropheS))
        #expect(reading.tokens[8].traits.contains(.capitalised))
        #expect(!reading.tokens[8].traits.contains(.allCapitals))
    }

    @Test("names in other alphabets stay whole, with their case and their exact bytes")
    func otherAlphabets() {
        let text = "Żaneta, Łukasz and Ștefan met Ağrı, Işıl, Дмитрий and محمد"
        let reading = TextReading(text)
        let words = reading.tokens.filter { $0.kind == .word }
        #expect(words.map { String(reading.original($0)) } == ["Żaneta", "Łukasz", "and", "Ștefan", "met", "Ağrı", "Işıl",
                                                                "Дмитрий", "and", "محمد"])
        // Folding is Unicode's, not a locale's: Turkish "I" lowers to "i", as in every other language.
        #expect(words.map(\.folded) == ["żaneta", "łukasz", "and", "ștefan", "met", "ağrı", "işıl", "дмитрий", "and", "محمد"])
        #expect(words[0].traits.contains(.capitalised) && words[7].traits.contains(.capitalised))
        #expect(!words[9].traits.contains(.capitalised) && !words[9].traits.contains(.allCapitals))
        // Every range cuts the UTF-8 exactly where the word is.
        for token in reading.tokens {
            let bytes = Array(text.utf8)[token.utf8Range]
            #expect(String(decoding: bytes, as: UTF8.self) == String(reading.original(token)))
        }
    }

    @Test("combining marks and zero-width joiners belong to the word")
    func marksAndJoiners() {
        let decomposed = "cafe\u{301} time"   // é as e + combining acute
        #expect(TextReading(decomposed).tokens.map(\.folded) == ["cafe\u{301}", "time"])
        let persian = "می\u{200C}خواهم برم"   // a Persian word with a zero-width non-joiner inside
        #expect(TextReading(persian).tokens.count == 2)
    }

    @Test("apostrophes: don't, dont and Don’t fold alike; the trait remembers the apostrophe")
    func apostrophes() {
        let reading = TextReading("don't dont Don’t I'd id 'cos carers'")
        #expect(reading.tokens.map(\.folded) == ["dont", "dont", "dont", "id", "id", "'", "cos", "carers", "'"])
        #expect(reading.tokens[0].traits.contains(.apostrophe))
        #expect(!reading.tokens[1].traits.contains(.apostrophe))
        #expect(reading.tokens[3].traits.contains(.apostrophe) && !reading.tokens[4].traits.contains(.apostrophe))
        #expect(reading.tokens[6].expansion == ["because"])
    }

    @Test("placeholders are single tokens; brackets that are not placeholders are marks")
    func placeholders() {
        #expect(summary("ring [name] on [phone number] or [NHS number]").map(\.1) ==
                [.word, .placeholder, .word, .placeholder, .word, .placeholder])
        #expect(summary("[NHS number]")[0].0 == "[nhs number]")
        #expect(summary("[see above]!").map(\.1) == [.placeholder, .punctuation])
        #expect(summary("a [ b").map(\.1) == [.word, .punctuation, .word])
        #expect(summary("[!!]").map(\.0) == ["[", "!!", "]"])
    }

    @Test("emoji are symbols, one per emoji with its skin tone and joiners")
    func emoji() {
        let text = "love it 👍🏽😭😭 👨‍👩‍👧 🇬🇧 ❤️"
        let symbols = summary(text).filter { $0.1 == .symbol }.map(\.2)
        #expect(symbols == ["👍🏽", "😭", "😭", "👨‍👩‍👧", "🇬🇧", "❤️"])
    }

    @Test("numbers keep inner stops and commas; letters make a word")
    func numbers() {
        #expect(summary("07700 900123, 3.5 and 1,000 b4 2nite").map(\.1) ==
                [.number, .number, .punctuation, .number, .word, .number, .word, .word])
        #expect(summary("b4 2nite").map(\.0) == ["b4", "2nite"])
        #expect(TextReading("b4 2nite").words().map(\.text) == ["before", "tonight"])
    }

    @Test("hyphens split words; the parts touch, so a client can rejoin them")
    func hyphens() {
        let reading = TextReading("my step-dad")
        #expect(reading.tokens.map(\.folded) == ["my", "step", "-", "dad"])
        #expect(reading.tokens[1].utf8Range.upperBound == reading.tokens[2].utf8Range.lowerBound)
        #expect(reading.tokens[2].sentence == 0 && reading.tokens[3].clause == 0)
    }

    @Test("curly quotes and dashes are straightened in the folded form only")
    func quotes() {
        let reading = TextReading("she said “no” – fine")
        #expect(reading.tokens.map(\.folded) == ["she", "said", "\"", "no", "\"", "-", "fine"])
        #expect(reading.original(reading.tokens[2]) == "“")
    }

    @Test("capitals: a capitalised name, an acronym, shouting")
    func capitals() {
        let tokens = TextReading("Jay SW NHS i HELP").tokens
        #expect(tokens.map { $0.traits.contains(.capitalised) } == [true, true, true, false, true])
        #expect(tokens.map { $0.traits.contains(.allCapitals) } == [false, true, true, false, true])
    }

    @Test("an evidence quote is the original text between two tokens")
    func quoteSpan() {
        let reading = TextReading("Honestly… my SW won’t ring me back!!")
        #expect(reading.original(tokens: 2...6) == "my SW won’t ring me")
    }

    @Test("empty and blank text have no tokens")
    func empty() {
        #expect(TextReading("").tokens.isEmpty)
        #expect(TextReading(" \n\t ").tokens.isEmpty)
        #expect(TextReading("").sentenceCount == 0)
    }
}

import Testing
@testable import HeardCore
@testable import HeardThemes

/// Tagging reads each word once and carries numbers through every lookup (`KnownWords`, `CueIndex` stem
/// numbers): the numbers must say what the word lists and codebooks say, at the edges too.
@Suite("Words numbered once")
struct WordNumberingTests {
    @Test("every list's words are known with what that list says, and nothing else is")
    func knownWords() {
        for (word, roles) in PolarityClassifier.roles {
            #expect(KnownWords.facts(KnownWords.number(of: word)).roles == roles, "\(word)")
        }
        for (word, rating) in FeelingWords.ratings {
            #expect(KnownWords.facts(KnownWords.number(of: word)).feeling == rating, "\(word)")
        }
        for word in FunctionWords.words { #expect(KnownWords.facts(KnownWords.number(of: word)).isFunctionWord) }
        for word in RequestStarts.words { #expect(KnownWords.facts(KnownWords.number(of: word)).startsRequest) }
        for (word, stem) in WordForms.stems { #expect(KnownWords.facts(KnownWords.number(of: word)).modelStem == stem) }
        #expect(KnownWords.facts(KnownWords.number(of: "not")).modelStem == nil)
        let unknown = KnownWords.facts(KnownWords.number(of: "zzqx"))
        #expect(KnownWords.number(of: "zzqx") == -1 && unknown.roles.isEmpty && unknown.feeling == nil)
        #expect(!unknown.isFunctionWord && !unknown.startsRequest)
    }

    @Test("words read from a comment carry their list facts: a polarity read by numbers matches one read by words")
    func polarityByNumbers() {
        let comments = ["i dont like my flat but the staff are kind", "please can we have more trips. it is boring here",
                        "nobody listens to me", "my carer helps me with my homework"]
        for comment in comments {
            let words = CommentReader.read(TextReading(comment))
            let listed = ListedWords(words: words.map(\.word), roles: words.map { KnownWords.facts($0.known).roles })
            #expect(PolarityClassifier().classify(listed) == PolarityClassifier().classify(words.map(\.word)), "\(comment)")
        }
    }

    /// A codebook with `count` themes, each with one together-pair whose sides are words only it uses.
    func manyPairs(_ count: Int) throws -> ThemeFramework {
        var text = "framework: pairs\ntitle: Pairs\n"
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        for number in 0..<count {
            let name = "\(letters[number / 26])\(letters[number % 26])"
            text += "theme: t\(name)\ntitle: T\(name)\ncues: cue\(name)word\ntogether: left\(name)word | right\(name)word\n"
        }
        return try Codebook.parse(text, source: SourceLocation(file: "pairs.txt"))
    }

    @Test("together-pairs past the 32nd (beyond the quick check's bits) are still found")
    func manyPairsFound() throws {
        let tagger = KeywordTagger(framework: try manyPairs(40))
        for number in [0, 31, 32, 39] {
            let letters = Array("abcdefghijklmnopqrstuvwxyz")
            let name = "\(letters[number / 26])\(letters[number % 26])"
            #expect(tagger.tag("the left\(name)word and the right\(name)word").tags.map(\.themeID) == ["t\(name)"])
            #expect(tagger.tag("only the left\(name)word here").tags.isEmpty)
        }
    }

    @Test("prefix cues match by their first letters in any alphabet, and not across a combining mark")
    func prefixCues() throws {
        let text = """
        framework: prefixes
        title: Prefixes
        theme: school
        title: School
        cues: skoł*, żab*, cafe*, ab*
        """
        let tagger = KeywordTagger(framework: try Codebook.parse(text, source: SourceLocation(file: "p.txt")))
        #expect(tagger.tag("szkoła i skołowana").tags.map(\.themeID) == ["school"])
        #expect(tagger.tag("dwie żaby").tags.map(\.themeID) == ["school"])
        #expect(tagger.tag("żuk").tags.isEmpty)
        #expect(tagger.tag("the cafeteria").tags.map(\.themeID) == ["school"])
        #expect(tagger.tag("about").tags.map(\.themeID) == ["school"])
        #expect(tagger.tag("cafe\u{301}s").tags.isEmpty, "é is not e")
        #expect(tagger.tag("nothing here").tags.isEmpty)
    }
}

import Testing
@testable import HeardCore
@testable import HeardThemes

/// The codebook constructs beyond plain cues: not-cues, multi-word prefix cues and `together:` pairs.
@Suite("Codebook constructs")
struct CodebookConstructTests {
    static let codebook = """
    framework: test
    title: Test
    not-cues: pocket money, she lives with
    theme: money
    title: Money
    cues: money, bills
    theme: home
    title: Home
    cues: live with, foster carer*
    theme: people
    title: People
    weak-cues: carers
    together: carers, staff | kind, listen to me
    """

    func tagger() throws -> KeywordTagger {
        KeywordTagger(framework: try Codebook.parse(Self.codebook, source: SourceLocation(file: "test.txt")))
    }

    func themes(_ text: String) throws -> [String] { try tagger().tag(text).tags.map(\.themeID) }

    @Test("a not-cue takes its words for no theme, and only its words")
    func notCues() throws {
        #expect(try themes("i need more pocket money") == [])
        #expect(try themes("i need more money for bills") == ["money"])
        #expect(try themes("my sister is fine, she lives with my nan") == [])
        #expect(try themes("i want to live with my nan") == ["home"])
    }

    @Test("a multi-word prefix cue matches every word of the phrase, the last as a prefix")
    func multiWordPrefix() throws {
        #expect(try themes("my foster carers are great") == ["home"])
        #expect(try themes("my foster carer is great") == ["home"])
        #expect(try themes("my foster mum is great") == [])
    }

    @Test("a together pair needs one phrase from each side, anywhere in the comment, and shows both")
    func together() throws {
        let result = try tagger().tag("My carers are really kind to me")
        #expect(result.tags.map(\.themeID) == ["people"])
        #expect(result.tags.first?.evidence.contains("carers \u{2026} kind") == true)
        #expect(try themes("the staff always listen to me") == ["people"])
        #expect(try themes("my carers took me shopping") == [])
        #expect(try themes("everyone is kind") == [])
    }

    @Test("a together line without both sides is refused at its line")
    func badTogether() {
        do {
            _ = try Codebook.parse("framework: x\ntheme: a\ntogether: carers, kind\n", source: SourceLocation(file: "c.txt"))
            Issue.record("accepted a together line with one side")
        } catch {
            #expect(error.location?.row == 3)
        }
    }

    @Test("polarity reads the last clause after 'but', other people's wants, and 'like' as a preposition", arguments: [
        ("i like my flat but its far from everyone i know", Polarity.negative),
        ("the food is rubbish but my carers are kind", .positive),
        ("they want to close my case", .neutral),
        ("my teacher doesnt understand what its like being in care", .negative),
        ("i had to leave all my stuff behind", .negative),
        ("she is always there for me", .positive),
        ("cooking lessons would help", .request),
    ])
    func polarity(text: String, expected: Polarity) throws {
        #expect(try tagger().tag(text).polarity == expected)
    }
}

@Suite("Polarity phrase rules")
struct PolarityPhraseTests {
    @Test("every rule fires on its own example, through its trigger words")
    func examples() {
        for rule in PolarityPhrases.rules {
            for example in rule.example.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                let words = CommentReader.read(TextReading(example)).map(\.word)
                let fired = words.indices.contains { index in
                    let context = PolarityPhrases.Context(
                        word: words[index], previous: index > 0 ? words[index - 1] : "",
                        beforePrevious: index > 1 ? words[index - 2] : "",
                        next: index + 1 < words.count ? words[index + 1] : "",
                        afterNext: index + 2 < words.count ? words[index + 2] : "",
                        fourth: index + 3 < words.count ? words[index + 3] : "", isFirst: index == 0, negated: false)
                    return rule.triggers.contains(words[index]) && rule.matches(context)
                }
                #expect(fired, "rule for \"\(example)\" does not fire on it")
            }
        }
    }
}

@Suite("Long answers")
struct LongAnswerTests {
    static let codebook = """
    framework: test
    title: Test
    theme: family
    title: Family
    cues: mum, dad, brother, sister, see my
    theme: school
    title: School
    cues: school
    """

    @Test("a theme that is the topic of one sentence is tagged even when another sentence says more")
    func sentenceTopics() throws {
        let tagger = KeywordTagger(framework: try Codebook.parse(Self.codebook, source: SourceLocation(file: "t.txt")))
        let long = "I want to see my mum, my dad, my brother and my sister. School is fine."
        #expect(tagger.tag(long).tags.map(\.themeID) == ["family", "school"])
        // In one sentence the weaker theme is a passing mention.
        #expect(tagger.tag("I want to see my mum, my dad, my brother and my sister after school").tags.map(\.themeID) == ["family"])
    }

    @Test("in several sentences, the polarity most sentences share wins")
    func sentencePolarity() throws {
        let tagger = KeywordTagger(framework: try Codebook.parse(Self.codebook, source: SourceLocation(file: "t.txt")))
        #expect(tagger.tag("I dont like my placement. The other kids are horrible. I want to move.").polarity == .negative)
        #expect(tagger.tag("I dont like my placement and I want to move").polarity == .request)
    }
}

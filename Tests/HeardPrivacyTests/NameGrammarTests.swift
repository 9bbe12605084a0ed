import Testing
@testable import HeardPrivacy

/// Issue 14, names round ten: an everyday-word name where its own grammar as a word never puts it
/// (`NameGrammar.swift`, `Data/everyday-name-grammar.txt`). Each name beside an ordinary use of the same word,
/// which must stay. Every sentence is written for this test (development examples, not a score).
@Suite("Everyday-word names read by the word's own grammar")
struct NameGrammarTests {
    @Test("a name out of its word's grammar is redacted; the word in its grammar stays", arguments: [
        // Spoken to, alone before a break.
        ("Grace!!! answer ur phone", "[name]!!! answer ur phone"),
        ("it was a saving grace", "it was a saving grace"),
        ("grace, patience and kindness help", "grace, patience and kindness help"),
        // After a word that takes a person, before a pronoun or a verb.
        ("sorry storm i forgot ur bday", "sorry [name] i forgot ur bday"),
        ("the storm last night was loud", "the storm last night was loud"),
        ("i dnt want penny knowing where i live", "i dnt want [name] knowing where i live"),
        ("i want every penny back", "i want every penny back"),
        // Signed with a kiss, in capitals.
        ("moving all the time FOREST xx", "moving all the time [name] xx"),
        ("we walked in the forest", "we walked in the forest"),
    ])
    func redacted(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("the grammar file is read whole, and holds only everyday-word names")
    func grammarFile() {
        let table = NameGrammar.table
        #expect(table.count > 100)
        for (word, uses) in table {
            #expect(Gazetteer.everydayNames.contains(word), "\(word) is no everyday-word name")
            #expect(uses.seen > 0 && !uses.before.isEmpty && !uses.after.isEmpty, "\(word)")
        }
        // A common word's ordinary neighbours are there: "i hope", "in summer", "summer holidays".
        #expect(table["hope"]?.before.contains("i") == true)
        #expect(table["summer"]?.before.contains("in") == true)
        #expect(table["summer"]?.after.contains("holidays") == true)
    }

    @Test("a line is parsed into the word, its count and both sides")
    func parse() {
        let table = NameGrammar.parse("# a comment\nhope 12 < ^ i we > $ you ^$\nbroken line\n")
        #expect(table.count == 1)
        #expect(table["hope"]?.seen == 12)
        #expect(table["hope"]?.before == ["^", "i", "we"])
        #expect(table["hope"]?.after == ["$", "you", "^$"])
    }
}

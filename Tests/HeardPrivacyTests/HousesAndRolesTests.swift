import Testing
@testable import HeardPrivacy

/// Addresses without a building word or an English street type (Welsh and Scottish streets, tenement flats,
/// rooms in supported accommodation, houses named for what they were, "c/o" and post cues, the parts around an
/// address already found), and names that are everyday words read from the role they play. Each reading has
/// its ordinary use beside it, which must stay. Sentences written for these tests.
@Suite("Houses, Welsh and Scottish streets, and everyday-word names by their role")
struct HousesAndRolesTests {
    let redactor = Redactor()

    @Test("Welsh and Scottish streets, tenement flats and supported accommodation", arguments: [
        ("my foster home is on Maes y Wennol now", "Wennol"),
        ("she lives at 42 pen y graig with her dad", "graig"),
        ("post goes to 9 tan y bwlch", "bwlch"),
        ("we stay at 2F2, 14 Dalkeith Road", "2F2"),
        ("send it to 44/7 Restalrig Vennel please", "Restalrig"),
        ("the chippy on Easterhouse Quadrant does the best chips", "Easterhouse"),
        ("im in bedroom 6, Larkspur Project till they find me a flat", "Larkspur"),
        ("my room is rm 12 at Oakdene Villas", "Oakdene"),
        ("i moved into studio 5 the foyer last week", "foyer"),
        ("my first flat was 14 Cwrt Mawr and it was damp", "Mawr"),
        ("it was the flat above 12 Kestrel Avenue", "above"),
    ])
    func streets(text: String, part: String) {
        let redacted = redactor.redact(text)
        #expect(redacted.contains("[address]"), "\(redacted)")
        #expect(!redacted.contains(part), "\(redacted)")
    }

    @Test("houses named without a number, found by a cue or by their name", arguments: [
        ("letters c/o the hollies please", "hollies"),
        ("the old forge is my foster home and i love it", "forge"),
        ("my post goes to Thistledown Cottage now", "Thistledown"),
        ("im living in foxglove barn now its a shared house", "foxglove"),
        ("come round to The Elms on friday", "Elms"),
        ("they sent the letter to Whinfell Farm but i moved", "Whinfell"),
        ("my old placement was The Maltings, near the river", "Maltings"),
    ])
    func houses(text: String, part: String) {
        let redacted = redactor.redact(text)
        #expect(!redacted.contains(part), "\(redacted)")
    }

    @Test("words like streets and houses in their ordinary use stay", arguments: [
        "i got a tan on holiday", "my pen ran out in the exam", "ty for listening to us", "i live in Hull now",
        "we live in a flat above a shop", "the old school was better than this one", "living in care is hard",
        "the house was cold all winter", "the youth project was fun", "the top quadrant of the graph",
        "i stay at the weekends with my nan", "my dad lives in the park lol", "she lives in scotland now",
        "i live in fear of being moved", "we went to the shops",
    ])
    func ordinaryWords(text: String) {
        #expect(redactor.redact(text) == text)
    }

    @Test("an everyday-word name read from the role it plays", arguments: [
        ("holly and dawn share a bedroom at the home", ["holly", "dawn"]),
        ("please dont put me with rob again", ["rob"]),
        ("honestly i trust mark", ["mark"]),
        ("if holly reads this hi", ["holly"]),
        ("clement was born on a tuesday", ["clement"]),
        ("rose said i cant go out", ["rose"]),
        ("we miss will", ["will"]),
        ("jack, mark and ruby were all on shift", ["jack", "mark", "ruby"]),
        ("now rob as our worker and its better", ["rob"]),
        ("worst was frank, best was misty", ["misty"]),
        ("contact pearl on the landline", ["pearl"]),
        ("my siblings are mark, holly and autumn", ["mark", "holly", "autumn"]),
        ("nobody checks on ray anymore", ["ray"]),
        ("can rose come to my review", ["rose"]),
        ("we had bill, then sky, now joy as our key worker", ["bill", "sky", "joy"]),
        ("Coral (02/05/2009) is in my class", ["Coral"]),
        ("JADE OKAFOR was my foster carer", ["JADE"]),
        ("They moved Ta'Shay to Skegness", ["TaShay"]),
        ("will, Kowalski and Nowak were all on shift", ["will"]),
        ("my key worker at the hostel is will xx", ["will"]),
        ("storm is the best carer ive had", ["storm"]),
        ("nobody told me rusty was leaving", ["rusty"]),
        ("staff let bill stay out late", ["bill"]),
    ])
    func roles(text: String, names: [String]) {
        let words = Set(redactor.redact(text).split(separator: " ").map { $0.filter(\.isLetter) })
        for name in names { #expect(!words.contains(name), "\(redactor.redact(text))") }
    }

    @Test("the same words in their ordinary use stay", arguments: [
        "summer and winter are my favourite seasons", "we will see what happens", "i hope so", "it was filled with joy and",
        "i trust the process now", "the baby was born on a tuesday", "the teacher said no", "we will miss you",
        "summer, autumn and winter are all seasons", "i see it as my home", "the best was yet to come",
        "contact the team on monday", "my carers were angels tbh", "the rose garden is nice", "in summer we go away",
        "i said i will", "can i come to my review", "summer (2019) was hot", "they moved house again", "i will, i promise",
        "yes we will x", "i ate an apple", "summer is the best", "the food is the best", "she told me it was fine",
        "let it go", "they told me hope was gone",
    ])
    func ordinaryUse(text: String) {
        #expect(redactor.redact(text) == text)
    }
}

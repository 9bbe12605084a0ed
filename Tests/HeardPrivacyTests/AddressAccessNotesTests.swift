import Testing
@testable import HeardPrivacy

/// The way into a home said after its address: block and floor, the door to use, the landmark it is known by,
/// and the home the street is said of ("the flat on ..."). Each sits beside ordinary words after an address
/// that must stay. Sentences written for these tests.
@Suite("Access notes after an address")
struct AddressAccessNotesTests {
    private func redact(_ text: String) -> String { Redactor().redact(text) }

    @Test("the way in goes with the address", arguments: [
        ("my address is 4 elm road DN31 1HU block c 2nd floor idk", ["block", "2nd"], "idk"),
        ("i live at 9 kestrel close, LS6 2AB, lower ground nobody listens", ["lower", "ground"], "nobody listens"),
        ("post it to 71 mill road S63 7QT (rear entrance off the alley) please", ["rear", "alley"], "please"),
        ("its 3 cedar avenue DN31 1HU back door round the side its not fair", ["door", "side"], "its not fair"),
        ("staying at 12 wood st the one near the mosque for now", ["mosque"], "for now"),
        ("they sent it to 40 tower street the house opposite the big tesco also my mum", ["tesco"], "also my mum"),
        ("send my stuff to the flat on larch close please", ["flat on", "larch"], "please"),
    ])
    func noteGoes(text: String, gone: [String], kept: String) {
        let redacted = redact(text)
        #expect(redacted.contains("[address]"))
        for word in gone { #expect(!redacted.contains(word), "\(word) in \(redacted)") }
        #expect(redacted.contains(kept))
    }

    @Test("ordinary words after an address stay", arguments: [
        ("i moved to 4 elm road back in 2019", "back in 2019"),
        ("i live at 4 elm road first time i had my own room", "first time"),
        ("i was at 9 kestrel close the one i liked best", "the one i liked"),
        ("the house on the hill was scary", "the house on the hill"),
        ("we sat on the back door step all day", "back door step"),
    ])
    func ordinaryStays(text: String, kept: String) {
        #expect(redact(text).contains(kept))
    }

    @Test("a note is read only after an address", arguments: [
        ("[address] block c 2nd floor", 2), ("[address] basement", 1), ("[address] 2nd floor", 2), ("[address] back in", nil),
        ("[address] first time", nil), ("[address] the one i liked", nil),
    ] as [(String, Int?)])
    func opening(text: String, length: Int?) {
        let words = text.split(separator: " ").dropFirst().map { String($0) }
        #expect(AddressAccessNotes.openingLength(words) == length)
    }
}

import Testing
@testable import HeardPrivacy

/// Round seven's address and school shapes, each beside an ordinary sentence of the same words that must stay
/// as written. Sentences written for these tests.
@Suite("Address and school shapes, round seven")
struct AddressAndSchoolShapesRoundSevenTests {
    private func redact(_ text: String) -> String { Redactor().redact(text) }

    @Test("a caravan's pitch goes with its site or after a word that gives an address", arguments: [
        ("our caravan is pitch 12 willowbrook park now", "willowbrook"),
        ("send my post to pitch 7, greenacre site", "greenacre"),
        ("my mums is pitch 31", "pitch"),
    ])
    func pitches(text: String, planted: String) {
        let redacted = redact(text)
        #expect(redacted.contains("[address]"))
        #expect(!redacted.contains(planted))
        #expect(!redacted.contains("pitch"))
    }

    @Test("a pitch at football stays", arguments: ["we played on pitch 3 at training", "the football pitch 2 was muddy"])
    func footballPitches(text: String) {
        #expect(redact(text) == text)
    }

    @Test("a street whose name opens with an everyday word", arguments: [
        ("my flat is 88 new garth", "garth"),
        ("the house is 17 Upper Row near the shops", "Row"),
        ("post it to rm 9,kestrel house, old pl", "old"),
        ("i moved to 4 Ash Court, old rise", "rise"),
    ])
    func openedStreets(text: String, planted: String) {
        let redacted = redact(text)
        #expect(redacted.contains("[address]"))
        #expect(!redacted.contains(planted))
    }

    @Test("an everyday word and a street type in a sentence stay", arguments: [
        "we got 3 new close friends at school",
        "i have 2 old lanes to walk down",
        "we had a chippy tea on the high street",
    ])
    func everydayStreetWords(text: String) {
        #expect(redact(text) == text)
    }

    @Test("a project's name between a room and its street goes with both", arguments: [
        "im in room 4 at fresh steps, 41 garnet heights",
        "im in Room 4 at Step Forward House 41 Garnet Heights",
        "room 6 the launchpad 9 linnet crossway",
    ])
    func projects(text: String) {
        let redacted = redact(text).lowercased()
        #expect(redacted.contains("[address]"))
        for word in ["fresh", "steps", "step", "forward", "launchpad", "garnet", "linnet", "crossway"] {
            #expect(!redacted.contains(word), "\(word) in \(redacted)")
        }
    }

    @Test("a room at a place with no street after it is no address", arguments: ["i share a room at my nans with 2 cousins"])
    func roomWithoutStreet(text: String) {
        #expect(redact(text) == text)
    }

    @Test("a house name of three words after 'the' between commas", arguments: [
        "am at studio 15, the old fire station, heron view now",
    ])
    func longHouseNames(text: String) {
        let redacted = redact(text)
        #expect(!redacted.contains("fire"))
        #expect(!redacted.contains("heron"))
        #expect(redacted.hasSuffix("now"))
    }

    @Test("street types of a broader list", arguments: ["my flat is 14 Heron Crossway", "i live at 33 bracken spinney"])
    func broaderTypes(text: String) {
        let redacted = redact(text)
        #expect(!redacted.lowercased().contains("heron") && !redacted.contains("bracken"))
    }

    @Test("an academy's place of two words, a UTC's town, a university's place", arguments: [
        ("im at Harris Academy Upper Norwood now", ["Upper", "Norwood"]),
        ("i go to co-op academy leeds east", ["leeds", "east"]),
        ("i study at the university of keele", ["keele"]),
        ("i go to Hollybank School for the Deaf", ["Hollybank", "Deaf"]),
        ("got kicked out of blackthorn junior school", ["blackthorn"]),
    ])
    func schoolPlaces(text: String, planted: [String]) {
        let redacted = redact(text)
        #expect(redacted.contains("[school]"))
        for word in planted { #expect(!redacted.contains(word), "\(word) in \(redacted)") }
    }

    @Test("ordinary uses of the same school words stay", arguments: [
        "the university of life taught me more",
        "the academy is rubbish",
        "i hate secondary school",
        "i want to go back to spain",
        "sixth form is hard",
    ])
    func ordinarySchoolWords(text: String) {
        #expect(redact(text) == text)
    }
}

/// A house called "the ..." after a flat's number and a comma, where the address ends after it.
@Suite("A house called 'the ...' after a flat")
struct HouseCalledTheAfterFlatTests {
    @Test("the name goes where the address ends", arguments: [
        "my post goes to flat 22, the lighthouse",
        "flat 9, the boathouse tbh",
    ])
    func named(text: String) {
        let redacted = Redactor().redact(text)
        #expect(!redacted.contains("lighthouse") && !redacted.contains("boathouse"))
    }

    @Test("the sentence going on after the flat stays", arguments: ["i had flat 22, the kitchen was tiny"])
    func sentenceGoesOn(text: String) {
        #expect(Redactor().redact(text).hasSuffix("the kitchen was tiny"))
    }
}

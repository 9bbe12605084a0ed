import Testing
@testable import HeardPrivacy

/// Round nine's address and school readings, each beside an ordinary sentence of the same words that must stay
/// as written. Sentences written for these tests.
@Suite("Address and school shapes, round nine")
struct AddressShapesRoundNineTests {
    private func redact(_ text: String) -> String { Redactor().redact(text) }

    @Test("a house number in words goes with its street", arguments: [
        ("the bus from sixty two marlpit brae takes ages", "sixty"),
        ("got my keys for flat thirty one Tees Street today", "thirty"),
        ("they put me at number ten speke street", "ten"),
    ])
    func spelledNumbers(text: String, planted: String) {
        let redacted = redact(text)
        #expect(redacted.contains("[address]"))
        #expect(!redacted.contains(planted))
    }

    @Test("numbers in words and measures stay", arguments: [
        "two of my mates came round", "its a forty minute walk from here", "its a 40 minute walk from here",
        "we had twenty minutes left",
    ])
    func ordinaryNumbers(text: String) {
        #expect(redact(text) == text)
    }

    @Test("a house number after its street", arguments: ["im at church street nr 74 now", "post goes to holly bank no.26"])
    func numberAfterStreet(text: String) {
        let redacted = redact(text)
        #expect(redacted.contains("[address]"))
        #expect(!redacted.contains("74") && !redacted.contains("26"))
    }

    @Test("a street then a count stays, and so do the words before a flat", arguments: [
        ("we walked down the road 2 times", "road 2 times"), ("i put flat 136 at the top of my list", "i put "),
    ])
    func streetThenCount(text: String, kept: String) {
        #expect(redact(text).contains(kept))
    }

    @Test("a home placed by what it stands over goes with the address", arguments: [
        "the council offered me the annex at 15b workhouse lane",
        "bailiffs came to the flat over the chippy on frank street",
    ])
    func placedHomes(text: String) {
        let redacted = redact(text)
        for word in ["annex", "chippy", "workhouse", "frank"] { #expect(!redacted.contains(word), "\(word) in \(redacted)") }
    }

    @Test("my room at an address keeps its own words")
    func plainRoom() {
        #expect(redact("my room at 12 mill road got broken into").hasPrefix("my room at [address]"))
    }

    @Test("a college's campus and a university of a place", arguments: [
        ("i do english at glasgow clyde college, ebbw vale campus on tuesdays", "ebbw"),
        ("i dropped out of uni of derby in first year", "derby"),
    ])
    func campuses(text: String, planted: String) {
        #expect(!redact(text).contains(planted))
    }

    @Test("the uni of life stays")
    func uniOfLife() {
        #expect(redact("the uni of life taught me more") == "the uni of life taught me more")
    }

    @Test("a street type typed wrong where a street is expected", arguments: [
        ("im at 4 mill raod now", "mill"), ("supported lodgings on autumn terrece was the best", "autumn"),
    ])
    func misspeltTypes(text: String, planted: String) {
        #expect(!redact(text).contains(planted))
    }

    @Test("everyday words a letter from a street type stay", arguments: [
        "i rode my bike to the shop", "we went to the lane and sat on a bench", "its a close call",
    ])
    func nearTypes(text: String) {
        #expect(redact(text) == text)
    }

    @Test("a bedsit in two words and a top flat over a shop go whole", arguments: [
        "they moved me to bed sit 8 28 heron garth which is far",
        "top flat over the bookies on frank street tbh",
    ])
    func bedsitsAndTopFlats(text: String) {
        let redacted = redact(text)
        for word in ["sit", "heron", "top", "bookies", "frank"] { #expect(!redacted.contains(word + " "), "\(word) in \(redacted)") }
    }

    @Test("a slash joins an address's parts but c/o stays a cue")
    func slashes() {
        #expect(redact("the bus from room 4 / Eastgate House supported housing to college") == "the bus from [address] to college")
        #expect(redact("C/o 12 mill road, DN31 1HU. They dont").hasPrefix("C/o [address]"))
    }

    @Test("a hospital's education service and a campus named before its college", arguments: [
        ("im at sheffield childrens hospital education service now", "sheffield"),
        ("i start castleford campus of selby college in september", "castleford"),
        ("i start castleford campus of selby college in september", "selby"),
        ("i went to tyne coast colledge for two years", "tyne"),
    ])
    func servicesAndCampuses(text: String, planted: String) {
        #expect(!redact(text).contains(planted))
    }

    @Test("an education service and a campus in ordinary words stay", arguments: [
        "the education service never rang me back", "the campus was massive",
    ])
    func ordinaryServices(text: String) {
        #expect(redact(text) == text)
    }

    @Test("the verb before a campus stays")
    func verbBeforeCampus() {
        #expect(redact("i start castleford campus of selby college in september") == "i start [school] in september")
    }
}

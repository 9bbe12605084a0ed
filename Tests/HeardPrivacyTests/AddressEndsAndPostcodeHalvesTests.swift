import Testing
@testable import HeardPrivacy

/// Round ten's address, postcode and school readings: the town that closes an address, postcodes written in
/// pieces, streets of countries without an English street word, and schools known by a number. Each reading
/// sits beside ordinary sentences of the same words that must stay. Sentences written for these tests.
@Suite("Address ends, postcode halves and numbered schools")
struct AddressEndsAndPostcodeHalvesTests {
    private func redact(_ text: String) -> String { Redactor().redact(text) }

    @Test("the town after an address goes with it", arguments: [
        ("they moved me to 14 larch grove Scunthorpe now", "Scunthorpe"),
        ("post it to 9 kestrel close, Barnsley please", "Barnsley"),
        ("im stuck at 71 mill road wombwell [postcode] with no sofa", "wombwell"),
        ("my nan is at 3 cedar avenue,Goole,Hull and shes fine", "Goole"),
    ])
    func townAfterAddress(text: String, town: String) {
        let redacted = redact(text)
        #expect(redacted.contains("[address]"))
        #expect(!redacted.contains(town))
    }

    @Test("what follows an address that is the comment's own stays", arguments: [
        ("i live at 14 larch grove and it is quiet", "and it is quiet"),
        ("moved to 9 kestrel close last week", "last week"),
        ("my room at 3 cedar avenue has mould", "has mould"),
        ("they put me in year 10 at my new school", "year 10"),
    ])
    func commentAfterAddress(text: String, kept: String) {
        #expect(redact(text).contains(kept))
    }

    @Test("a home placed by what it stands above goes with the address", arguments: [
        "send it to 40 tower street the flat above the bakery, Selby thanks",
        "its 2 hope lane the room over the barbers [postcode]",
    ])
    func placedHome(text: String) {
        let redacted = redact(text)
        #expect(!redacted.contains("bakery") && !redacted.contains("barbers") && !redacted.contains("Selby"))
    }

    @Test("postcodes with their outward code split over a space", arguments: [
        "my new postcode is DN3 1 4QT", "post it to SW1 A 2BB", "they moved me to ls 6 2ud", "its WF1 2 3RJ",
    ])
    func splitPostcodes(text: String) {
        let redacted = redact(text)
        #expect(redacted.contains("[postcode]"))
        #expect(!redacted.uppercased().contains("4QT") && !redacted.uppercased().contains("2BB")
            && !redacted.uppercased().contains("2UD") && !redacted.uppercased().contains("3RJ"))
    }

    @Test("the halves of a postcode told apart after a cue", arguments: [
        ("postcode is hu9 and then 4pz", ["hu9", "4pz"]),
        ("my post code starts dn32 and ends 7ey", ["dn32", "7ey"]),
        ("my postcode DN31 1HU wait no the end bit is 2HB", ["2HB"]),
    ])
    func postcodeHalves(text: String, halves: [String]) {
        let redacted = redact(text)
        for half in halves { #expect(!redacted.contains(half), "\(half) in \(redacted)") }
    }

    @Test("shapes like a postcode's half stay away from a cue or as ordinals, times and roads", arguments: [
        "my postcode changed on the 4th and the bus comes at 2pm",
        "postcode sorted, then stuck on the m1 for hours",
        "i got 3rd place and left b4 the end",
        "i was in year 9 and came 2nd",
    ])
    func notHalves(text: String) {
        #expect(redact(text) == text)
    }

    @Test("streets named without an English street word", arguments: [
        ("back home we lived at 51 Le Thanh Ton, Q.1 near the market", ["51", "Thanh"]),
        ("my uncle is at wenhua lu 88 hao still", ["wenhua", "88"]),
        ("grandad lived at 212 nong 7 hao in shanghai", ["212", "nong"]),
        ("we were at hem 61 Ly Tu Trong before the boat", ["61", "Trong"]),
    ])
    func streetsAbroad(text: String, planted: [String]) {
        let redacted = redact(text)
        #expect(redacted.contains("[address]"))
        for part in planted { #expect(!redacted.contains(part), "\(part) in \(redacted)") }
    }

    @Test("a number and a capitalised word alone are no address", arguments: [
        "i was 15 Tayvion and me went out", "we got 3 Kinder eggs each", "the district 9 film is good",
    ])
    func numberAndName(text: String) {
        #expect(!redact(text).contains("[address]"))
    }

    @Test("schools known by a number, with their town and their closing word", arguments: [
        ("in china i went to Chengdu No.7 middle school", "Chengdu"),
        ("my first school was school no. 31 in Omsk", "Omsk"),
        ("back home i went to the Jilin No. 3 High School", "Jilin"),
        ("i go to Thornfield Grammar Boys now", "Boys"),
        ("my cousin is at larkspur house high school", "larkspur"),
    ])
    func numberedSchools(text: String, planted: String) {
        let redacted = redact(text)
        #expect(redacted.contains("[school]"))
        #expect(!redacted.contains(planted))
    }

    @Test("numbers near school and towns everyone knows stay", arguments: [
        ("i said no 2 school today", "no 2 school"), ("i go to havelock academy and i live in Grimsby", "i live in Grimsby"),
        ("the boys at school are ok", "the boys at school"), ("i go to high school near my house", "high school near my house"),
    ])
    func ordinarySchoolWords(text: String, kept: String) {
        #expect(redact(text).contains(kept))
    }

    @Test("a house named by 'is the name of the home', a lazy 'str', a learner's date", arguments: [
        ("the willows is the name of the home now", "willows"),
        ("we got sent to 44b kestrel str leeds for a bit", "kestrel"),
        ("her birthday was the 3nd of novmber", "novmber"),
        ("я родился 4 марта 2009 г. и всё", "марта"),
    ])
    func namedAndMistyped(text: String, planted: String) {
        #expect(!redact(text).contains(planted), "\(redact(text))")
    }

    @Test("ordinals, months and names of things stay", arguments: [
        "i came 2nd in march", "the name of the home is on the door", "i had a mars bar on the 3rd",
    ])
    func ordinaryDatesAndNames(text: String) {
        #expect(redact(text) == text)
    }
}

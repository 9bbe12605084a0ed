import Testing
@testable import HeardPrivacy

/// Round ten's address readings: other countries' addresses read as chains of parts (`AddressForeignParts`,
/// `Data/street-words.txt`) and houses known by name (`AddressNamedHomes`, `Data/house-names.txt`), each beside
/// an ordinary sentence of the same words that must stay as written. Sentences written for these tests.
@Suite("Addresses abroad and houses known by name")
struct AddressAbroadAndHouseNamesTests {
    private func redact(_ text: String) -> String { Redactor().redact(text) }

    @Test("another country's address goes whole, its flat and block included", arguments: [
        ("my gran still has the flat at ul. Mickiewicza 9 m. 14", ["Mickiewicza", "ul.", "14"]),
        ("we stayed on str Castanilor nr 7 bl C2 ap 19 for years", ["Castanilor", "C2", "19"]),
        ("our place was ул. Гагарина, д. 41, кв. 7 back then", ["Гагарина", "41", "кв"]),
        ("we rented kuche 31 pelak 12 off the main road", ["kuche", "pelak", "31"]),
        ("dad is still at rruga Naim Frasheri pall 8 shk 2 ap 17", ["Frasheri", "pall", "17"]),
        ("my aunt has a flat at Lale Sokak No: 23 Daire 6", ["Lale", "23", "Daire"]),
        ("he grew up at calle Olmos 18, piso 2, puerta 4", ["Olmos", "piso", "puerta"]),
        ("nonna lives at via Mazzini 31 in the old town", ["Mazzini", "31"]),
    ])
    func foreignAddress(text: String, gone: [String]) {
        let redacted = redact(text)
        #expect(redacted.contains("[address]"), "\(redacted)")
        for word in gone { #expect(!redacted.contains(word), "\(word) in \(redacted)") }
    }

    @Test("the same words in ordinary sentences stay", arguments: [
        "can you send it via email please", "we went via the park to get here", "i rue the day i said yes",
        "there were 2 of us in house 4 of the trip", "i live on twitch most evenings", "my hay fever is awful",
    ])
    func ordinaryForeignWords(text: String) {
        #expect(redact(text) == text)
    }

    @Test("a house known by its name goes, in any case", arguments: [
        ("we moved to the laurels last spring", "laurels"),
        ("i like foxglove cottage more than my last place", "foxglove"),
        ("MY NEW PLACEMENT IS AT THE NOOK NOW", "NOOK"),
        ("the taxi could not find heron court at all", "heron"),
        ("kestrel lodge has a big garden", "kestrel"),
        ("room 3 the maple foyer is tiny", "maple"),
    ])
    func namedHouse(text: String, gone: String) {
        let redacted = redact(text)
        #expect(redacted.contains("[address]"), "\(redacted)")
        #expect(!redacted.contains(gone), "\(redacted)")
    }

    @Test("ordinary houses, courts and halls stay", arguments: [
        "we moved to a big house last year", "we ate at the food court", "the town hall was shut",
        "it was brillant at the weekend", "we stayed in a holiday cottage", "they drove me to someone’s house",
        "i want to live semi-independently at 17", "at kingsmead centre for learning they help",
    ])
    func ordinaryHouses(text: String) {
        #expect(!redact(text).contains("[address]"), "\(redact(text))")
    }

    @Test("a school abroad goes with its number or name", arguments: [
        ("back home i went to Liceum nr 4 in the city", "Liceum"),
        ("i finished year 9 at Escola Secundaria Almeida Garrett", "Garrett"),
        ("my old school was harnet elementary back home", "harnet"),
        ("ESOL at college on [address] is good", "college on"),
    ])
    func schoolAbroad(text: String, gone: String) {
        let redacted = redact(text)
        #expect(redacted.contains("[school]"), "\(redacted)")
        #expect(!redacted.contains(gone), "\(redacted)")
    }

    @Test("a school word of another language in an ordinary sentence stays", arguments: [
        "we played football in the gymnasium after lunch", "lo and behold the bus was late", "i go to college on mondays",
    ])
    func ordinarySchoolWords(text: String) {
        #expect(!redact(text).contains("[school]"), "\(redact(text))")
    }
}

import Testing
@testable import HeardPrivacy

/// Round fourteen's handles, schools, addresses and postcodes in the shapes that still leaked: a handle before
/// the app it is on ("X on insta", "X (snap)", a gamer tag with its number, a list of two), given someone who
/// asked for it, listed after another handle, found "under" a name, with a number said after it; school types as
/// typed, a council's virtual school, "my uni is X", a town joined by "on", "for uni"; a house's number after
/// "live at", a house after "address:", a care home's kind; a postcode's first half beside its town. Each beside
/// ordinary sentences of the same words that must stay as written. Sentences written for these tests.
@Suite("Handles, schools, addresses and postcodes that leaked, round fourteen")
struct LeakingShapesRoundFourteenTests {
    private func redact(_ text: String) -> String { Redactor().redact(text) }

    private func expectGone(_ text: String, _ gone: [String], as placeholder: String) {
        let redacted = redact(text)
        #expect(redacted.contains(placeholder), "\(redacted)")
        for word in gone { #expect(!redacted.contains(word), "\(word) in \(redacted)") }
    }

    @Test("a handle before the app it is on, a gamer tag to its number, and a list of two", arguments: [
        ("my old account was teapot on twitter", ["teapot"]),
        ("me and my cousin are sleepy otter 31 and pancake on the ps5 lol", ["sleepy otter 31", "pancake"]),
        ("marble wolf 88 (snap) and biscuit (tiktok)", ["marble wolf 88", "biscuit"]),
        ("she made me delete velvet fern 12 on insta", ["velvet fern 12"]),
        ("dunno.maybe (snap) if u want", ["dunno.maybe"]),
    ])
    func beforeApp(text: String, gone: [String]) {
        expectGone(text, gone, as: "[social media handle]")
    }

    @Test("a handle given after an app is asked for, listed after another, under a find, or a tag after an app", arguments: [
        ("my pa asked for my tiktok so i gave her thursday", ["thursday"]),
        ("my snap is fern_x22 and insta crumpet!!", ["fern_x22", "crumpet"]),
        ("u can find me on roblox under pickle", ["pickle"]),
        ("on psn im rusty kettle 45 most nights", ["rusty kettle 45"]),
        ("my youtube is j plum 2010 and i post most days", ["plum", "2010"]),
        ("yt channel moss.kid add me", ["moss.kid"]),
        ("my old account got hacked, new one is moss.kid2", ["moss.kid2"]),
    ])
    func framedHandles(text: String, gone: [String]) {
        expectGone(text, gone, as: "[social media handle]")
    }

    @Test("a number said after a handle goes with it", arguments: [
        ("my snap is pip dot wren ninety nine", ["wren", "ninety", "nine"]),
        ("my snap is toby underscore jam two thousand and nine", ["jam", "thousand", "nine"]),
        ("my insta is hazel_b then 2 zero zero 7", ["hazel", "zero", " 7"]),
        ("my snap is kit dot fox triple four", ["fox", "triple", "four"]),
    ])
    func saidNumbers(text: String, gone: [String]) {
        expectGone(text, gone, as: "[social media handle]")
    }

    @Test("no handle in ordinary talk about apps, chats and counts", arguments: [
        "@everyone the meeting is at 4",
        "hmu on snapchat lol",
        "i'm on tiktok all day",
        "i spent 20 on roblox",
        "we play fifa 24 on the ps5",
        "my ps5 is broken",
        "my insta is under review",
        "i got a ps5 for christmas",
        "add me on snap im bored",
        "my snap score is 9000 lol",
        "it's fun on roblox with my cousins",
    ])
    func ordinary(text: String) {
        #expect(!redact(text).contains("[social media handle]"), "\(redact(text))")
    }

    @Test("the letter after an apostrophe is its word's, not a spelt handle's first", arguments: [
        ("i'm K E S T R E L on fortnite", "i'm"),
    ])
    func apostrophe(text: String, kept: String) {
        let redacted = redact(text)
        #expect(redacted.hasPrefix(kept), "\(redacted)")
        #expect(!redacted.contains("K E S"), "\(redacted)")
    }

    @Test("schools typed as they are said, virtual schools, universities by frame and by town", arguments: [
        ("they sent me to Ashgrove Girls Skool for year 9", ["Ashgrove", "Skool"]),
        ("im in year 8 at the Wexley Virtual School now", ["Wexley", "Virtual"]),
        ("my uni is UCLAN", ["UCLAN"]),
        ("my old school was brackenfold", ["brackenfold"]),
        ("off to Leeds Beckett for uni next year", ["Leeds", "Beckett"]),
        ("i got into Stoke on Trent College", ["Stoke", "Trent"]),
        ("the head at Barnsley and the Dearne College helped me", ["Barnsley", "Dearne"]),
        ("corpus christi were good to me tbh", ["corpus", "christi"]),
        ("i was at Moorhill Church of England Primary till year 6", ["Moorhill", "England"]),
    ])
    func schools(text: String, gone: [String]) {
        expectGone(text, gone, as: "[school]")
    }

    @Test("no school in ordinary talk about school", arguments: [
        "our school is nice",
        "i go to virtual school now",
        "the virtual school head rang me",
        "moved to leeds for uni",
        "my uni is in sheffield",
        "my school was ok",
        "i missed weeks of school",
        "loads of college was boring",
    ])
    func ordinarySchool(text: String) {
        #expect(!redact(text).contains("[school]"), "\(redact(text))")
    }

    @Test("a house's number after 'live at', a house after 'address:', a care home named", arguments: [
        ("i live at no. 41C now", ["41C"]),
        ("address: hollybank", ["hollybank"]),
        ("my address is thornbury and the post is late", ["thornbury"]),
        ("i live at Larchfield care home", ["Larchfield", "care home"]),
    ])
    func addresses(text: String, gone: [String]) {
        expectGone(text, gone, as: "[address]")
    }

    @Test("no address in talk about an address", arguments: [
        "my address is changing soon",
        "my address is on the form",
        "i live at no fixed address",
        "my sw works 8 till 5 so i cant ring after",
    ])
    func ordinaryAddress(text: String) {
        #expect(!redact(text).contains("[address]"), "\(redact(text))")
    }

    @Test("a postcode's first half beside its town or area", arguments: [
        ("my flat was ls9, Leeds before", ["ls9"]),
        ("we moved to cf24 cardiff last year", ["cf24"]),
        ("my nan lives the e17 bit of town", ["e17"]),
        ("stuck in l8 area now", ["l8"]),
    ])
    func districts(text: String, gone: [String]) {
        expectGone(text, gone, as: "[postcode]")
    }

    @Test("no postcode in grades, roads and text-speak", arguments: [
        "i got a b4 in maths", "on the a1 to leeds", "my m8 is sound", "i got 3 b2 grades",
    ])
    func ordinaryDistricts(text: String) {
        #expect(!redact(text).contains("[postcode]"), "\(redact(text))")
    }
}

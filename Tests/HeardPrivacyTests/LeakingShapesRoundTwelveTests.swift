import Testing
@testable import HeardPrivacy

/// Round twelve's readings of schools, references, addresses and emails in the shapes young people write them
/// (misspelt types, training providers, a town after a school, "left X with nothing"; police and housing
/// numbers; "number 130 on" and floors before a street, the block after it; "at" and "dot" in other
/// languages), each beside ordinary sentences of the same words that must stay as written. Sentences written
/// for these tests.
@Suite("Schools, references, addresses and emails that leaked, round twelve")
struct LeakingShapesRoundTwelveTests {
    private func redact(_ text: String) -> String { Redactor().redact(text) }

    private func expectGone(_ text: String, _ gone: [String], as placeholder: String) {
        let redacted = redact(text)
        #expect(redacted.contains(placeholder), "\(redacted)")
        for word in gone { #expect(!redacted.contains(word), "\(word) in \(redacted)") }
    }

    @Test("a school with its type mistyped, its town, or a training provider's name", arguments: [
        ("everyone at wrexford collage knows my business", ["wrexford", "collage"]),
        ("got an offer from marlcombe academi yesterday", ["marlcombe", "academi"]),
        ("i was at Brackenfold pupil referal unit for a year", ["Brackenfold", "referal"]),
        ("i go to tennyford academy at barnsley now", ["tennyford", "barnsley"]),
        ("she teaches at Elmhurst High in Harlow", ["Elmhurst", "Harlow"]),
        ("the bus to Keystart Training takes ages", ["Keystart"]),
        ("my taxi to Prime Futures never comes", ["Prime", "Futures"]),
        ("i do 2 days at Old Mill House School", ["Old", "Mill"]),
        ("they put me in ravendale high at walsall", ["ravendale", "walsall"]),
        ("my old school in romania was scoala gimnaziala nr 3", ["scoala", "gimnaziala"]),
        ("i was at kauno licejus before we came", ["kauno", "licejus"]),
    ])
    func typedSchools(text: String, gone: [String]) {
        expectGone(text, gone, as: "[school]")
    }

    @Test("a school with no type after leaving or starting it, by its letters, or opening a clause", arguments: [
        ("i left thornwick with nothing", ["thornwick"]),
        ("thanks & left Juniper Mount with nothing", ["Juniper", "Mount"]),
        ("i started the brookfold in september", ["brookfold"]),
        ("i left the holy family with nothing", ["holy", "family"]),
        ("postcode is on the letter (qesfc)", ["qesfc"]),
        ("idk... ashcombe utc is alright the teachers listen", ["ashcombe"]),
    ])
    func framedSchools(text: String, gone: [String]) {
        expectGone(text, gone, as: "[school]")
    }

    @Test("the same words in ordinary sentences stay", arguments: [
        "i left home with nothing", "i left care with nothing and no help", "started the course in september",
        "i left the army with nothing", "we had Fire Safety Training at the hostel", "i passed Functional Skills maths",
        "i did boxing training", "my school project was on volcanoes", "we made a collage in art",
        "i go to college in grimsby and its ok", "riverside walks are nice", "i went to uni of life lol",
        "the hostel is rough", "i go to the youth project on Fridays", "she said it was half way",
        "i was number 10 on the list", "i am the first floor manager",
    ])
    func ordinary(text: String) {
        #expect(redact(text) == text)
    }

    @Test("police and housing numbers after the word that names them", arguments: [
        ("they lost my file (police log number 482913K) again", ["482913"]),
        ("bidding number number 771204P still not working", ["771204"]),
        ("my sw gave me incident number: K731 402 T", ["K731", "402"]),
        ("crime number is 55 0217 3381", ["0217", "3381"]),
    ])
    func references(text: String, gone: [String]) {
        let redacted = redact(text)
        for part in gone { #expect(!redacted.contains(part), "\(part) in \(redacted)") }
    }

    @Test("a short number with its unit stays", arguments: ["i ran 5000m at sports day", "it costs 20p now"])
    func units(text: String) {
        #expect(redact(text) == text)
    }

    @Test("an address with its lead-in, its town and its block", arguments: [
        ("im at number 118 on Ferndale Terrace now", ["number", "118", "Ferndale"]),
        ("i grew up in first floor 27 ashgrove mews", ["first", "floor", "ashgrove"]),
        ("at 61b kestrel terrace dudley theres no wifi", ["kestrel", "dudley"]),
        ("they moved me to 9 Pennant Gardens, Walsall last week", ["Pennant", "Walsall"]),
        ("they moved me 2 flat 40 the Wharves", ["Wharves"]),
        ("my dad is at pitch 12 the traveller site on Marsh Lane", ["traveller", "Marsh"]),
        ("the heating dont work at the Fernbrook project", ["Fernbrook"]),
        ("staying at the Harbourlight hostel till they find me somewhere", ["Harbourlight"]),
    ])
    func addresses(text: String, gone: [String]) {
        expectGone(text, gone, as: "[address]")
    }

    @Test("the words after an address that are not its own stay", arguments: [
        ("im at flat 4 the kitchen is tiny", "the kitchen is tiny"),
        ("i live at 4 cromwell rd reading books all day", "reading books"),
    ])
    func afterAddress(text: String, kept: String) {
        #expect(redact(text).contains(kept))
    }

    @Test("an email spelt out with another language's words for at and dot, or with spaced dots", arguments: [
        ("email me at marta punto ruiz arroba gmail punto com", ["marta", "ruiz"]),
        ("my email is ola kropka zielinska małpa wp kropka pl", ["ola", "zielinska", "wp"]),
        ("mail me deniz nokta k at gmail nokta com", ["deniz"]),
        ("my email is luca chiocciola libero punto it", ["luca", "libero"]),
        ("jo . reeve @ gmail . com is my email", ["jo", "reeve"]),
        ("my email is ricky 07 at hot mail dot com", ["ricky"]),
    ])
    func emails(text: String, gone: [String]) {
        expectGone(text, gone, as: "[email]")
    }

    @Test("the words for at and dot in ordinary sentences stay", arguments: [
        "at some point it was ok", "i was at the dot in the middle",
    ])
    func ordinaryEmailWords(text: String) {
        #expect(redact(text) == text)
    }
}

import Testing
@testable import HeardPrivacy

/// Round thirteen's structured identifiers in the shapes that still leaked: references said partly in words or
/// typed in spaced groups with letters, a system's code or name beside the number, bank and log numbers; phone
/// extensions and phone numbers with one digit said or a letter O; handles with a gamer's "#" number, an
/// everyday word run into a number, "at sign" said; postcodes with their digits said. Each beside ordinary
/// sentences of the same words that must stay as written. Sentences written for these tests.
@Suite("References, phones, handles and postcodes that leaked, round thirteen")
struct LeakingShapesRoundThirteenTests {
    private func redact(_ text: String) -> String { Redactor().redact(text) }

    private func expectGone(_ text: String, _ gone: [String], as placeholder: String) {
        let redacted = redact(text)
        #expect(redacted.contains(placeholder), "\(redacted)")
        for word in gone { #expect(!redacted.contains(word), "\(word) in \(redacted)") }
    }

    @Test("a reference said partly in words or in spaced groups with letters, after a word naming it or a code", arguments: [
        ("the housing ref - three 812 seven 40 is on the letter", ["three 812", "seven 40"]),
        ("my case no K six two oh one nine is what they gave me", ["six two oh", "K six"]),
        ("waiting list number its WB / 318 2 / 440 nine 7 thanks", ["WB", "318", "440"]),
        ("the letter says QRV oh 441 two eight six one", ["QRV", "441"]),
        ("clinic number is T52 - 38 - 71D at the desk", ["T52", "71D"]),
        ("quote k four 662 018 when you ring", ["k four", "662"]),
        ("my child id nine four seven two six five one", ["nine four seven"]),
        ("the app said XJP double four seven one two three", ["XJP", "double four"]),
        ("my incedent number is BT77 four 20 nine", ["BT77", "four 20"]),
        ("my claim ref is forty one nine six two seven", ["forty one", "nine six"]),
    ])
    func saidReferences(text: String, gone: [String]) {
        expectGone(text, gone, as: "[reference]")
    }

    @Test("a system's code before the word naming the number, or its name after it, goes with the reference", arguments: [
        ("my HO ref T5519083 came in the post", ["HO", "T5519083"]),
        ("the DWP ref - DWP-ESA-771203 is wrong", ["DWP", "ESA", "771203"]),
        ("my account no is keystone 40912 at the bank", ["keystone", "40912"]),
        ("my bank said IBAN GB82 WEST 1234 5698 7654 32", ["GB82", "WEST", "5698"]),
        ("the police gave me 4417/09FEB24 for it", ["4417", "09FEB24"]),
        ("they wrote [my tenancy number K448203] on the form", ["K448203"]),
        ("my bidding number - H5520 7Q", ["H5520", "7Q"]),
    ])
    func codedReferences(text: String, gone: [String]) {
        expectGone(text, gone, as: "[reference]")
    }

    @Test("a phone number with its extension, one digit said, or a letter O for a nought", arguments: [
        ("ring the office on 0161 496 0420 ext. 317 after 4", ["0161", "ext", "317"]),
        ("the landline is (01632) 960118 extension 22", ["960118", "extension", "22"]),
        ("call me on 078 five 441 902 3 tonight", ["078", "five", "441"]),
        ("my number is O77OO 9OO 412", ["O77OO", "9OO", "412"]),
    ])
    func phones(text: String, gone: [String]) {
        expectGone(text, gone, as: "[phone number]")
    }

    @Test("a handle with a gamer's number, run into a number, said with its @, or named after an app", arguments: [
        ("add me on discord @moth#2291 tonight", ["moth", "2291"]),
        ("my main is pillowfort#8812 now", ["pillowfort", "8812"]),
        ("my best mate is lanternfish27 and she got banned", ["lanternfish27"]),
        ("its at sign corvid full stop mae 4410", ["corvid", "mae", "4410", "sign"]),
        ("its at pebblo full stop rhue", ["pebblo", "rhue"]),
        ("my insta is at moss dot lantern", ["moss", "lantern"]),
        ("got hacked on xbox my acc was teacup on xbox", ["teacup"]),
        ("add me on psn its ironfern seven seven", ["ironfern", "seven"]),
        ("add me on snap marmalade n my email is below", ["marmalade"]),
    ])
    func handles(text: String, gone: [String]) {
        expectGone(text, gone, as: "[social media handle]")
    }

    @Test("a postcode with its digits said in words after the word postcode", arguments: [
        ("my postcode is ls seventeen 6ab", ["ls", "seventeen", "6ab"]),
        ("post code m one one a e", ["one one"]),
        ("postcode: n one nine g u thanks", ["n one nine"]),
    ])
    func saidPostcodes(text: String, gone: [String]) {
        expectGone(text, gone, as: "[postcode]")
    }

    @Test("numbers, versions, prices, counts and at-signs in ordinary sentences stay", arguments: [
        "minecraft 1.21 is better than the old one", "what is my reference even for, its £60.99 for a day pass",
        "i rang them about my claim 5 times", "the best lesson was at 2 dot 30", "i got 5 dot 5 in maths",
        "one two three four five six i counted the days", "i scored two 90s in the test", "see u @ the park at 6",
        "my postcode is the same as before", "post code is one of the things they ask", "my number is private",
        "windows10 keeps crashing", "i have a summer24 playlist", "ring me after 4 x", "my account is overdrawn",
        "i was number 1 in the race twice", "the case no one talks about", "GCSE 9 9 8 7 6 are my grades",
        "it was at home dot dot dot", "we met at costa full stop then went home", "ref the game on sunday at 3",
        "add me on snap tonight n we can talk", "add me on snap now and then", "my ref is twenty", "im sixteen and seventeen soon",
    ])
    func ordinary(text: String) {
        #expect(redact(text) == text)
    }

    @Test("a phone number after a word naming a number stays a phone number, an NI number an NI number", arguments: [
        ("my number is oh seven seven double oh nine, double one 23 45", "[phone number]"),
        ("ni number QQ 12 34 56 C", "[NI number]"),
        ("my national insurance is YL 422484 C", "[NI number]"),
    ])
    func otherKinds(text: String, placeholder: String) {
        #expect(redact(text).contains(placeholder), "\(redact(text))")
        #expect(!redact(text).contains("[reference]"), "\(redact(text))")
    }
}

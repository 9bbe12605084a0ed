import Testing
@testable import HeardPrivacy

/// A trap in the redactor stops a whole nightly run, so every rule must survive any arrangement of the parts it
/// looks for. Comments are built from fragments (addresses, house names, dates in other languages, schools,
/// emails, names in lists, placeholders already in the text, other alphabets, stray punctuation), chosen by a
/// seeded walk so a failing comment can be rebuilt from its number. Fragments written for this test.
@Suite("Redactor: any arrangement of identifier parts")
struct RedactorFuzzTests {
    static let fragments = [
        "The Coach House", "Gas Works Market", "Flat 3", "flt 12b", "Room 4, 9 Heron Cres", "the old bakery",
        "church st", "Orchard Lea", "Skegness", "i passed maths", "got a job at the chippy", "pen y bryn", "Glan yr Afon", "LN4 2QY", "dn311ab", "born 3 marca 2009",
        "dob 12 stycznia", "14 avril 2008", "1 III 2001", "2k8", "st bede's catholic", "Oakfield Centre for Learning",
        "Ysgol Bro", "and District College", "pupil referral unit", "kez at gmail dot com", "zed@ icloud.com",
        "@kez_99", "07700 900123", "+44 (0)1472 000000", "AB 12 34 56 C", "943 476 5919", "CLA123456",
        "ref xy 44821", "4 5 6 7 8", "Hope", "rose, ivy & summer", "Zoë", "Łucja", "Șerban", "Ağca", "mr kowalski",
        "[name]", "[address]", "[school]", "[date]", ",", ", ,", "&", "-", "'", "!!", "...", "\"", "(", ")", "my sw",
        "lives at", "i go to", "my mum", "im", "and", "the", "a", "12", "0", "😀", "ፈ", "محمد", "", " ",
    ]

    /// Knuth's MMIX linear congruential generator: small, seeded, so comment N is always the same comment.
    struct Walk {
        var state: UInt64
        mutating func pick(_ count: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(count))
        }
    }

    @Test("20,000 arrangements of two to eight fragments redact without stopping")
    func arrangements() {
        let redactor = Redactor()
        let separators = [" ", ", ", ",", " , ", "  ", ". "]
        var walk = Walk(state: 2026)
        for number in 0..<20_000 {
            var comment = ""
            for step in 0..<(2 + walk.pick(7)) {
                if step > 0 { comment += separators[walk.pick(separators.count)] }
                comment += Self.fragments[walk.pick(Self.fragments.count)]
            }
            let redacted = redactor.redact(comment)
            #expect(!redacted.isEmpty || comment.allSatisfy(\.isWhitespace), "comment \(number) came back empty")
        }
    }
}

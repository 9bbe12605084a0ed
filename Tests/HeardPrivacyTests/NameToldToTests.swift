import Testing
@testable import HeardPrivacy

/// Issue 14, names round fifteen: everyday-word names in lower case where only a person stands, whatever the
/// word's ordinary sense: what someone is called, the one told or written to, given a number, who does not pick
/// up, gone out with on a weekday, a name said alone. Each rule has the same words in their ordinary use beside
/// it, which must stay. Every sentence is written for this test (development examples).
@Suite("Everyday-word names told to, called, said alone")
struct NameToldToTests {
    @Test("a name in one of these places is redacted", arguments: [
        ("clover is what my nan called me", "[name] is what my nan called me"),
        ("Mercy was what everyone calls her at school", "[name] was what everyone calls her at school"),
        ("ROB is what my mum called me", "[name] is what my mum called me"),
        ("i explained the whole thing to faith and she got it", "i explained the whole thing to [name] and she got it"),
        ("i wrote a long letter to honour but", "i wrote a long letter to [name] but"),
        ("they said to give my number to rocky.", "they said to give my number to [name]."),
        ("sunny never picks up when i ring", "[name] never picks up when i ring"),
        ("i go bowling with clay on fridays", "i go bowling with [name] on fridays"),
        ("Cliff", "[name]"),
        ("destiny!!", "[name]!!"),
        ("ps its wisdom btw", "ps its [name] btw"),
        ("i love clover, she is my rock", "i love [name], she is my rock"),
        ("rocky is sound", "[name] is sound"),
        ("Chi, my sw, is lovely", "[name], my sw, is lovely"),
        ("thx rocky! u sorted my bus pass", "thx [name]! u sorted my bus pass"),
        ("thats all! bliss... see ya", "thats all! [name]... see ya"),
        ("its king btw, new number", "its [name] btw, new number"),
        ("i go swimming with june on sundays", "i go swimming with [name] on sundays"),
        ("i only get to see april once a fortnight", "i only get to see [name] once a fortnight"),
        ("my sw from camhs rose said no", "my sw from camhs [name] said no"),
        ("my brother (we call him stormo) is 4", "my brother (we call him [name]) is 4"),
        ("pickle is what everyone calls me", "[name] is what everyone calls me"),
        ("my sister kendal is so annoying", "my sister [name] is so annoying"),
    ])
    func named(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("the same words in their ordinary use stay", arguments: [
        "patience is what my mum asked for",
        "hope is what keeps me going",
        "i gave all my old clothes to charity",
        "we raised money to give to charity.",
        "i told them i want to chase my dreams",
        "i wrote to the council but",
        "i dont pick up when they ring",
        "i play football with my mates on saturdays",
        "hope.",
        "its sunny btw",
        "summer",
        "its grace period btw",
        "i love summer, its the best",
        "my mum lives in kendal",
        "my mum kurdish and my dad english",
        "my sister supports leeds",
        "apples, honey, bread",
        "Thanks, my carer, for everything",
        "thx for the help",
        "ty so much",
        "i love april because its my birthday",
        "me n my mate @ wembley on friday",
        "they called him stupid",
        "my mum is what keeps me going",
    ])
    func ordinary(text: String) {
        #expect(Redactor().redact(text) == text)
    }
}

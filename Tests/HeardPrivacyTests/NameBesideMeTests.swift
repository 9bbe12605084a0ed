import Testing
@testable import HeardPrivacy

/// Issue 14, names round eighteen: any word, on a name list or not, where it stands beside the writer as only a
/// person does: one of a pair with "me", someone stayed with for a while, what everyone calls the writer, who the
/// writer says they are. Each place has the same words in their ordinary use beside it, which must stay. Every
/// sentence is written for this test (development examples).
@Suite("Names beside the writer")
struct NameBesideMeTests {
    @Test("a name or nickname beside the writer is redacted", arguments: [
        ("me and crumble went to the park", "me and [name] went to the park"),
        ("its just me and crumble in the flat now", "its just me and [name] in the flat now"),
        ("we moved again. me n toffee were best mates", "we moved again. me n [name] were best mates"),
        ("Dumpling and me are getting a flat", "[name] and me are getting a flat"),
        ("pickles n me got split up", "[name] n me got split up"),
        ("i was staying with Waffle for 2 weeks", "i was staying with [name] for 2 weeks"),
        ("im stoppin wiv nugget till i get a flat", "im stoppin wiv [name] till i get a flat"),
        ("everyone calls me crumble", "everyone calls me [name]"),
        ("my mates call me zeb not my real name", "my mates call me [name] not my real name"),
        ("im Toffee btw", "im [name] btw"),
        ("its WAFFLE btw", "its [name] btw"),
        ("im destiny btw", "im [name] btw"),
    ])
    func named(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("the same words in their ordinary use stay", arguments: [
        "it upset me and ring me on the house phone",
        "me and school dont mix",
        "food and me dont get on",
        "me and my brother went to the park",
        "its just me and nobody else",
        "i have been living with anxiety for years",
        "staying with my nan for 2 weeks",
        "they call me lazy",
        "everyone calls me names at school",
        "im fine btw",
        "im lucky btw",
        "im precious btw",
        "its ok btw",
        "they gave me and my sister a room",
    ])
    func ordinary(text: String) {
        #expect(Redactor().redact(text) == text)
    }
}

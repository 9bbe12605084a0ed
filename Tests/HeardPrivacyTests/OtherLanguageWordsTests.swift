import Testing
@testable import HeardPrivacy

/// Issue 14, names round eleven: a sentence in another language is read as that language, not as names no list
/// holds (`Data/other-language-words.txt`, `WordFacts.otherLanguage`); a platform's name in another language or
/// script names a handle (`HandlePlatforms`); a writer's own capitals tell a name from the same word
/// (`NameEverydayDecision`); a school named in another language is not left standing (`NameForeignSchools`).
/// Every sentence is written for this test (development examples, not a score).
@Suite("Words of other languages, platforms in other scripts, a writer's own capitals")
struct OtherLanguageWordsTests {
    @Test("a sentence in another language survives", arguments: [
        "nie wiem co robić, ale jest ok",
        "sunt bine mulțumesc",
        "всё нормально спасибо",
        "الحمد لله على كل شيء",
        "hooyo waan ku jeclahay",
        "siedzę na tiktoku cały dzień",
    ])
    func survives(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("a name among words of another language is still a name", arguments: [
        ("nie wiem co robić, Kasia pomaga mi", "nie wiem co robić, [name] pomaga mi"),
        // A word of another language after a strong cue is a name as any word there is.
        ("my sister kawa lives in leeds", "my sister [name] lives in leeds"),
        // Written with a capital in the middle of a sentence, it is a proper noun.
        ("my pa Temi sorted my bus pass", "my pa [name] sorted my bus pass"),
    ])
    func namesStay(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a platform named in another language or script names a handle", arguments: [
        ("سناب: moon.girl", "سناب: [social media handle]"),
        ("jestem na discordzie sky.runner", "jestem na discordzie [social media handle]"),
        ("ник в иксбоксе Frosty Wolf 77", "ник в иксбоксе [social media handle]"),
        ("tiktokta adım gecekusu", "tiktokta adım [social media handle]"),
    ])
    func platforms(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a platform's name with an ending is read, an English word is not")
    func inflectedPlatforms() {
        #expect(HandlePlatforms.canonical("discordzie") == "discord")
        #expect(HandlePlatforms.canonical("xbox'ta") == "xbox")
        #expect(HandlePlatforms.canonical("instagramie") == "instagram")
        #expect(HandlePlatforms.canonical("дискорде") == "discord")
        #expect(HandlePlatforms.canonical("السناب") == "snap")
        #expect(HandlePlatforms.canonical("snapped") == nil)
        #expect(HandlePlatforms.canonical("instant") == nil)
        #expect(Redactor().redact("he snapped my charger") == "he snapped my charger")
    }

    @Test("a word the writer also writes in lower case, doing something, is a name", arguments: [
        ("Holly put holly on the door", "[name] put holly on the door"),
        ("Guy is a nice guy", "[name] is a nice guy"),
    ])
    func ownCapitals(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("the same word at a sentence's start, not doing something, stays", arguments: [
        "Summer is the best, summer holidays are long",
        "Hope is all we have and hope is enough",
    ])
    func ownCapitalsOrdinary(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("brands named after people are not names", arguments: [
        "my Calvin Klein boxers are comfy",
        "a jack wills hoodie from my nan",
    ])
    func brands(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("a school named in another language does not stand", arguments: [
        ("in turkey i went to atatürk ilkokulu", "in turkey i went to [name] [name]"),
        ("i go to college with jake", "i go to college with [name]"),
    ])
    func foreignSchools(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }
}

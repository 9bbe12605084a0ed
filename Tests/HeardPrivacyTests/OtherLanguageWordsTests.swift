import Testing
@testable import HeardPrivacy

/// Issue 14, names and dates round eleven. A sentence written in another language is read as that language's
/// words, not as names no list holds (`Data/other-language-words.txt`, `WordFacts.otherLanguage`), but only in
/// that language's company (`OtherLanguageRuns`): a word of the list alone among English words, a school's name
/// in another language, a month and a number in words are read as before. Months take the forms their grammar
/// gives them ("w lipcu", "в марте", "kesäkuussa") from `Data/month-names.txt`. Every sentence is written for
/// this test (development examples, not a score).
@Suite("Words of other languages, months in their own grammar")
struct OtherLanguageWordsTests {
    @Test("a sentence in another language keeps its words", arguments: [
        "nie wiem gdzie mam iść jutro",
        "nie wiem gdzie jest mój telefon",
        "nu știu ce să fac acum",
        "hooyo waan ku jeclahay",
        "всё хорошо, спасибо большое",
    ])
    func sentenceStays(text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("a name in a name's place is a name, whatever language the word is also", arguments: [
        // A strong cue before a word of another language.
        ("my brother kawa moved to wales", "my brother [name] moved to wales"),
        // A capital in the middle of a sentence.
        ("we go to see Temi every week", "we go to see [name] every week"),
        // Alone among English words, the list's word is read as a word no list holds.
        ("i miss عائشہ so much", "i miss [name] so much"),
    ])
    func namesStay(text: String, expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("a place written with capitals beside another is not read as that language's words")
    func capitalsBesideCapitals() {
        let redacted = Redactor().redact("Gedimino pr. 4, Vilnius was my flat before")
        #expect(!redacted.contains("Gedimino"))
        #expect(!redacted.contains("Vilnius"))
    }

    @Test("numbers in words of another language are not left standing")
    func numberWords() {
        let redacted = Redactor().redact("mój numer to siedem osiem dwa dziewięć pięć")
        for word in ["siedem", "osiem", "dziewięć", "pięć"] { #expect(!redacted.contains(word)) }
    }

    @Test("a school named in another language does not stand")
    func foreignSchool() {
        let redacted = Redactor().redact("chodziłam do liceum ogólnokształcące nr 5 w lublinie")
        #expect(!redacted.contains("ogólnokształcące"))
        #expect(!redacted.contains("lublinie"))
    }

    @Test("a month in the form its grammar gives it, beside a year or a day, is a date", arguments: [
        ("urodziłam się w styczniu 2009", "2009"),
        ("родилась в ноябре 2007", "ноябре"),
        ("synnyin marraskuussa 2006", "marraskuussa"),
        ("doğdum 3 Eylül'de", "Eylül"),
        ("am 4 Jänner 2010", "Jänner"),
        ("rođen sam u svibnju 2008", "svibnju"),
    ])
    func monthForms(text: String, gone: String) {
        let redacted = Redactor().redact(text)
        #expect(redacted.contains("[date]"))
        #expect(!redacted.contains(gone))
    }

    @Test("the month lists: forms after 'in' and the CLDR names are months; the words list keeps months and numbers out")
    func lists() {
        let months = DateVocabulary.shared.months
        for month in ["lipcu", "марте", "kesakuussa", "januarban", "sausį", "urtarrila", "jaanuar"] {
            #expect(months.contains(single: NameKey.key(month)), "\(month)")
        }
        for word in ["lipca", "marca", "osiem", "siedem", "kropka", "точка"] {
            #expect(!(Gazetteer.flags[NameKey.key(word)] ?? []).contains(.otherLanguage), "\(word)")
        }
        for word in ["wiem", "jestem", "спасибо", "hooyo"] {
            #expect((Gazetteer.flags[NameKey.key(word)] ?? []).contains(.otherLanguage), "\(word)")
        }
    }
}

import Foundation
import Testing
@testable import HeardPrivacy

/// The quick paths redaction takes for speed (bytes for ASCII, remembered answers, readings found once per
/// token) must give the answers the slow paths give.
@Suite("Redaction fast paths")
struct RedactionFastPathTests {
    @Test("Letters and digits read from the byte agree with Unicode's answer")
    func characterClasses() {
        var characters = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
        characters += ["\r\n", "é", "Ł", "ß", "٣", "५", "Ж", "思", "½", "’"]
        for character in characters {
            #expect(character.isLetterQuick == character.isLetter, "\(character.unicodeScalars.map(\.value))")
            #expect(character.isNumberQuick == character.isNumber, "\(character.unicodeScalars.map(\.value))")
        }
    }

    @Test("An email cue's key read from the bytes is the key Foundation gives")
    func emailCueKeys() {
        let words = ["Email", "(GMAIL)", "e-mail:", "'hotmail.'", "MY", "is", "...", "\"sky\"", "Sky!?", "a", "", "(", "x@y.com,",
                     "ntlworld;", "Outlook", "ÉMAIL", "café,", "straße"]
        for word in words {
            let foundation = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,!?;:()\"'"))
            #expect(EmailCues.key(Substring(word)) == foundation, "\(word)")
        }
    }

    @Test("A word one slip from an everyday word is a slip, asked once or twice")
    func misspellings() {
        for slip in ["becuase", "hostle", "reallly", "frends", "placment", "apointment"] {
            #expect(Misspelling.isNearEverydayWord(slip), "\(slip)")
            #expect(Misspelling.isNearEverydayWord(slip), "\(slip), asked again")
        }
        for name in ["tymarni", "jaydynn", "brexleigh", "kaydence"] {
            #expect(!Misspelling.isNearEverydayWord(name), "\(name)")
            #expect(!Misspelling.isNearEverydayWord(name), "\(name), asked again")
        }
        // Too short to judge, or not plain lower-case ASCII letters.
        for other in ["hse", "hostlé", "Hostle", "h0stle"] {
            #expect(!Misspelling.isNearEverydayWord(other), "\(other)")
        }
    }

    @Test("Chunks of an ASCII comment are the chunks the Unicode reading finds")
    func asciiChunks() {
        let comments = [
            "add me on snap its kayla_x99 or the.real.poppy (ask first!)",
            "ref CLA/18/2044. my case number is lac 551093; call me\r\nback",
            "RapidSunny47, Blaze-Kiera93 and -ref- #5511 ~ |pixiearber13|",
            "nothing here but words, and a [name] placeholder",
        ]
        for comment in comments {
            // A letter outside ASCII at the end sends the same words down the Unicode path.
            let unicode = IdentifierChunks.chunks(comment + " é").dropLast()
            let ascii = IdentifierChunks.chunks(comment)
            #expect(ascii.map(Self.describe) == unicode.map(Self.describe), "\(comment)")
        }
    }

    @Test("Address tokens of an ASCII comment are the tokens the Unicode reading finds")
    func asciiAddressTokens() {
        let comments = [
            "i live at Flat 3, the old bakery, 12a church st. now",
            "Room 4, 9 Heron Cres,\r\nLouth LN4 2QY [address], wren road",
            "36-40 Mill Lane; unit 0/2 by the B06 bus - ask for [name]",
            "no. 7 St. Mary's Rd, Grimsby (behind the chippy) & [ a long bracket that is not a placeholder ]",
        ]
        func describe(_ token: AddressTokens.Token) -> String {
            "\(token.text)|\(token.lower)|\(token.kind)|\(token.gap)|\(token.isCapitalised)"
        }
        for comment in comments {
            // A letter outside ASCII at the end sends the same words down the Unicode path.
            let unicode = AddressTokens(comment + " é").items.dropLast()
            let ascii = AddressTokens(comment).items
            #expect(ascii.map(describe) == unicode.map(describe), "\(comment)")
        }
    }

    @Test("The quick test for a number in words lets every number word through")
    func numberWordsPassTheQuickTest() {
        for word in AddressTokens.numberWords.keys { #expect(AddressTokens.mayBeNumberWord(word), "\(word)") }
        #expect(!AddressTokens.mayBeNumberWord("mill"))
        #expect(!AddressTokens.mayBeNumberWord(""))
        // Spelled numbers are still joined into one number token.
        let tokens = AddressTokens("flat twenty one, Heron Court").items
        #expect(tokens.contains { $0.kind == .number && $0.text == "twenty one" })
    }

    @Test("Ordinary sentences come through unchanged")
    func ordinarySentences() {
        let redactor = Redactor()
        let sentences = [
            "my carer takes me to football on saturdays and i really like it",
            "the hostle was cold so i want a warmer room please",
            "i hope things get better at my new placement",
            "We went to the park after school and had chips.",
            "can i have more say in who i live with",
            "Living on my own is hard, the bills are too high",
        ]
        for sentence in sentences {
            #expect(redactor.redact(sentence) == sentence)
        }
    }

    @Test("A comment with identifiers is redacted the same with or without a letter outside ASCII")
    func sameRedactionEitherPath() {
        let redactor = Redactor()
        let ascii = redactor.redact("add me kayla_x99 on insta, my ref is CLA/18/2044")
        let unicode = redactor.redact("add me kayla_x99 on insta, my ref is CLA/18/2044 café")
        #expect(!ascii.contains("kayla_x99") && !ascii.contains("2044"))
        #expect(unicode.hasPrefix(ascii))
    }

    @Test("An everyday name opening a clause before an address is a name; the same word inside a sentence is not")
    func everydayNameBeforeAddress() {
        let redactor = Redactor()
        let signed = redactor.redact("nobody came round this week. hope 14 Larkspur Road")
        #expect(signed.hasSuffix("[name] [address]"), "\(signed)")
        let ordinary = "we all hope the new flat is warmer"
        #expect(redactor.redact(ordinary) == ordinary)
    }

    private static func describe(_ chunk: IdentifierChunks.Chunk) -> String {
        "\(chunk.text)|\(chunk.letters)|\(chunk.digits)|\(chunk.uppercase)|\(chunk.underscore)|\(chunk.dots)|\(chunk.hyphens)|\(chunk.camel)"
    }
}

import Foundation
import Testing
@testable import HeardPrivacy

/// The byte answers the redaction passes give for characters outside ASCII (issue 17: redaction several times
/// cheaper, output identical) agree with the `Character`, `Set<Character>` and Foundation answers they stand
/// for, on every character of the Basic Multilingual Plane and on clusters of several scalars.
@Suite("Redaction character gates")
struct RedactionCharacterGateTests {
    /// Every assigned scalar of the BMP as a character, plus clusters: a mark on an ASCII letter or mark,
    /// "\r\n", a flag, a family emoji.
    static let characters: [Character] = {
        var characters = (0..<0x10000).compactMap(Unicode.Scalar.init).map(Character.init)
        // Each string is read as Swift reads it: most are one cluster, a mark on a space or a mark may stand alone.
        for text in ["\r\n", "e\u{301}", ",\u{301}", ";\u{301}", "\u{37E}\u{301}", "“\u{301}", "’\u{301}", " \u{301}",
                     "A\u{308}", "1\u{20E3}", "🇬🇧", "👨‍👩‍👧", "\u{600}1"] {
            characters += Array(text)
        }
        return characters
    }()

    @Test("Whitespace and case read from the byte agree with Unicode's answer")
    func quickClasses() {
        for character in Self.characters {
            let scalars = "\(character.unicodeScalars.map(\.value))"
            #expect(character.isLetterQuick == character.isLetter, "\(scalars)")
            #expect(character.isNumberQuick == character.isNumber, "\(scalars)")
            #expect(character.isWhitespaceQuick == character.isWhitespace, "\(scalars)")
            #expect(character.isUppercaseQuick == character.isUppercase, "\(scalars)")
            #expect(character.isLowercaseQuick == character.isLowercase, "\(scalars)")
        }
    }

    @Test("A run's digit read from the bytes is the digit the character's own answers give")
    func runDigits() {
        for character in Self.characters {
            let longWay = character.isASCIIDigit || character.asciiValue == nil && character.unicodeScalars.count == 1
                && character.unicodeScalars.first!.properties.numericType == .decimal
            #expect(character.isRunDigit == longWay, "\(character.unicodeScalars.map(\.value))")
        }
    }

    @Test("A token lower-cased from its bytes is the token lower-cased")
    func loweredTokens() {
        for word in ["Road", "ROAD", "rd", "O'Brien", "Straße", "ŁÓDŹ", "İstanbul", "ΣΟΦΊΑ", "no", "", "12B", "AB-12"] {
            #expect(AddressTokens.lowered(Substring(word)) == word.lowercased(), "\(word)")
        }
    }

    @Test("A separator found from the bytes is one the set of characters holds, and only then")
    func separators() {
        for character in Self.characters {
            let scalars = "\(character.unicodeScalars.map(\.value))"
            #expect(Redactor.isSeparator(character) == Redactor.separators.contains(character), "\(scalars)")
            #expect(IdentifierChunks.isSeparator(character) == IdentifierChunks.separators.contains(character), "\(scalars)")
            #expect(IdentifierChunks.isTrimmedMark(character) == ".-/'’#".contains(character), "\(scalars)")
        }
        // The Greek question mark is ";" to Swift: it splits a value as ";" does.
        #expect(Redactor.tokens("ab12\u{37E}cd34 é") == ["ab12", "cd34", "é"])
    }

    @Test("A comment with no decimal digit outside ASCII has none of DigitRuns' digits outside ASCII")
    func decimalScalars() {
        for character in Self.characters where character.utf8.count > 1 && character.isRunDigit {
            #expect(DigitRuns.hasDecimalScalarOutsideASCII(String(character)), "\(character.unicodeScalars.map(\.value))")
        }
        #expect(!DigitRuns.hasDecimalScalarOutsideASCII("call me on 07700 900123 é ½ ²"))
        #expect(DigitRuns.redact("ring ٠٧٧٠٠ ٩٠٠١٢٣ please") == "ring [phone number] please")
        #expect(DigitRuns.redact("jestem z Łodzi ½") == "jestem z Łodzi ½")
    }

    /// `EmailParts.spellsSymbolsOutsideASCII` as it was written before its byte gate.
    static func spellsSymbolsTheLongWay(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["małpa", "zavináč", "собака", "собачка"].contains { lower.contains($0) }
            && ["tečka", "точка", "крапка", "kropka", "punkt", "dot", "punto", "nokta"].contains { lower.contains($0) }
    }

    @Test("The byte gate for 'at' said outside ASCII never turns away a comment the long way accepts")
    func spokenAtGate() {
        let texts = [
            "kasia kropka nowak małpa wp kropka pl", "KASIA KROPKA NOWAK MAŁPA WP KROPKA PL", "jan zavináč seznam tečka cz",
            "jan zavina\u{301}c\u{30C} seznam tec\u{30C}ka cz", "JAN ZAVINÁČ SEZNAM TEČKA CZ", "ivan собака mail точка ru",
            "ivan СОБАКА mail ТОЧКА ru", "ivan собачка yandex dot ru", "my dog is called Łatka", "chcę zobaczyć mamę",
            "мне нужна помощь", "ευχαριστώ", "我想要更多的时间", "ma\u{142}pa but no dot word", "",
        ]
        for text in texts {
            let long = Self.spellsSymbolsTheLongWay(text)
            #expect(EmailParts.spellsSymbolsOutsideASCII(text) == long, "\(text)")
            if long { #expect(EmailParts.mayHoldAtWordOutsideASCII(text), "\(text)") }
        }
        #expect(!EmailParts.mayHoldAtWordOutsideASCII("chcę zobaczyć mamę dziękuję bardzo ευχαριστώ"))
        // Each Latin, Greek, Cyrillic or combining character, and the clusters, in place of the letter the gate reads.
        let candidates = Self.characters.filter { character in
            character.unicodeScalars.count > 1 || (0x80..<0x530).contains(character.unicodeScalars.first!.value)
        }
        for character in candidates {
            for word in ["ma\(character)pa dot", "со\(character)ака dot", "zavin\u{E1}\(character) dot", "zavina\u{301}\(character) dot"]
            where Self.spellsSymbolsTheLongWay(word) {
                #expect(EmailParts.mayHoldAtWordOutsideASCII(word), "\(word.unicodeScalars.map(\.value))")
            }
        }
    }
}

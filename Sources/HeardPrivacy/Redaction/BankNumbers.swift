/// Bank account numbers in their international shape (IBAN): two letters, two check digits, then groups of
/// four letters or digits, spaced or not ("gb51 jdlf 4439 4751 0011 70", "GB29NWBK60161331926819"). Taken
/// whole before the phone and number readers take its digit groups and leave the bank's letters. A run of
/// words in that shape holds no digits ("ab12 this that what"): ten digits or more are needed.
enum BankNumbers {
    static let iban = Pattern(#"\b[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,3})?\b"#)

    static func redact(_ text: String) -> String {
        iban.replace(in: text, with: .reference) { match in
            match.count(where: \.isASCIIDigit) >= 10
        }
    }
}

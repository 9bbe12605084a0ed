import Foundation

/// Identifiers with a written shape: links, emails, social media handles, NI numbers, pupil numbers, case
/// references, postcodes, exact dates, street addresses and flat numbers. Each pattern runs only when a cheap
/// test says the comment could hold it, so ordinary comments pass quickly.
enum PatternRedaction {
    static func redact(_ text: String) -> String {
        var result = text
        let lower = text.lowercased()
        let hasDigit = text.utf8.contains { $0 >= 48 && $0 <= 57 }
        if result.contains("@") || lower.contains(" at ") {
            result = Patterns.email.replace(in: result, with: .email)
            result = Patterns.spokenEmail.replace(in: result, with: .email)
            result = Patterns.atHandle.replace(in: result, with: .handle)
        }
        if lower.contains("http") || lower.contains("www") || Patterns.domainHint.firstMatch(in: lower) != nil {
            result = Patterns.link.replace(in: result, with: .link)
        }
        if Patterns.handleCue.firstMatch(in: lower) != nil { result = Patterns.cuedHandle(result) }
        if hasDigit {
            result = Patterns.niNumber.replace(in: result, with: .niNumber)
            result = Patterns.pupilNumber.replace(in: result, with: .pupilNumber)
            result = Patterns.reference.replace(in: result, with: .reference)
            result = Patterns.postcode.replace(in: result, with: .postcode)
            result = Patterns.partialPostcode(result)
            result = Patterns.numericDate.replace(in: result, with: .date)
            result = Patterns.flat.replace(in: result, with: .address)
            result = Patterns.numberedStreet.replace(in: result, with: .address)
        }
        if Patterns.monthHint.firstMatch(in: lower) != nil, hasDigit {
            result = Patterns.dayMonth.replace(in: result, with: .date)
            result = Patterns.monthDay.replace(in: result, with: .date)
        }
        if Patterns.streetHint.firstMatch(in: lower) != nil { result = Patterns.namedStreet(result) }
        return result
    }
}

import Foundation

/// Identifiers with a written shape: links, emails, social media handles, NI numbers, pupil numbers, case
/// references, postcodes, exact dates, and street addresses (`AddressRedaction`). Each pattern runs only when
/// `ShapeHints` says the comment could hold it, so ordinary comments pass quickly.
enum PatternRedaction {
    static func redact(_ text: String) -> String {
        var result = text
        let hints = ShapeHints(text)
        if hints.hasAtSign { result = Patterns.email.replace(in: result, with: .email) }
        if hints.spokenEmail && (hints.hasAtSign || ASCIISearch.contains(ASCIISearch.lowered(text), " at ")) {
            result = Patterns.spokenEmail.replace(in: result, with: .email)
        }
        if hints.hasAtSign { result = Patterns.atHandle.replace(in: result, with: .handle) }
        if hints.link { result = Patterns.link.replace(in: result, with: .link) }
        if hints.platform { result = Patterns.cuedHandle(result) }
        if hints.hasDigit {
            let shapes = DigitShapes(text)
            // Dates first: "on 2003-01-03" is a date, not two letters and six digits.
            if shapes.separatedDigits { result = Patterns.numericDate.replace(in: result, with: .date) }
            if hints.month {
                result = Patterns.dayMonth.replace(in: result, with: .date)
                result = Patterns.monthDay.replace(in: result, with: .date)
            }
            if shapes.letterBeforeDigit && shapes.longestRun >= 11 {
                result = Patterns.pupilNumber.replace(in: result, with: .pupilNumber)
            }
            if shapes.digits >= 3 && hints.referenceCue {
                result = Patterns.cuedReference.replace(in: result, with: .reference, group: 1)
            }
            if shapes.digits >= 6 { result = Patterns.niNumber.replace(in: result, with: .niNumber) }
            if shapes.longestRun >= 4 { result = Patterns.reference.replace(in: result, with: .reference) }
            if shapes.inwardCode { result = Patterns.postcode.replace(in: result, with: .postcode) }
            if shapes.letterBeforeDigit { result = Patterns.partialPostcode(result) }
        }
        if hints.street || hints.hasDigit || hints.addressCue { result = AddressRedaction.redact(result, hints: hints) }
        return result
    }
}

import Foundation

/// Identifiers with a written shape: links, emails, social media handles, exact dates, NI numbers, pupil
/// numbers and case references, postcodes, and street addresses (`AddressRedaction`). Each pattern runs only
/// when `ShapeHints` says the comment could hold it, so ordinary comments pass quickly. The order matters:
/// a date before an NI number ("on 2003-01-03"), an NI number before a date ("mw-55-59-64-d"), a reference
/// before a postcode ("E0P-0398"), and every shape before the address finder reads what is left.
enum PatternRedaction {
    static func redact(_ text: String) -> String {
        // References said partly in words ("ref - four 949 four 71", "GWF oh 226 six nine ..."), then phone numbers
        // said in words, before any reader takes a piece of one ("zero seven [reference] four").
        // Before them, postcodes and NI numbers said aloud ("G one nine, eight whiskey tango", "ni number J K seven
        // five ..."), whose digits those readers and the date reader would take.
        var result = SpokenPhones.redact(SpokenReferences.redact(SpokenPostcodes.redact(text)))
        // "call07447861932", "on0 7 5 9 9 1 5 7 0 0 7pls": a phone glued to its words, before a reference reader takes it.
        result = GluedPhones.redact(result)
        // "dob one five oh seven one oh": a date said digit by digit, once a phone said so has gone.
        result = SpokenDates.redact(result)
        let hints = ShapeHints(text)
        let wideAt = !hints.isASCII && (ASCIISearch.contains(text, "＠") || ASCIISearch.contains(text, "﹫"))
        if hints.hasAtSign || wideAt { result = Patterns.email.replace(in: result, with: .email) }
        // An email typed loosely: an "@" the plain pattern left, "at" spelled out, or "at" before a web ending.
        if (hints.hasAtSign && result.utf8.contains(64)) || hints.spokenEmail || (hints.link && spellsAt(result)) || wideAt
            || spellsBracketedAt(result) || !hints.isASCII && EmailParts.spellsSymbolsOutsideASCII(result) {
            result = Patterns.looseEmail.replace(in: result, with: .email)
        }
        if hints.gluedEmail { result = Patterns.gluedEmail.replace(in: result, with: .email) }
        if hints.hasAtSign && result.utf8.contains(64) { result = Patterns.bareEmail.replace(in: result, with: .email) }
        if hints.emailCue { result = EmailCues.redact(result) }
        if hints.hasAtSign { result = Patterns.atHandle.replace(in: result, with: .handle) }
        if hints.link { result = Patterns.link.replace(in: result, with: .link) }
        // Handles spelt out ("king DOT ilyas99", "r u B Y underscore 2 0 0 7"), before any reader takes a piece.
        result = SpokenHandles.redact(result)
        // "at crystal four is my gamertag", "bereal diamond double seven": a tag with its number said in words.
        if hints.platform || hints.hasAtSign || hints.handleCue || HandlePlaces.shipped.mayName(result) { result = SpokenTags.redact(result) }
        // "8667/16JAN22": a log's number with the day it was opened, before a date reader takes the day.
        if hints.hasDigit && hints.month { result = NumberedReferences.redactDated(result) }
        // Dates with a month's name in any language or a birth cue, before the shapes that would take a part.
        if !hints.isASCII || (hints.hasDigit && WrittenDates.mayHold(text, month: hints.month)) || hints.month && (hints.ordinalWord || hints.dayWord)
            || hints.ordinalWord && NumericDates.hasBirthWord(text) {
            result = WrittenDates.redact(result)
        }
        // "twenty one slash zero three slash two thousand and nine", "the twelfth of the tenth, 2003": in groups.
        result = SaidDates.redact(result)
        if hints.hasDigit {
            let shapes = DigitShapes(text)
            if shapes.digits >= 10 && shapes.letterBeforeDigit { result = BankNumbers.redact(result) }
            if shapes.digits >= 10 { result = CuedNHSNumbers.redact(result) }
            if shapes.digits >= 6 {
                result = Patterns.redactNINumbers(result)
                if DigitShapes(result).digits >= 6 { result = LooseNINumbers.redact(result) }
            }
            if shapes.separatedDigits {
                result = Patterns.numericDate.replace(in: result, with: .date)
                result = DateRedaction.redact(result)
            }
            result = NumericDates.redact(result)
            if shapes.longestRun >= 4 && shapes.digits >= 5 && DigitShapes.mayHoldYearAfterSpace(result) {
                result = Patterns.otherLanguageDate.replace(in: result, with: .date)
            }
            if hints.month {
                result = Patterns.dayMonth.replace(in: result, with: .date)
                result = Patterns.monthDay.replace(in: result, with: .date)
            }
            if shapes.letterBeforeDigit && shapes.longestRun >= 11 {
                result = Patterns.pupilNumber.replace(in: result, with: .pupilNumber)
            }
        }
        if hints.month && hints.ordinalWord { result = Patterns.wordDate.replace(in: result, with: .date) }
        // "s O 4 0 J z", "ne7 3 lu": a postcode spelt with spaces, before a pattern takes a piece of it.
        let mayHoldPostcodePieces = hints.hasDigit && PostcodeNeighbours.mayHold(result)
        if mayHoldPostcodePieces { result = PostcodeNeighbours.redactSpelt(result) }
        if hints.hasDigit && DigitShapes(result).inwardCode {
            result = Patterns.postcode.replace(in: result, with: .postcode)
            result = PostcodeHalves.redactSplit(result)
        }
        if hints.hasDigit { result = NumberedReferences.redactCourtCases(result) }
        if hints.hasDigit || hints.handleMark { result = IdentifierChunks.redact(result) }
        if hints.platform || hints.hasAtSign || hints.handleCue || HandlePlaces.shipped.mayName(result) {
            result = HandleCues.redact(result)
        }
        if hints.handleMark || hints.hasDigit { result = HandleCues.redactEverywhere(result) }
        // "the at [social media handle]", "[social media handle] rain 2004": the rest of a handle said aloud.
        result = HandleTails.redact(result)
        if hints.hasDigit {
            let shapes = DigitShapes(result)
            if shapes.digits >= 3 && hints.referenceCue {
                result = Patterns.cuedReference.replace(in: result, with: .reference, group: 1)
            }
            if shapes.longestRun >= 5 { result = CodedReferences.redact(result) }
            if shapes.longestRun >= 4 { result = HashNumbers.redact(result) }
            // Slashed and court numbers after the readers that take a reference with its code and groups, so
            // none of them is cut short ("FRS 2019/12345"); then what still touches a reference goes with it.
            result = NumberedReferences.redactSlashed(result)
            result = WholeReferences.join(result)
        }
        if hints.street || hints.hasDigit || hints.addressCue || hints.streetWord || !hints.isASCII {
            result = AddressRedaction.redact(result, hints: hints)
        }
        // After addresses: "FL G17", "Flat no. B12" are flats, not partial postcodes.
        if hints.hasDigit && DigitShapes(result).letterBeforeDigit { result = Patterns.partialPostcode(result) }
        // "postcode is e1w and then 1sf", "first half [postcode] second half 2JS": the halves near a cue.
        if hints.hasDigit && PostcodeHalves.mayHoldCue(result) { result = PostcodeHalves.redactHalves(result) }
        // "[address] in e20", "se2 and [postcode]", "se21 or something 7dz": halves beside a postcode or an address.
        if hints.hasDigit && PostcodeNeighbours.mayHoldNeighbours(result) { result = PostcodeNeighbours.redactNeighbours(result) }
        // "de23, Derby", "the n17 bit of Tottenham": a first half alone, with its town or area.
        if hints.hasDigit { result = PostcodeDistricts.redact(result) }
        return result
    }

    /// "(at)", "[at]" in any case: an email however its domain ends ("x[at]mail.ru").
    private static func spellsBracketedAt(_ text: String) -> Bool {
        guard text.utf8.contains(91) || text.utf8.contains(40) else { return false }
        let lower = ASCIISearch.lowered(text)
        return ASCIISearch.contains(lower, "[at]") || ASCIISearch.contains(lower, "(at)")
    }

    /// " at ", "(at)", "[at]" in any case.
    private static func spellsAt(_ text: String) -> Bool {
        let lower = ASCIISearch.lowered(text)
        return ASCIISearch.contains(lower, " at ") || ASCIISearch.contains(lower, "at)") || ASCIISearch.contains(lower, "at]")
            || ASCIISearch.contains(lower, "at}") || ASCIISearch.contains(lower, "at>")
    }
}

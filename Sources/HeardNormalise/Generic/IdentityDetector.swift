import HeardCore

/// Recognises personal identifiers in a column by what its values hold. Strong shapes (emails, phones,
/// postcodes, birth dates, case references, addresses, IP addresses, school names) decide on their own; names
/// decide only when the values are varied, since a handful of repeated capitalised answers is a survey option.
enum IdentityDetector {
    /// The kind of identifier most of a column's answered values are, if any. `dates`: whether a birth date
    /// counts (not for a column a profile lists as the tool's own timing).
    static func strongKind(_ sample: ColumnSample, dates: Bool = true) -> String? {
        guard !sample.values.isEmpty else { return nil }
        if sample.share(ValuePatterns.isEmail) >= 0.6 { return "email addresses" }
        if sample.share(ValuePatterns.isPhone) >= 0.6 { return "phone numbers" }
        if sample.share(ValuePatterns.isPostcode) >= 0.6 { return "postcodes" }
        if sample.share(isIPAddress) >= 0.6 { return "IP addresses" }
        if sample.uniqueness >= 0.5, sample.share(ValuePatterns.isReference) >= 0.8 { return "case references or ID numbers" }
        if dates, sample.share(isUndatedBirthDate) >= 0.6 { return "dates of birth" }
        if sample.share(ValuePatterns.isAddress) >= 0.5 { return "street addresses" }
        if sample.share(ValuePatterns.isInstitutionName) >= 0.6 { return "names of schools or colleges" }
        return nil
    }

    /// Person names: mostly capitalised words that are not answers, and varied.
    static func namesKind(_ sample: ColumnSample) -> String? {
        guard sample.values.count >= 2, sample.uniqueness >= 0.4,
              sample.share(ValuePatterns.isPersonName) >= 0.7 else { return nil }
        return "names"
    }

    /// ID-like codes: nearly all different, short, with digits.
    static func codesKind(_ sample: ColumnSample) -> String? {
        guard sample.values.count >= 3, sample.uniqueness >= 0.9, sample.share(looksLikeCode) >= 0.8 else { return nil }
        return "ID codes"
    }

    /// Whether a respondent-id column holds something personal (a council's reference such as CLA123456, an
    /// email, a phone number, a name) rather than the survey tool's own numbering of responses.
    static func isPersonalRespondentID(_ sample: ColumnSample) -> Bool {
        guard MetadataHeaders.toolRespondentID.contains(TextFolding.fold(sample.header)) else { return true }
        if sample.share(ValuePatterns.isEmail) >= 0.3 || sample.share(ValuePatterns.isPhone) >= 0.3
            || sample.share(ValuePatterns.isPostcode) >= 0.3 || namesKind(sample) != nil {
            return true
        }
        return sample.share { ValuePatterns.isReference($0) && $0.first?.isLetter == true } >= 0.5
    }

    /// A birth date written without a time of day (a submission time is not a birthday).
    private static func isUndatedBirthDate(_ text: String) -> Bool {
        if let colon = text.firstIndex(of: ":"), !text[colon...].allSatisfy({ $0 == "0" || $0 == ":" || $0 == " " }) {
            return false
        }
        return ValuePatterns.isBirthDate(text)
    }

    private static func isIPAddress(_ text: String) -> Bool {
        let parts = text.trimmingSpaces.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { $0.count <= 3 && !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }

    private static func looksLikeCode(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces
        return (4...16).contains(trimmed.count) && trimmed.contains(where: \.isNumber)
            && trimmed.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "/" }
    }
}

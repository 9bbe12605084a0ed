import HeardCore

/// Header names survey tools give their own columns (folded), and how to read a cohort from an answer.
enum MetadataHeaders {
    static let respondentID: Set<String> = [
        "respondent id", "respondentid", "response id", "responseid", "id", "user id", "userid", "submission id",
        "response number", "respondent", "unique id", "record id", "child id", "young person id", "participant id",
        "ref", "reference", "response no", "entry id",
    ]
    /// Respondent-id headers that name the survey tool's own numbering of responses, not a reference the
    /// council holds on a child: reported as metadata (Heard keeps only a keyed pseudonym of them).
    static let toolRespondentID: Set<String> = [
        "respondent id", "respondentid", "response id", "responseid", "id", "submission id", "response number",
        "response no", "entry id", "respondent", "user id", "userid",
    ]
    /// Completion-type dates, preferred over start-type ones.
    static let submitted: Set<String> = [
        "timestamp", "completion time", "end date", "ended", "completed", "date completed", "submitted",
        "submitted at", "submission date", "date submitted", "submit date", "completed at", "end time",
        "date", "completed on", "submission time",
    ]
    static let started: Set<String> = ["start time", "start date", "started", "started at", "date started"]
    static let ignored: Set<String> = [
        "collector id", "custom data", "custom data 1", "last modified time", "duration", "time taken", "status",
        "language", "tracking link", "score", "total score", "quiz feedback", "points", "response status",
        "survey", "questionnaire", "page", "source", "channel", "link", "device", "browser",
    ]
    /// Special category data (UK GDPR article 9) and other quasi-identifiers Heard does not use.
    static let specialCategory: Set<String> = [
        "gender", "sex", "ethnicity", "ethnic group", "ethnic origin", "religion", "faith", "sexuality",
        "sexual orientation", "disability", "gender identity", "what is your gender", "what is your ethnicity",
    ]

    /// A survey tool's own column by its header: listed above, or numbered ("Custom Data 2", "Custom Variable 3",
    /// "Custom Field 1").
    static func isToolMetadata(_ folded: String) -> Bool {
        if ignored.contains(folded) || started.contains(folded) || specialCategory.contains(folded) { return true }
        let words = folded.split(separator: " ")
        guard words.count >= 2, words[0] == "custom" else { return false }
        return ["data", "variable", "field", "value"].contains(words[1])
    }

    static func isOtherPleaseSpecify(_ folded: String) -> Bool {
        folded.contains("please specify") || folded.contains("please say") || folded.hasSuffix("- other")
            || folded.contains("other (") || folded.contains("else (please") || folded.contains("(please tell us")
            || folded.contains("(please state") || folded.contains("(please describe") || folded.contains("(please write")
    }

    /// A header asking the young person's own age now: "Age", "Your age (years)", "How old are you?", "What
    /// age are you?". Not one asking about another age ("How old were you when you came into care?", "What's
    /// the age cutoff at the kids' table?").
    static func isAgeHeader(_ folded: String) -> Bool {
        if ["how old are you", "how old r u", "how old are u", "how old you are"].contains(where: folded.contains) {
            return true
        }
        let words = folded.split { !$0.isLetter && $0 != "'" }.map(String.init)
        return words.contains("age") && words.allSatisfy(ageFrame.contains)
    }

    /// Words that may frame "age" in a header asking for the respondent's own age.
    private static let ageFrame: Set<String> = [
        "age", "your", "what", "what's", "whats", "is", "are", "you", "current", "in", "years", "yrs", "at", "last",
        "birthday", "please", "enter", "give", "optional", "old", "how", "the", "of", "respondent", "q", "now",
        "tell", "us", "could", "can", "would", "let", "know", "select", "choose", "type", "write", "state", "my",
    ]

    static func isBirthHeader(_ folded: String) -> Bool {
        folded.contains("date of birth") || folded == "dob" || folded == "d.o.b" || folded.contains("birthday")
            || folded.contains("birth date")
    }

    /// Reads a cohort from an answer such as "I'm a care leaver (18+)" or "In foster care".
    static func cohort(of folded: String) -> Cohort? {
        if ["leaver", "left care", "leaving care", "18+", "over 18", "care experienced adult"]
            .contains(where: { PlainSearch.contains(folded, $0) }) {
            return .careLeavers
        }
        if ["in care", "looked after", "foster", "children's home", "kinship", "residential", "under 18"]
            .contains(where: { PlainSearch.contains(folded, $0) }) {
            return .childrenInCare
        }
        return nil
    }
}

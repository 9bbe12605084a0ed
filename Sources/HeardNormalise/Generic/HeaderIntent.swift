import HeardCore

/// What a column's header asks, read from its words: for an identifier ("Name", "Your school", "Which school do
/// you go to?", "Who is your personal adviser?"), an open answer ("Why?", "Anything else?"), a choice ("Do
/// you...?", "How often...?", "Out of 10..."), or several choices ("tick all that apply").
struct HeaderIntent {
    /// Which kind of identifier a header asks for.
    enum Identifier: Equatable {
        /// A person's name, contact details, date of birth, address or reference.
        case person
        /// The school or college a young person goes to.
        case institution
    }

    let words: [String]
    let asksFor: Identifier?
    let isOpenPrompt: Bool
    let isChoice: Bool
    let invitesSeveral: Bool

    init(_ header: String) {
        let lower = header.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        // Words outside brackets: "(optional)", "(you don't have to tell us)" do not change what is asked.
        var outside = "", depth = 0
        for character in lower {
            if character == "(" || character == "[" { depth += 1 } else if character == ")" || character == "]" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                outside.append(character)
            }
        }
        words = outside.split { !$0.isLetter && !$0.isNumber && $0 != "'" }
            .map { String($0.hasSuffix("'s") ? $0.dropLast(2) : $0[...]) }.filter { !$0.isEmpty && $0 != "'" }
        asksFor = Self.identifier(words)
        let padded = " " + lower.split { !$0.isLetter && !$0.isNumber && $0 != "'" }.joined(separator: " ") + " "
        isOpenPrompt = Self.openPrompts.contains { padded.contains(" \($0) ") }
        invitesSeveral = Self.several.contains { padded.contains(" \($0) ") }
        isChoice = words.first.map(Self.auxiliaries.contains) == true
            || Self.choiceCues.contains { padded.contains(" \($0) ") } || lower.contains("1 =") || lower.contains("0 =")
    }

    private static func identifier(_ words: [String]) -> Identifier? {
        guard let first = words.first, !auxiliaries.contains(first) else { return nil }
        // "Who is your social worker?" asks for a person.
        if first == "who", words.count <= 8, words.dropFirst().allSatisfy({ filler.contains($0) || people.contains($0) }) {
            return .person
        }
        let content = words.filter { !filler.contains($0) }
        guard !content.isEmpty, content.allSatisfy({ personWords.contains($0) || institutionWords.contains($0)
            || people.contains($0) || qualifiers.contains($0) }) else { return nil }
        if content.contains(where: personWords.contains) { return .person }
        if content.contains(where: institutionWords.contains) { return .institution }
        return nil
    }

    static let auxiliaries: Set<String> = [
        "do", "does", "did", "are", "is", "was", "were", "have", "has", "had", "can", "could", "will", "would",
        "should", "may", "might", "am", "shall",
    ]
    /// Words that frame a request for an identifier without changing it.
    static let filler: Set<String> = [
        "your", "the", "a", "an", "please", "enter", "give", "write", "tell", "us", "what", "what's", "whats", "which",
        "is", "of", "my", "full", "type", "here", "do", "you", "go", "to", "attend", "at", "are", "where", "currently",
        "now", "who", "if", "any", "and", "or", "in", "e", "g", "eg", "optional", "this", "current", "s", "their",
        "child", "young", "person", "respondent", "participant", "student", "pupil's", "first", "last", "preferred",
        "known", "as", "home", "main", "best", "on", "name's",
    ]
    static let personWords: Set<String> = [
        "name", "names", "forename", "forenames", "surname", "firstname", "lastname", "fullname", "email", "e-mail",
        "mail", "emails", "phone", "telephone", "mobile", "tel", "postcode", "postcodes", "zip", "address", "dob",
        "birthday", "birth", "nhs", "insurance", "upn", "ip", "snapchat", "instagram", "tiktok", "facebook",
        "twitter", "handle", "username", "initials", "signature", "ref", "reference", "lcs", "mosaic", "id",
        "d.o.b", "contact", "details",
    ]
    /// Qualifiers that only make sense beside an identifier word: "contact number", "case reference".
    static let qualifiers: Set<String> = ["number", "no", "date", "post", "code", "case", "national", "pupil", "unique",
                                          "user", "social", "media", "account", "e"]
    static let institutionWords: Set<String> = ["school", "college", "academy", "university", "uni", "nursery", "sixth",
                                                "form"]
    static let people: Set<String> = ["worker", "carer", "carers", "adviser", "advisor", "pa", "iro", "keyworker",
                                      "teacher", "mentor", "social", "personal", "foster", "key"]
    static let openPrompts = [
        "why", "tell us", "anything else", "explain", "describe", "comment", "comments", "what could", "what would",
        "what else", "what is the best", "what's the best", "what is good", "what's good", "if you could",
        "in your own words", "any other", "how could", "what do you think", "please say", "more about",
        "please tell", "please specify", "give details", "what one thing", "what made", "what makes",
        "what helps", "what would help", "how can we", "what should", "suggestions", "ideas", "feedback",
        "is there anything", "anything you", "would like us to", "what do you want", "what do you like",
        "what don't you like", "worst thing", "best thing", "one thing", "what is it like", "what's it like",
    ]
    static let choiceCues = [
        "how often", "how many", "how much", "how safe", "how happy", "how well", "how good", "how likely",
        "how satisfied", "how easy", "how confident", "out of 10", "out of ten", "on a scale", "scale of", "rate",
        "rating", "which of these", "which of the following", "select", "tick", "choose", "agree",
    ]
    static let several = [
        "tick all", "all that apply", "as many as", "select all", "choose all", "tick any", "select any",
        "more than one", "tick as many", "choose as many", "select as many", "any that apply",
    ]
}

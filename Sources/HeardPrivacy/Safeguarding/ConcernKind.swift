/// The kinds of disclosure Heard looks for. The raw values are stored in the restricted safeguarding list and
/// named in `Data/safeguarding/rules.txt`, so they never change; new kinds are only added.
public enum ConcernKind: String, Sendable, Hashable, Codable, CaseIterable {
    case physicalAbuse = "physical-abuse"
    case sexualAbuse = "sexual-abuse"
    case emotionalAbuse = "emotional-abuse"
    case neglect
    case selfHarm = "self-harm"
    case suicidalThoughts = "suicidal-thoughts"
    case eatingProblems = "eating-problems"
    case exploitation
    case missing = "missing-or-running-away"
    case homelessTonight = "homeless-tonight"
    case relationshipAbuse = "relationship-abuse"
    case unsafeWhereLiving = "unsafe-where-living"
    case severeBullying = "severe-bullying"
    /// Abuse said in so many words ("I get abuse", "abused by..."), of no kind the words name.
    case abuse
    /// A plain plea for help ("please help me", "get me out of here").
    case askingForHelp = "asking-for-help"
}

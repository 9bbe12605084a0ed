/// Which group of young people a response comes from. The raw values are contracts (`summary.json`, profiles).
public enum Cohort: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case childrenInCare = "children-in-care"
    case careLeavers = "care-leavers"

    /// Plain words for people.
    public var title: String {
        switch self {
        case .childrenInCare: "Children in care"
        case .careLeavers: "Care leavers"
        }
    }

    public static func < (lhs: Cohort, rhs: Cohort) -> Bool { lhs.rawValue < rhs.rawValue }
}

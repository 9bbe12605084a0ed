/// One round of a survey series, e.g. the annual survey of academic year 2024/25.
///
/// By default a wave is the English academic year (1 September to 31 August) in which the answers were
/// submitted, labelled `2024-25`. Labels sort chronologically.
public struct Wave: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var label: String

    public init(_ label: String) { self.label = label }

    /// The academic year containing a calendar date.
    public static func academicYear(year: Int, month: Int) -> Wave {
        let start = month >= 9 ? year : year - 1
        let end = (start + 1) % 100
        return Wave("\(start)-\(end < 10 ? "0" : "")\(end)")
    }

    /// The calendar year as a wave, for councils that label surveys by year.
    public static func calendarYear(_ year: Int) -> Wave { Wave(String(year)) }

    public var description: String { label }

    public static func < (lhs: Wave, rhs: Wave) -> Bool { lhs.label < rhs.label }
}

/// A survey series: the same questionnaire run wave after wave, so that waves can be compared.
public struct SurveySeries: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// Stable id, e.g. `annual-survey-children-in-care`.
    public var id: String
    /// Title for people, e.g. "Annual survey of children in care".
    public var title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }

    public var description: String { id }

    public static func < (lhs: SurveySeries, rhs: SurveySeries) -> Bool { lhs.id < rhs.id }
}

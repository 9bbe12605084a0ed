/// An age range. Exact ages are never stored: only the band survives normalisation.
public struct AgeBand: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var lower: Int
    public var upper: Int

    public init(_ lower: Int, _ upper: Int) {
        self.lower = lower
        self.upper = upper
    }

    /// `11-15`
    public var label: String { "\(lower)-\(upper)" }
    public var description: String { label }

    public func contains(_ age: Int) -> Bool { (lower...upper).contains(age) }

    /// The default bands (DfE-style groupings for children in care and care leavers).
    public static let defaultBands: [AgeBand] = [
        AgeBand(4, 7), AgeBand(8, 10), AgeBand(11, 15), AgeBand(16, 17), AgeBand(18, 21), AgeBand(22, 25),
    ]

    /// The band holding `age` among `bands`, or nil if none does.
    public static func band(for age: Int, in bands: [AgeBand] = defaultBands) -> AgeBand? {
        bands.first { $0.contains(age) }
    }

    /// Parses `11-15`.
    public init?(label: String) {
        let parts = label.split(separator: "-")
        guard parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]) else { return nil }
        self.init(low, high)
    }

    public static func < (lhs: AgeBand, rhs: AgeBand) -> Bool { lhs.lower < rhs.lower }
}

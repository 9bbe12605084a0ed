/// A count as it may be published: exact, or suppressed because it is from 1 to the threshold and could
/// single a child out. Suppression is decided here, once, for every renderer.
public struct PublishedCount: Hashable, Sendable, Codable {
    /// The exact count, or nil when suppressed.
    public var value: Int?
    /// The threshold in force, for the wording ("5 or fewer").
    public var threshold: Int
    /// Hidden only so that another hidden count cannot be worked out from a total.
    public var isSecondary = false

    public init(_ count: Int, threshold: Int) {
        self.threshold = threshold
        value = (1...max(1, threshold)).contains(count) ? nil : count
    }

    public var isSuppressed: Bool { value == nil }

    /// "12", "0", "5 or fewer", or "hidden" for a count hidden to protect another.
    public var text: String { value.map(String.init) ?? (isSecondary ? "hidden" : "\(threshold) or fewer") }

    /// A percentage of `base`, only when neither is suppressed and the base is at least 10.
    public func percent(of base: PublishedCount) -> Int? {
        guard let value, let total = base.value, total >= 10 else { return nil }
        return Int((Double(value) * 100 / Double(total)).rounded())
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        value = try container.decode(Int?.self)
        threshold = 5
    }
}

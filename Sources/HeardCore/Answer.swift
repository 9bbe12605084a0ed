/// A closed question's answer after normalisation.
public struct Answer: Hashable, Sendable, Codable {
    /// What the cell said, once understood.
    public enum Value: Hashable, Sendable, Codable {
        /// One option of the question's scale, by its canonical label.
        case option(String)
        /// Blank, "N/A", "prefer not to say" and the like: the young person chose not to answer.
        case notAnswered
        /// A value Heard could not match to the scale. Kept, counted and reported by location, never dropped.
        case unrecognised
    }

    public var questionID: String
    public var value: Value

    public init(questionID: String, value: Value) {
        self.questionID = questionID
        self.value = value
    }

    /// The canonical label, for options only.
    public var label: String? {
        if case .option(let label) = value { return label }
        return nil
    }
}

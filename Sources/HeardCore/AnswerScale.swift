/// The set of answers a closed question allows, in order from the best outcome to the worst where that makes
/// sense, with the spellings young people and survey tools actually use for each.
public struct AnswerScale: Hashable, Sendable, Codable {
    /// One allowed answer, e.g. "Most of the time", and the other ways it is written.
    public struct Option: Hashable, Sendable, Codable {
        public var label: String
        public var synonyms: [String]
        /// Whether this answer counts as the good outcome in a headline ("82% feel safe").
        public var isPositive: Bool

        public init(_ label: String, synonyms: [String] = [], isPositive: Bool = false) {
            self.label = label
            self.synonyms = synonyms
            self.isPositive = isPositive
        }
    }

    /// Stable id, e.g. `yes-no`, `frequency`.
    public var id: String
    public var options: [Option]

    public init(id: String, options: [Option]) {
        self.id = id
        self.options = options
    }

    public static let yesNo = AnswerScale(id: "yes-no", options: [
        Option("Yes", synonyms: ["y", "yes", "yess", "yeah", "yep", "ye", "yh", "ya", "yea", "yes definitely"],
               isPositive: true),
        Option("No", synonyms: ["n", "no", "nope", "nah", "not really"]),
        Option("Not sure", synonyms: ["not sure", "dunno", "dont know", "don't know", "idk", "unsure", "maybe"]),
    ])

    public static let frequency = AnswerScale(id: "frequency", options: [
        Option("Always", synonyms: ["always", "all the time", "all of the time", "allways", "always always"], isPositive: true),
        Option("Most of the time", synonyms: ["most of the time", "mostly", "usually", "often", "most of time", "most times", "a lot of the time", "a lot"], isPositive: true),
        Option("Sometimes", synonyms: ["sometimes", "some times", "sometime", "sumtimes", "somtimes", "some of the time",
                                       "now and then", "a bit", "occasionally"]),
        Option("Hardly ever", synonyms: ["hardly ever", "rarely", "not often", "hardly", "not much", "a little of the time"]),
        Option("Never", synonyms: ["never", "not at all", "never ever"]),
    ])

    public static let agreement = AnswerScale(id: "agreement", options: [
        Option("Strongly agree", synonyms: ["strongly agree", "agree strongly"], isPositive: true),
        Option("Agree", synonyms: ["agree", "agreed"], isPositive: true),
        Option("Neither agree nor disagree", synonyms: ["neither", "neither agree nor disagree", "neutral",
                                                        "not sure"]),
        Option("Disagree", synonyms: ["disagree"]),
        Option("Strongly disagree", synonyms: ["strongly disagree", "disagree strongly"]),
    ])

    /// 0 to 10, as Bright Spots asks happiness and life satisfaction; 7 or more counts as positive.
    public static let zeroToTen = AnswerScale(id: "zero-to-ten", options: (0...10).map {
        Option(String($0), synonyms: [String($0)], isPositive: $0 >= 7)
    })

    /// A small count (e.g. social worker changes): 0, 1, 2, 3, 4 or more.
    public static let smallCount = AnswerScale(id: "small-count", options: [
        Option("0", synonyms: ["0", "none", "zero"], isPositive: true),
        Option("1", synonyms: ["1", "one"], isPositive: true),
        Option("2", synonyms: ["2", "two"]),
        Option("3", synonyms: ["3", "three"]),
        Option("4 or more", synonyms: ["4", "5", "6", "7", "8", "9", "10", "4+", "4 or more", "lots", "loads",
                                       "too many"]),
    ])

    public static let all: [AnswerScale] = [.yesNo, .frequency, .agreement, .zeroToTen, .smallCount]

    public static func named(_ id: String) -> AnswerScale? { all.first { $0.id == id } }
}

/// The set of answers a closed question allows, in order from the best outcome to the worst where that makes
/// sense, with the spellings that mean the same as each and the answers that only lean its way.
public struct AnswerScale: Hashable, Sendable, Codable {
    /// One allowed answer, e.g. "Most of the time", and the other ways it is written.
    public struct Option: Hashable, Sendable, Codable {
        public var label: String
        /// Spellings that mean exactly this answer ("Yes, always", "allways"): published as `label`.
        public var synonyms: [String]
        /// Answers that lean this answer's way without meaning the same ("often" for "Most of the time"):
        /// kept as their own answer, but counted in the headline on this answer's side.
        public var leanings: [String]
        /// Whether this answer counts as the good outcome in a headline ("82% feel safe").
        public var isPositive: Bool

        public init(_ label: String, synonyms: [String] = [], leanings: [String] = [], isPositive: Bool = false) {
            self.label = label
            self.synonyms = synonyms
            self.leanings = leanings
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
        Option("Yes", synonyms: ["y", "yes", "yess", "yeah", "yep", "ye", "yh", "ya", "yea"],
               leanings: ["yes definitely", "definitely", "yes mostly", "mostly"], isPositive: true),
        Option("No", synonyms: ["n", "no", "nope", "nah"], leanings: ["not really", "no not really"]),
        Option("Not sure", synonyms: ["not sure", "dunno", "dont know", "don't know", "idk", "unsure", "i don't know",
                                     "i'm not sure"], leanings: ["maybe"]),
    ])

    public static let frequency = AnswerScale(id: "frequency", options: [
        Option("Always", synonyms: ["always", "all the time", "all of the time", "allways", "yes always", "yes, always"],
               isPositive: true),
        Option("Most of the time", synonyms: ["most of the time", "mostly", "most of time", "most times", "yes mostly",
                                             "yes, mostly", "yes, most of the time", "yes most of the time"],
               leanings: ["usually", "often", "a lot of the time", "a lot", "very often", "yes"], isPositive: true),
        Option("Sometimes", synonyms: ["sometimes", "some times", "sometime", "sumtimes", "somtimes", "some of the time",
                                      "yes, sometimes", "yes sometimes"],
               leanings: ["now and then", "a bit", "occasionally", "not sure"]),
        Option("Hardly ever", synonyms: ["hardly ever", "hardly"],
               leanings: ["rarely", "not often", "not much", "a little of the time", "not really", "no"]),
        Option("Never", synonyms: ["never", "never ever", "no, never", "no never"], leanings: ["not at all"]),
    ])

    public static let agreement = AnswerScale(id: "agreement", options: [
        Option("Strongly agree", synonyms: ["strongly agree", "agree strongly"], isPositive: true),
        Option("Agree", synonyms: ["agree", "agreed"], leanings: ["tend to agree", "somewhat agree"], isPositive: true),
        Option("Neither agree nor disagree", synonyms: ["neither agree nor disagree", "neither agree or disagree"],
               leanings: ["neither", "neutral", "not sure"]),
        Option("Disagree", synonyms: ["disagree"], leanings: ["tend to disagree", "somewhat disagree"]),
        Option("Strongly disagree", synonyms: ["strongly disagree", "disagree strongly"]),
    ])

    /// 0 to 10, as Bright Spots asks happiness and life satisfaction; 7 or more counts as positive.
    public static let zeroToTen = AnswerScale(id: "zero-to-ten", options: (0...10).map {
        Option(String($0), synonyms: [String($0), "\($0)/10", "\($0) out of 10"], isPositive: $0 >= 7)
    })

    /// A small count (e.g. social worker changes): 0, 1, 2, 3, 4 or more.
    public static let smallCount = AnswerScale(id: "small-count", options: [
        Option("0", synonyms: ["0", "none", "zero"], isPositive: true),
        Option("1", synonyms: ["1", "one", "just one", "only one"], isPositive: true),
        Option("2", synonyms: ["2", "two"]),
        Option("3", synonyms: ["3", "three"]),
        Option("4 or more", synonyms: ["4 or more", "4+", "four or more"],
               leanings: ["4", "5", "6", "7", "8", "9", "10", "5 or more", "5+", "lots", "loads", "too many"]),
    ])

    public static let all: [AnswerScale] = [.yesNo, .frequency, .agreement, .zeroToTen, .smallCount]

    public static func named(_ id: String) -> AnswerScale? { all.first { $0.id == id } }
}

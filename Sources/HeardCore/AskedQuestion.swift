/// A closed question as one export asked it: its wording, its shape, and how every answer label young people
/// gave is published. Normalise builds it from the whole column, the store keeps it beside the export's
/// responses, and Summarise lists every label it holds, so no answer is ever dropped for not being in the bank.
public struct AskedQuestion: Hashable, Sendable, Codable {
    /// The shape of the question in the survey tool.
    public enum Format: String, Hashable, Sendable, Codable {
        /// One answer each.
        case single
        /// Any number of answers each ("tick all that apply"): counts are of young people, and do not add up.
        case multiple
        /// A number on a scale ("0 to 10", "1 to 5"), listed in number order.
        case numeric
        /// One row of a grid or matrix ("How often do you see... [Mum]"), published as its own question.
        case gridRow = "grid-row"
        /// One item of a ranking question: how many put it first, second, and so on.
        case ranking
    }

    /// One answer row as it is published.
    public struct Option: Hashable, Sendable, Codable {
        /// How a label is counted.
        public enum Kind: String, Hashable, Sendable, Codable {
            /// The bank's own label, for a label that means the same ("Yes, always" -> "Always").
            case bank
            /// An answer kept as the export wrote it.
            case own
            /// "I don't have one", "I'm not at school or college": shown, but outside the percentage base.
            case doesNotApply = "does-not-apply"
            /// "Prefer not to say": shown, but outside the percentage base.
            case declined

            /// Whether answers with this label count in the percentage base.
            public var isInBase: Bool { self == .bank || self == .own }
        }

        /// The label as published.
        public var label: String
        public var kind: Kind
        /// The export's own spellings counted under this label, when they differ from it.
        public var written: [String]
        /// Whether it counts towards the bank question's headline ("82% feel safe"); nil when its direction is
        /// not known (an answer outside the bank's scale, or a question the bank does not hold).
        public var isPositive: Bool?

        public init(label: String, kind: Kind, written: [String] = [], isPositive: Bool? = nil) {
            self.label = label
            self.kind = kind
            self.written = written
            self.isPositive = isPositive
        }
    }

    /// The bank id, or `custom:...` for a question the bank does not hold. Unique within an export.
    public var id: String
    /// The wording as the export asked it ("Question - Row" for a matrix row).
    public var wording: String
    public var format: Format
    /// Every label young people gave, in the order to list them.
    public var options: [Option]
    /// What a reader must know to read the table right, published beside it ("Ages are shown in bands ...").
    public var note: String?

    public init(id: String, wording: String, format: Format, options: [Option], note: String? = nil) {
        self.id = id
        self.wording = wording
        self.format = format
        self.options = options
        self.note = note
    }

    /// The option published under `label`, if any.
    public func option(_ label: String) -> Option? { options.first { $0.label == label } }

    /// This question and `other` (the same id, from another export of the same wave) as one: this wording,
    /// every option of both, this one's order first.
    public func merged(with other: AskedQuestion) -> AskedQuestion {
        var merged = self
        if merged.note == nil { merged.note = other.note }
        for option in other.options {
            if let index = merged.options.firstIndex(where: { $0.label == option.label }) {
                for spelling in option.written where !merged.options[index].written.contains(spelling) {
                    merged.options[index].written.append(spelling)
                }
            } else {
                merged.options.append(option)
            }
        }
        return merged
    }
}

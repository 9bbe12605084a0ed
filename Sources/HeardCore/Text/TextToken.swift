/// One token of a comment as `TextReading` reads it: what kind of thing it is, exactly where it stands in the
/// original text, how it folds for matching, and which sentence, clause and negation it belongs to.
public struct TextToken: Sendable, Hashable {
    /// What a token is.
    public enum Kind: UInt8, Sendable, Hashable {
        /// Letters of any alphabet, with digits, combining marks and inner apostrophes ("don't", "b4", "żaneta").
        case word
        /// Digits, with inner ".", "," or ":" between digits ("07700", "3.5", "10:30", "1,000").
        case number
        /// One punctuation mark, or a run of the same mark ("...", "!!!").
        case punctuation
        /// One emoji or other symbol, with its modifiers and joiners (a family emoji is one token).
        case symbol
        /// A placeholder already in the text: "[name]", "[phone number]".
        case placeholder
    }

    /// Facts about a token that clients ask often, set in the same pass.
    public struct Traits: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Its first letter is a capital ("Jay", "Żaneta", "SW").
        public static let capitalised = Traits(rawValue: 1 << 0)
        /// Two or more letters and no lower-case letter ("SW", "NHS", "HELP").
        public static let allCapitals = Traits(rawValue: 1 << 1)
        /// Written with an apostrophe inside ("I'd", "don't"): tells "I'd" from "id", "we'll" from "well".
        public static let apostrophe = Traits(rawValue: 1 << 2)
        /// Ends in apostrophe + s ("Jay's", "it's"): the folded form without its last letter is the owner.
        public static let apostropheS = Traits(rawValue: 1 << 3)
        /// A negator ("not", "never", "no", "dont", "nobody", or text-speak starting with one: "dnt", "no1").
        public static let negator = Traits(rawValue: 1 << 4)
        /// Inside a negator's scope (see `TextReading.negator(of:)`).
        public static let negated = Traits(rawValue: 1 << 5)
    }

    /// What the token is.
    public var kind: Kind
    /// Where the token is in the original text, as UTF-8 offsets (`TextReading.original(_:)` gives the words).
    public var utf8Range: Range<Int>
    /// The form for matching: lower case with apostrophes dropped ("Don’t" -> "dont"); punctuation with curly
    /// quotes straightened and dashes as "-"; placeholders in lower case ("[nhs number]"); symbols as written.
    public var folded: String
    /// What text-speak or a misspelling stands for, word by word ("sw" -> ["social", "worker"]); nil when the
    /// folded form is already the word.
    public var expansion: [String]?
    /// Which sentence the token is in, from 0.
    public var sentence: Int
    /// Which clause the token is in, from 0, counted across the whole text (a clause never spans sentences).
    public var clause: Int
    /// Facts about the token.
    public var traits: Traits

    /// The words this token means for matching: its expansion, or its folded form.
    public var words: [String] { expansion ?? [folded] }
    /// Whether the token is inside a negator's scope ("hits" in "he never hits me").
    public var isNegated: Bool { traits.contains(.negated) }
    /// Whether the token is a word or a number (not punctuation, a symbol or a placeholder).
    public var isWordLike: Bool { kind == .word || kind == .number }
}

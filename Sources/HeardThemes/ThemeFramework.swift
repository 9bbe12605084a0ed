/// A council's "what young people told us" categories: the themes comments are coded against.
///
/// Loaded from a plain codebook file (see `Codebook`) so that an officer can read and edit it.
public struct ThemeFramework: Sendable, Hashable, Identifiable {
    /// One category, with the cues that signal it.
    public struct Theme: Sendable, Hashable, Identifiable {
        /// Stable id, a contract (e.g. `build-not-break-relationships`).
        public var id: String
        /// The council's own heading.
        public var title: String
        /// The same heading in words a ten-year-old understands.
        public var childTitle: String
        public var description: String
        /// Words and phrases that signal the theme. `foster*` matches any word starting "foster".
        public var cues: [String]
        /// Cues that count half: alone they do not tag a comment, two of them (or one with a cue) do.
        public var weakCues: [String]
        /// Statements the council lists under this heading (training and documentation).
        public var examples: [String]
        /// Co-occurrence cues: one of each side anywhere in a comment counts as a cue.
        public var pairs: [CuePair] = []

        public init(id: String, title: String, childTitle: String = "", description: String = "",
                    cues: [String] = [], weakCues: [String] = [], examples: [String] = []) {
            self.id = id
            self.title = title
            self.childTitle = childTitle.isEmpty ? title : childTitle
            self.description = description
            self.cues = cues
            self.weakCues = weakCues
            self.examples = examples
        }
    }

    /// Stable id, a contract (e.g. `lincolnshire-2022`).
    public var id: String
    public var title: String
    /// Where the categories come from.
    public var source: String
    public var themes: [Theme]
    /// Phrases that hold a cue but mean something else ("pocket money", "want to be able to"): where one
    /// matches, the words it covers count for no theme.
    public var notCues: [String] = []

    public init(id: String, title: String, source: String = "", themes: [Theme]) {
        self.id = id
        self.title = title
        self.source = source
        self.themes = themes
    }

    public func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }
}

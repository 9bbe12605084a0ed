import HeardCore

/// What tagging one comment produced.
public struct TaggingResult: Sendable, Hashable {
    public var tags: [ThemeTag]
    public var polarity: Polarity
    /// For `--explain`: per theme id, the codebook cues that matched and their weights ("contact (1)").
    public var cues: [String: [String]]

    public init(tags: [ThemeTag], polarity: Polarity, cues: [String: [String]] = [:]) {
        self.tags = tags
        self.polarity = polarity
        self.cues = cues
    }
}

/// The Themes seam: codes one comment against a framework.
public protocol ThemeTagging: Sendable {
    var framework: ThemeFramework { get }
    func tag(_ text: String) -> TaggingResult
}

import HeardCore

/// What tagging one comment produced.
public struct TaggingResult: Sendable, Hashable {
    public var tags: [ThemeTag]
    public var polarity: Polarity

    public init(tags: [ThemeTag], polarity: Polarity) {
        self.tags = tags
        self.polarity = polarity
    }
}

/// The Themes seam: codes one comment against a framework.
public protocol ThemeTagging: Sendable {
    var framework: ThemeFramework { get }
    func tag(_ text: String) -> TaggingResult
}

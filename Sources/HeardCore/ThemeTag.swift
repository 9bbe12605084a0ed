/// One theme a comment is about, with the words that justify the tag.
public struct ThemeTag: Hashable, Sendable, Codable {
    /// A theme id from the framework in use, e.g. `build-not-break-relationships`.
    public var themeID: String
    /// The words or phrases in the comment that led to the tag, as they appear after redaction.
    public var evidence: [String]
    /// 0...1: how sure the tagger is.
    public var confidence: Double

    public init(themeID: String, evidence: [String], confidence: Double) {
        self.themeID = themeID
        self.evidence = evidence
        self.confidence = confidence
    }
}

/// Whether a comment praises, complains, asks for something, or just tells.
public enum Polarity: String, Hashable, Sendable, Codable, CaseIterable {
    case positive, negative, request, neutral
}

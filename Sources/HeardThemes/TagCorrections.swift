import HeardCore

/// An officer's corrections: for a comment (matched on its folded, redacted text), the themes and polarity it
/// should have. Read from `Surveys/corrections.csv` (`text,themes,polarity`; themes separated by `;`, empty
/// for none) and from review decisions; they win over the tagger on the next run.
public struct TagCorrections: Sendable {
    public struct Correction: Sendable, Hashable {
        public var themes: [String]
        public var polarity: Polarity?

        public init(themes: [String], polarity: Polarity?) {
            self.themes = themes
            self.polarity = polarity
        }
    }

    private var byText: [String: Correction] = [:]

    public init() {}

    public var count: Int { byText.count }

    /// Every correction in a stable order, so the derivation fingerprint changes exactly when they do.
    public var fingerprint: String {
        byText.keys.sorted().map { text in
            let correction = byText[text]!
            return text + "\t" + correction.themes.joined(separator: ";") + "\t" + (correction.polarity?.rawValue ?? "")
        }.joined(separator: "\n")
    }

    /// Whether a correction names this comment already.
    public func contains(text: String) -> Bool { byText[TextFolding.fold(text)] != nil }

    public mutating func add(text: String, correction: Correction) {
        byText[TextFolding.fold(text)] = correction
    }

    public func apply(to result: TaggingResult, text: String) -> TaggingResult {
        guard !byText.isEmpty, let correction = byText[TextFolding.fold(text)] else { return result }
        let tags = correction.themes.map { theme in
            result.tags.first { $0.themeID == theme }
                ?? ThemeTag(themeID: theme, evidence: ["officer correction"], confidence: 1)
        }
        return TaggingResult(tags: tags, polarity: correction.polarity ?? result.polarity,
                             cues: ["officer correction": ["Surveys/corrections.csv"]])
    }

    /// Reads the corrections table; rows naming unknown themes or polarities are reported and skipped.
    public static func parse(_ table: Table, framework: ThemeFramework, diagnostics: any DiagnosticSink) -> TagCorrections {
        var corrections = TagCorrections()
        let folded = table.header.map { TextFolding.fold($0) }
        guard let textColumn = folded.firstIndex(of: "text"), let themeColumn = folded.firstIndex(of: "themes")
            ?? folded.firstIndex(of: "theme") else {
            diagnostics.emit(.error("the corrections file needs columns \"text\" and \"themes\"", at: table.source))
            return corrections
        }
        let polarityColumn = folded.firstIndex(of: "polarity")
        let known = Set(framework.themes.map(\.id))
        for row in table.rows {
            let themes = row[themeColumn].split(separator: ";").map { TextFolding.fold(String($0)) }.filter { !$0.isEmpty }
            if let unknown = themes.first(where: { !known.contains($0) }) {
                diagnostics.emit(.warning("unknown theme id \"\(unknown)\" in a correction; row skipped",
                                          at: table.location(row: row, column: themeColumn)))
                continue
            }
            let polarityText = polarityColumn.map { TextFolding.fold(row[$0]) } ?? ""
            let polarity = Polarity(rawValue: polarityText)
            if !polarityText.isEmpty && polarity == nil {
                diagnostics.emit(.warning("polarity must be positive, negative, request or neutral",
                                          at: table.location(row: row, column: polarityColumn!)))
            }
            corrections.add(text: row[textColumn], correction: Correction(themes: themes, polarity: polarity))
        }
        return corrections
    }
}

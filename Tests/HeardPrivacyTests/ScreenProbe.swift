@testable import HeardPrivacy

/// What the reading tests ask of the screen: whether a comment is flagged at all, and whether the rules alone
/// flag it (what the ordinary readings govern; the trained layer weighs the comment after them).
protocol ScreenProbe {}

extension ScreenProbe {
    func flagged(_ text: String) -> Bool { ScreenProbeShared.screen.scan(text).isConcern }

    func rulesFlag(_ text: String) -> Bool {
        let knowledge = ScreenKnowledge.shipped
        let screenText = ScreenText(text)
        let table = knowledge.index.spans(in: screenText)
        return !RuleHits(screenText, table: table, knowledge: knowledge, gate: true).kinds.isEmpty
    }

    /// Whether a rule that `matches` fires on `text` and is not switched off by its readings (every rule is
    /// tried, not only the first of each kind).
    func ruleFires(_ text: String, where matches: (ScreenRule) -> Bool) -> Bool {
        let knowledge = ScreenKnowledge.shipped
        let screenText = ScreenText(text)
        let table = knowledge.index.spans(in: screenText)
        let hits = RuleHits(screenText, table: table, knowledge: knowledge, gate: true, everyRule: true)
        return hits.firedRules.contains { matches(knowledge.rules.rules[$0]) }
    }

    /// Whether a rule tagged "cover-story" or "cover-not-true" fires on `text` and survives its readings.
    func coverStoryFires(_ text: String) -> Bool {
        ruleFires(text) { $0.tag?.hasPrefix("cover-") == true }
    }
}

/// One screen shared by every reading test (building it loads the model once).
enum ScreenProbeShared {
    static let screen = SafeguardingScreen()
}

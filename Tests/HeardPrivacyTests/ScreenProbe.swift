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
}

/// One screen shared by every reading test (building it loads the model once).
enum ScreenProbeShared {
    static let screen = SafeguardingScreen()
}

import Testing
@testable import HeardPrivacy

/// The trained layer's veto on a direct rule's flag (issue 13, eighth round): a rule's words flag a comment
/// unless the trained layer, reading the whole comment, scores it below the model file's `veto` line. Checked
/// first with a small hand-made model (so the mechanics do not depend on trained weights), then with the shipped
/// one on examples written for these tests, in new words, each beside a disclosure in the same frame.
@Suite("The safeguarding screen: the trained layer's veto on a rule's flag")
struct SafeguardingVetoTests: ScreenProbe {
    /// A model that weighs a physical-abuse rule towards a disclosure and the word "pitch" strongly against.
    static func screen(veto: String?) throws -> SafeguardingScreen {
        let lines = ["labels\tdisclosure\tphysical-abuse", "threshold\t0.5"] + (veto.map { ["veto\t\($0)"] } ?? [])
            + ["bias\t0\t0", "r:physical-abuse\t1\t1", "w:pitch\t-4\t0"]
        let model = try DisclosureModel(parsing: lines.joined(separator: "\n") + "\n")
        let shipped = ScreenKnowledge.shipped
        return SafeguardingScreen(knowledge: ScreenKnowledge(rules: shipped.rules, model: model))
    }

    @Test("a rule's flag stands at or above the veto and falls below it; without a veto line every flag stands")
    func mechanics() throws {
        let withVeto = try Self.screen(veto: "0.2")
        // Score 1 (p 0.73): above the veto, and the rule's own kind and words are kept.
        let disclosure = withVeto.scan("my stepdad hits me")
        #expect(disclosure.kinds == [.physicalAbuse])
        #expect(disclosure.evidence == ["hits me"])
        // Score 1 - 4 (p 0.05): below the veto.
        #expect(!withVeto.scan("my stepdad hits me on the pitch").isConcern)
        var off = withVeto
        off.useVeto = false
        #expect(off.scan("my stepdad hits me on the pitch").isConcern)
        #expect(try Self.screen(veto: nil).scan("my stepdad hits me on the pitch").isConcern)
    }

    @Test("a veto line must hold a probability")
    func malformedVeto() {
        #expect(throws: ModelFileProblem.self) {
            try DisclosureModel(parsing: "labels\tdisclosure\nthreshold\t0.4\nveto\t1.5\nbias\t0\n")
        }
        #expect(throws: ModelFileProblem.self) {
            try DisclosureModel(parsing: "labels\tdisclosure\nthreshold\t0.4\nveto\tlow\nbias\t0\n")
        }
    }

    @Test("the shipped model has a veto well below its threshold")
    func shippedVeto() throws {
        let model = try #require(ScreenKnowledge.shipped.model)
        let veto = try #require(model.veto)
        #expect(veto < model.threshold - 0.5)
    }
}

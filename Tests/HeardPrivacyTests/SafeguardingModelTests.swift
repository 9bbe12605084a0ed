import Foundation
import HeardCore
import Testing
@testable import HeardPrivacy

/// The trained layer beside the rules: its file, its features, and what it adds. Examples written for these tests.
@Suite("The safeguarding screen: its trained layer")
struct SafeguardingModelTests {
    static let screen = SafeguardingScreen()

    @Test("the shipped model reads, names kinds the screen knows and has a threshold between the extremes")
    func shippedModel() throws {
        let model = try #require(ScreenKnowledge.shipped.model)
        let parsed = try DisclosureModel(parsing: EmbeddedData.safeguardingModel)
        #expect(parsed.kinds == model.kinds)
        #expect(Set(model.kinds).count == 11)
        #expect(model.threshold > -5 && model.threshold < 5)
    }

    @Test("a malformed model file is named by its line")
    func problems() {
        #expect(throws: ModelFileProblem.self) {
            try DisclosureModel(parsing: "labels\tdisclosure\tneglect\nthreshold\t0.4\nbias\t1\t2\nw:x\t1\n")
        }
        do {
            _ = try DisclosureModel(parsing: "labels\tdisclosure\tbanana\nthreshold\t0.4\nbias\t1\t2\n")
            Issue.record("an unknown kind was accepted")
        } catch {
            #expect(error.description.contains("banana"))
        }
        #expect(throws: ModelFileProblem.self) { try DisclosureModel(parsing: "labels\tdisclosure\nthreshold\t2\nbias\t0\n") }
    }

    @Test("screening finds by hash exactly the features training reads by name", arguments: [
        "my stepdads mate keeps givin me free vapes n says i owe him",
        "Théo said the café was shut, so we went home — no worries!",
        "i havent eaten since friday and nobody has noticed",
        "a b c",
        "",
    ])
    func hashesMeetNames(comment: String) throws {
        let model = try #require(ScreenKnowledge.shipped.model)
        let knowledge = ScreenKnowledge.shipped
        let text = ScreenText(comment)
        let table = knowledge.index.spans(in: text)
        let hits = RuleHits(text, table: table, knowledge: knowledge, gate: true)
        var named = NamedFeatureSink()
        ModelFeatures.read(text, hits: hits, table: table, groups: knowledge.groupNames, into: &named)
        var scorer = DisclosureModel.Scorer(model: model)
        ModelFeatures.read(text, hits: hits, table: table, groups: knowledge.groupNames, into: &scorer)
        let byName = Set(named.names.compactMap { model.row(named: $0) })
        #expect(Set(scorer.found.map(\.row)) == byName)
        #expect(named.names.count == Set(named.names).count)
    }

    @Test("a feature's hash is FNV-1a of its name")
    func hash() {
        // FNV-1a 64 of "a" is af63dc4c8601ec8c.
        #expect(FeatureHash.of("a") == 0xaf63_dc4c_8601_ec8c)
        var pieces = FeatureHash.start("w:")
        pieces.add(Array("hits".utf8))
        #expect(pieces.value == FeatureHash.of("w:hits"))
    }

    @Test("indirect disclosures no rule names are flagged, with a kind and the comment's own strongest words",
          arguments: [
              "bin my tea most nights when no one is watching and i feel better empty",
              "i was up on the multi storey roof again last night just looking down",
              "older lad drives me to different towns after school and i get to keep £50",
          ])
    func modelFlags(comment: String) {
        let result = Self.screen.scan(comment)
        #expect(result.isConcern)
        let words = Set(ScreenText(comment).words.map(\.text))
        for evidence in result.evidence where evidence.hasPrefix("model: ") {
            for word in evidence.dropFirst(7).split(separator: ", ") { #expect(words.contains(String(word))) }
        }
    }

    @Test("the everyday comments it learnt from are not flagged", arguments: [
        "can we have more days out in the summer holidays",
        "my social worker is nice but she changes a lot",
        "i would like to learn to drive when im 17",
    ])
    func everyday(comment: String) { #expect(!Self.screen.scan(comment).isConcern) }

    /// What the trained layer is known to get wrong today (leave-one-writer-out it misses about one disclosure
    /// in thirty). When a retrained model gets one right, its known issue is not recorded and this test fails:
    /// move the case to the tests above. (Its former known false alarms, a Wi-Fi fault, a game, safety said
    /// plainly, are read as ordinary now: `SafeguardingModelReadingTests`.)
    @Test("known misses of the trained layer", arguments: [
        "carers go away for the weekend and leave me n my sister with a box of cereal",
    ])
    func knownMisses(comment: String) {
        withKnownIssue("neglect told only through what happens, with no word of need") {
            #expect(Self.screen.scan(comment).isConcern)
        }
    }

    @Test("without a model, the signs flag on their own")
    func signsAloneWithoutModel() throws {
        let knowledge = ScreenKnowledge.shipped
        let bare = SafeguardingScreen(knowledge: ScreenKnowledge(rules: knowledge.rules, model: nil))
        let comment = "my school uniform smells. i have toothache most days"
        let text = ScreenText(comment)
        let hits = RuleHits(text, table: knowledge.index.spans(in: text), knowledge: knowledge, gate: true)
        try #require(hits.kinds.isEmpty && !hits.signKinds.isEmpty)
        #expect(bare.scan(comment).kinds == hits.signKinds)
    }
}

/// The model file's numbers are read by `DecimalText`; the model must be the one `Double(_:)` reads.
@Suite("The safeguarding model file read quickly")
struct SafeguardingModelReadingSpeedTests {
    @Test("every number of the shipped model reads to the bits Double(_:) gives")
    func shippedNumbersAgree() {
        var count = 0
        for line in EmbeddedData.safeguardingModel.split(separator: "\n") where !line.hasPrefix("#") {
            for field in line.split(separator: "\t").dropFirst() {
                guard let expected = Double(field) else { continue }
                #expect(DecimalText.double(field)?.bitPattern == expected.bitPattern, "\(field)")
                count += 1
            }
        }
        #expect(count > 100_000)
    }
}

extension SafeguardingModelReadingSpeedTests {
    @Test("the model read by bytes scores comments exactly as the model read by characters and Double(_:)")
    func sameScores() throws {
        let model = try DisclosureModel(parsing: EmbeddedData.safeguardingModel)
        // The slow reading, as the model file was read before: by characters, each number by Double(_:).
        let slow = EmbeddedData.safeguardingModel.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        var rows = 0
        for fields in slow where fields[0] != "labels" && fields[0] != "threshold" && fields[0] != "bias" {
            let row = try #require(model.row(named: String(fields[0])))
            #expect(model.weights(ofRow: row).map(\.bitPattern) == fields.dropFirst().map { Double($0)!.bitPattern },
                    "\(fields[0])")
            rows += 1
        }
        #expect(rows == model.featureCount)
    }
}

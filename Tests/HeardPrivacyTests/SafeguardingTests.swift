import Foundation
import Testing
@testable import HeardCore
@testable import HeardIngest
@testable import HeardPrivacy

func disclosures(_ name: String) throws -> [(text: String, concern: Bool)] {
    let url = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/safeguarding/\(name)")
    let table = try #require(try CSVReader().read(Array(try Data(contentsOf: url)), source: SourceLocation(file: name),
                                                  diagnostics: DiagnosticCollector()).first)
    return table.rows.map { ($0[1], $0[0] == "yes") }
}

@Suite("The safeguarding screen")
struct SafeguardingTests {
    func rates(_ items: [(text: String, concern: Bool)]) -> (recall: Double, falseAlarms: Double) {
        let screen = SafeguardingScreen()
        let flagged = items.map { screen.scan($0.text).isConcern }
        let disclosures = items.indices.filter { items[$0].concern }
        let ordinary = items.indices.filter { !items[$0].concern }
        return (Double(disclosures.filter { flagged[$0] }.count) / Double(disclosures.count),
                Double(ordinary.filter { flagged[$0] }.count) / Double(ordinary.count))
    }

    @Test("held-out: at least 95% of disclosures flagged, at most 1 in 10 alarming-sounding comments")
    func heldOut() throws {
        let items = try disclosures("held-out.csv")
        #expect(items.count == 80)
        let result = rates(items)
        #expect(result.recall >= 0.95, "recall \(result.recall)")
        #expect(result.falseAlarms <= 0.10, "false alarms \(result.falseAlarms)")
    }

    @Test("development set")
    func development() throws {
        let result = rates(try disclosures("dev.csv"))
        #expect(result.recall >= 0.98)
        #expect(result.falseAlarms <= 0.05)
    }

    @Test("each alert carries its kind and the words that triggered it", arguments: [
        ("everyone would be better off without me", ConcernKind.suicidalThoughts),
        ("i keep cutting myself", .selfHarm),
        ("some older lads make me carry stuff for them", .exploitation),
        ("got nowhere to sleep tonight", .homelessTonight),
        ("my bf checks my phone and wont let me see my mates", .relationshipAbuse),
        ("i dont feel safe at my placement", .unsafeWhereLiving),
        ("my carer hits me when shes angry", .physicalAbuse),
    ])
    func kinds(text: String, kind: ConcernKind) {
        let result = SafeguardingScreen().scan(text)
        #expect(result.kinds.contains(kind))
        #expect(!result.evidence.isEmpty)
    }

    @Test("ordinary talk that sounds alarming is not a concern", arguments: [
        "killing it at football", "a knife crime workshop at school", "I used to run away but I'm settled now",
        "my mum never hit me", "i hurt my knee playing football",
    ])
    func ordinary(text: String) {
        #expect(!SafeguardingScreen().scan(text).isConcern)
    }
}

@Suite("The safeguarding gate")
struct SafeguardingGateTests {
    @Test("the fast gate never changes a result on any labelled comment, alone or run together")
    func gateChangesNothing() throws {
        let texts = try (disclosures("held-out.csv") + disclosures("dev.csv")).map(\.text)
        var ungated = SafeguardingScreen()
        ungated.useGate = false
        let gated = SafeguardingScreen()
        var combined: [String] = texts
        for index in texts.indices { combined.append(texts[index] + ". " + texts[(index * 7 + 3) % texts.count]) }
        for text in combined {
            #expect(gated.scan(text) == ungated.scan(text), "gate changed the result")
        }
    }
}

import Foundation
import Testing
@testable import HeardCore
@testable import HeardIngest
@testable import HeardPrivacy

/// Labelled comments from a fixture CSV (`text` and `disclosure` or `concern`).
func labelledComments(_ name: String) throws -> [SafeguardingEvaluation.Item] {
    let url = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/safeguarding/\(name)")
    let table = try #require(try CSVReader().read(Array(try Data(contentsOf: url)), source: SourceLocation(file: name),
                                                  diagnostics: DiagnosticCollector()).first)
    let text = try #require(table.columnIndex(named: "text"))
    let label = try #require(table.columnIndex(named: "disclosure") ?? table.columnIndex(named: "concern"))
    let kind = table.columnIndex(named: "kind")
    return table.rows.map { row in
        let disclosure = ["yes", "true"].contains(row[label])
        return .init(text: row[text], isDisclosure: disclosure, kind: disclosure ? kind.map { row[$0] } ?? "" : "",
                     line: row.sourceRow)
    }
}

/// Labelled comments from a JSON Lines file outside the repository, or nil when it is absent.
func labelledComments(jsonLines url: URL) -> [SafeguardingEvaluation.Item]? {
    guard let data = try? Data(contentsOf: url) else { return nil }
    return data.split(separator: 0x0A).enumerated().compactMap { index, line in
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
              let text = object["text"] as? String, let disclosure = object["disclosure"] as? Bool else { return nil }
        return .init(text: text, isDisclosure: disclosure, kind: disclosure ? object["kind"] as? String ?? "" : "",
                     line: index + 1)
    }
}

/// `../shared/eval` and `../devdata` beside the package root, where the development sets live.
enum DevelopmentSets {
    static let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let safeguardingReal = root.appending(path: "../shared/eval/safeguarding-real/dev.jsonl")
    static let themesReal = root.appending(path: "../shared/eval/themes-real/statements.jsonl")
    static let independent = root.appending(path: "../devdata/safeguarding/independent-dev.jsonl")

    static func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

    static func half(_ items: [SafeguardingEvaluation.Item], _ half: DevelopmentHalf) -> [SafeguardingEvaluation.Item] {
        items.filter { DevelopmentHalf(of: $0.text) == half }
    }
}

@Suite("The safeguarding screen: its data files and its development figures")
struct SafeguardingDataTests {
    @Test("the shipped words and rules read without a problem")
    func dataFiles() {
        let knowledge = ScreenKnowledge.shipped
        #expect(knowledge.rules.problems.isEmpty, "\(knowledge.rules.problems)")
        #expect(knowledge.rules.rules.count > 100)
        for kind in ConcernKind.allCases {
            #expect(knowledge.rules.rules.contains { $0.kind == kind }, "no rule raises \(kind.rawValue)")
        }
    }

    @Test("every group of words.txt is used by a rule, a reading, another group or the model alone")
    func everyGroupUsed() {
        let knowledge = ScreenKnowledge.shipped
        let vocabulary = knowledge.rules.atoms.vocabulary
        let patterns = knowledge.rules.rules.map(\.pattern) + knowledge.rules.readings.map(\.pattern)
        let atoms = Set(patterns.flatMap { $0.parts.flatMap { $0.items.flatMap(\.atoms) } })
        // Every group is a model feature; these are meant for the model alone (words.txt says so).
        let modelOnly: Set<String> = ["HYPERBOLE", "COMPLAINT", "PRAISE", "JOKING", "ADULT-EVERYDAY", "OWN-MISHAP"]
        let used = Set(atoms.map { knowledge.rules.atoms.names[$0] }).union(vocabulary.referenced)
            .union(["ONGOING", "CONTRAST", "TURN", "STILL-AT-RISK", "CLAUSE-JOIN", "SOMEONE-ELSE", "WRITER-TOO", "SECOND-SIGN"])
            .union(modelOnly)
        for group in vocabulary.groups.keys.sorted() where group != "I" {
            #expect(used.contains(group), "\(group) is never used")
        }
    }

    @Test("the embedded files are the files on disk, byte for byte")
    func embedded() throws {
        let folder = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Sources/HeardPrivacy/Data/safeguarding")
        #expect(try String(contentsOf: folder.appending(path: "words.txt"), encoding: .utf8) == EmbeddedData.safeguardingWords)
        #expect(try String(contentsOf: folder.appending(path: "rules.txt"), encoding: .utf8) == EmbeddedData.safeguardingRules)
    }

    @Test("a malformed line is named with its file and line")
    func problems() {
        let rules = ScreenRules(words: "HURT: hit\nnot a group line\n", rules: "physical-abuse: HURT ME\nbanana: HURT\n")
        #expect(rules.problems.contains("words.txt line 2: expected GROUP: entries"))
        #expect(rules.problems.contains("rules.txt line 1: no group ME in words.txt"))
        #expect(rules.problems.contains("rules.txt line 2: no kind 'banana'"))
    }

    @Test("the quick test of required words never changes a result, alone or run together")
    func gateChangesNothing() throws {
        let texts = try ["dev.csv", "held-out.csv", "written-round-1.csv", "written-round-4.csv", "written-round-6.csv"]
            .flatMap { try labelledComments($0) }.map(\.text)
        var ungated = SafeguardingScreen()
        ungated.useGate = false
        let gated = SafeguardingScreen()
        for (index, text) in texts.enumerated() {
            let combined = text + ". " + texts[(index * 7 + 3) % texts.count]
            #expect(gated.scan(text) == ungated.scan(text))
            #expect(gated.scan(combined) == ungated.scan(combined))
        }
    }

    /// Development figures on sets we wrote (the screen was tuned on them): they guard against regressions,
    /// they do not show the screen works on words it has not seen.
    /// written-round-7's 17 ordinary comments are hard twins of its disclosures (a bike ride after tea, the
    /// park till late); the shipped model, trained before that set existed, flags two of them.
    @Test("our own development sets", arguments: [
        ("dev.csv", 1.0, 0.15), ("held-out.csv", 0.98, 0.10), ("written-round-1.csv", 0.98, 0.05),
        ("written-round-2.csv", 0.98, 0.05), ("written-round-3.csv", 0.97, 0.05), ("written-round-4.csv", 0.97, 0.05),
        ("written-round-5.csv", 0.97, 0.05), ("written-round-6.csv", 0.97, 0.05), ("written-round-7.csv", 0.95, 0.12),
    ])
    func ourSets(name: String, recall: Double, falseAlarms: Double) throws {
        let result = SafeguardingEvaluation.evaluate(SafeguardingScreen(), on: try labelledComments(name))
        #expect(result.recall >= recall, "recall \(result.recall)")
        #expect(result.falseAlarmRate <= falseAlarms, "false alarms \(result.falseAlarmRate)")
    }

    @Test("real published quotes (../shared), both halves", .enabled(if: DevelopmentSets.exists(DevelopmentSets.safeguardingReal)))
    func realQuotes() throws {
        let items = try #require(labelledComments(jsonLines: DevelopmentSets.safeguardingReal))
        for (half, recall, falseAlarms) in [(DevelopmentHalf.tuning, 1.0, 0.06), (.reporting, 0.95, 0.16)] {
            let result = SafeguardingEvaluation.evaluate(SafeguardingScreen(), on: DevelopmentSets.half(items, half))
            #expect(result.recall >= recall, "\(half) recall \(result.recall)")
            #expect(result.falseAlarmRate <= falseAlarms, "\(half) false alarms \(result.falseAlarmRate)")
        }
    }

    @Test("real statements by children in care (../shared) rarely raise a false alarm",
          .enabled(if: DevelopmentSets.exists(DevelopmentSets.themesReal)))
    func realStatements() throws {
        let items = try #require(labelledComments(jsonLines: DevelopmentSets.themesReal))
        for half in DevelopmentHalf.allCases {
            let result = SafeguardingEvaluation.evaluate(SafeguardingScreen(), on: DevelopmentSets.half(items, half))
            #expect(result.falseAlarmRate <= 0.05, "\(half) false alarms \(result.falseAlarmRate)")
        }
    }

    @Test("the independent writer's development set (../devdata), both halves",
          .enabled(if: DevelopmentSets.exists(DevelopmentSets.independent)))
    func independent() throws {
        let items = try #require(labelledComments(jsonLines: DevelopmentSets.independent))
        for (half, recall, falseAlarms) in [(DevelopmentHalf.tuning, 1.0, 0.05), (.reporting, 0.6, 0.10)] {
            let result = SafeguardingEvaluation.evaluate(SafeguardingScreen(), on: DevelopmentSets.half(items, half))
            #expect(result.recall >= recall, "\(half) recall \(result.recall)")
            #expect(result.falseAlarmRate <= falseAlarms, "\(half) false alarms \(result.falseAlarmRate)")
        }
    }
}

@Suite("Scoring the safeguarding screen")
struct SafeguardingEvaluationTests {
    @Test("recall per labelled kind, false alarms, and misses by line only")
    func scores() {
        let items: [SafeguardingEvaluation.Item] = [
            .init(text: "my dad hits me", isDisclosure: true, kind: "abuse", line: 2),
            .init(text: "i like my room", isDisclosure: true, kind: "abuse", line: 3),
            .init(text: "i want to die", isDisclosure: true, kind: "suicidal", line: 4),
            .init(text: "killing it at football", isDisclosure: false, kind: "", line: 5),
            .init(text: "please help me", isDisclosure: false, kind: "", line: 6),
        ]
        let result = SafeguardingEvaluation.evaluate(SafeguardingScreen(), on: items)
        #expect(result.kinds.map(\.kind) == ["abuse", "suicidal"])
        #expect(result.kinds[0].flagged == 1 && result.kinds[0].missedLines == [3])
        #expect(result.recall == 2.0 / 3.0)
        #expect(result.ordinary == 2 && result.falseAlarmLines == [6])
    }

    @Test("the development halves follow the documented rule: first byte of SHA-256 even is the tuning half")
    func halves() {
        // printf %s TEXT | sha256sum: "abc" starts ba (even), "hello" 2c (even), "e" 3f (odd).
        #expect(DevelopmentHalf(of: "abc") == .tuning)
        #expect(DevelopmentHalf(of: "hello") == .tuning)
        #expect(DevelopmentHalf(of: "e") == .reporting)
    }
}

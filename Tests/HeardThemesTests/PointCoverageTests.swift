import Foundation
import Testing
@testable import HeardCore
@testable import HeardThemes

/// Where the real statements are (`../shared/eval/themes-real/statements.jsonl`, beside the package), if present.
let realStatements = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appending(path: "shared/eval/themes-real/statements.jsonl")
let hasRealStatements = FileManager.default.fileExists(atPath: realStatements.path(percentEncoded: false))

/// Real statements with the themes both coders gave, split by publisher: a fifth of the publishers (by a hash of
/// the publisher's name) is the report part, never used to choose cues; the rest is the tuning part.
enum RealStatements {
    struct Statement {
        var text: String
        var themes: [String: Set<String>]
        var isReportPart: Bool
    }

    static func load() throws -> [Statement] {
        let data = try Data(contentsOf: realStatements)
        return try data.split(separator: UInt8(ascii: "\n")).map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            var themes: [String: Set<String>] = [:]
            for (letter, framework) in [("L", "lincolnshire-2022"), ("N", "nelc-2019")] {
                themes[framework] = Set((object[letter] as? [String] ?? []).compactMap { codes[$0] })
            }
            return Statement(text: object["text"] as? String ?? "", themes: themes,
                             isReportPart: isReportPart(publisher: object["source"] as? String ?? ""))
        }
    }

    /// The publisher is the source up to its first " - " or " (": statements of one publisher stay together.
    static func isReportPart(publisher source: String) -> Bool {
        var name = source.lowercased()
        for separator in [" - ", " ("] { if let range = name.range(of: separator) { name = String(name[..<range.lowerBound]) } }
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return hash % 5 == 0
    }

    static let codes: [String: String] = [
        "L1": "support-to-remain-with-family", "L2": "stability-and-permanence", "L3": "build-not-break-relationships",
        "L4": "learning-and-aspirations", "L5": "healthy-and-resilient", "L6": "safe-and-suitable-accommodation",
        "N1": "support-us", "N2": "education-training-employment", "N3": "health-wellbeing", "N4": "relationships",
        "N5": "where-we-live", "N6": "ready-for-our-future", "N7": "participation-in-society",
    ]
}

@Suite("Point coverage (development figures)")
struct PointCoverageTests {
    static func describe(_ coverage: PointCoverage) -> String {
        let percent = { (share: Double) in String(format: "%.0f%%", share * 100) }
        return "\(coverage.comments) comments, \(percent(coverage.commentShare)) with a point; \(coverage.cells) "
            + "comment-theme cells, \(percent(coverage.cellShare)) with a point of that theme "
            + "(\(percent(coverage.specificCellShare)) not counting broad points)"
    }

    /// Floors a little under the measured shares, so a careless edit of a points file shows.
    @Test("real statements, coders' themes: most comments in a theme get one of its points",
          .enabled(if: hasRealStatements), arguments: [("lincolnshire-2022", 0.85, 0.70), ("nelc-2019", 0.85, 0.70)])
    func realStatementsCoverage(framework: String, tuningFloor: Double, reportFloor: Double) throws {
        let statements = try RealStatements.load()
        let matcher = PointMatcher(book: BuiltInPoints.book(for: framework))
        for isReport in [false, true] {
            let part = statements.filter { $0.isReportPart == isReport }.map { ($0.text, $0.themes[framework] ?? []) }
            let coverage = PointCoverage.measure(matcher, on: part)
            print("points \(framework) real statements, \(isReport ? "report" : "tuning") part: \(Self.describe(coverage))")
            #expect(coverage.cellShare >= (isReport ? reportFloor : tuningFloor))
        }
    }

    /// In a run, points are given under the tagger's themes, not the coders': the same measure with those.
    @Test("real statements, the tagger's themes: most tagged comments get a point of a theme they were tagged with",
          .enabled(if: hasRealStatements), arguments: BuiltInCodebooks.frameworks().map(\.id))
    func taggerThemes(framework id: String) throws {
        let framework = try #require(BuiltInCodebooks.frameworks().first { $0.id == id })
        let tagger = ThemeTagger(framework: framework)
        let matcher = PointMatcher(book: BuiltInPoints.book(for: id))
        for isReport in [false, true] {
            let part = try RealStatements.load().filter { $0.isReportPart == isReport }
                .map { ($0.text, Set(tagger.tag($0.text).tags.map(\.themeID))) }
            let coverage = PointCoverage.measure(matcher, on: part)
            print("points \(id) real statements, tagger's themes, \(isReport ? "report" : "tuning") part: \(Self.describe(coverage))")
            #expect(coverage.cellShare >= 0.8)
        }
    }

    @Test("the team's labelled comments: development sets (tuned on) and held-out sets (not)",
          arguments: ["lincolnshire-2022", "nelc-2019"])
    func fixtureCoverage(framework: String) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: themeFixtures.path(percentEncoded: false))
            .filter { $0.hasSuffix(".csv") }.sorted()
        let matcher = PointMatcher(book: BuiltInPoints.book(for: framework))
        for heldOut in [false, true] {
            var texts: [String: Set<String>] = [:]
            for file in files where file.hasPrefix("held-out") == heldOut {
                for item in try labelled(file)[framework] ?? [] { texts[item.text, default: []].formUnion(item.themes) }
            }
            let coverage = PointCoverage.measure(matcher, on: texts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
            print("points \(framework) team comments, \(heldOut ? "held-out" : "development") sets: \(Self.describe(coverage))")
            #expect(coverage.cellShare >= 0.85)
        }
    }
}

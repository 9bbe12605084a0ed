import Foundation
import Testing
@testable import HeardPipeline
import HeardCore
import HeardThemes

/// A differential check for changes that must not change what tagging says (speed work): tags 100,000 comments
/// in every mode and writes everything tagging decided, scores at full precision, one line a comment and mode.
/// Run it before and after a change and compare the two files (`Scripts/themes/tagging-differential.sh` does
/// both). Off unless `HEARD_TAGGING_DUMP` names the file to write; with `HEARD_TAGGING_BASELINE` too, every line
/// must equal the baseline's.
///
/// The comments: the bench's (`SyntheticSurvey`), the real statements of `../shared/eval/themes-real/` (when
/// present), the self-written ones of `Scripts/themes/synthetic/`, and, up to 100,000, comments spliced from
/// the halves of two of those, some in capitals, some run together without punctuation.
@Suite("Tagging differential (off unless HEARD_TAGGING_DUMP is set)")
struct TaggingDifferentialTests {
    static let dump = ProcessInfo.processInfo.environment["HEARD_TAGGING_DUMP"]
    static let baseline = ProcessInfo.processInfo.environment["HEARD_TAGGING_BASELINE"]
    static let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// How many comments; `HEARD_TAGGING_COUNT` may ask for fewer (a quick look on a loaded machine).
    static let total = ProcessInfo.processInfo.environment["HEARD_TAGGING_COUNT"].flatMap { Int($0) } ?? 100_000

    static func statements() -> [String] {
        var files = [root.deletingLastPathComponent().appending(path: "shared/eval/themes-real/statements.jsonl")]
        let synthetic = root.appending(path: "Scripts/themes/synthetic")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: synthetic.path)) ?? []
        files += names.filter { $0.hasSuffix(".jsonl") }.sorted().map { synthetic.appending(path: $0) }
        var texts: [String] = []
        for file in files {
            guard let data = try? Data(contentsOf: file), let text = String(data: data, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                if let text = object?["text"] as? String { texts.append(text) }
            }
        }
        return texts
    }

    static func comments() -> [String] {
        let bench = SyntheticSurvey.rows(count: 20_000).rows.map { $0[SyntheticSurvey.commentColumn] }
        let statements = statements()
        var comments = Array((bench + statements).prefix(total))
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let pool = statements + Array(Set(bench)).sorted()
        while comments.count < total, !pool.isEmpty {
            let one = pool[next(pool.count)], two = pool[next(pool.count)]
            var spliced = String(one.prefix(one.count / 2)) + String(two.suffix(two.count - two.count / 2))
            switch next(6) {
            case 0: spliced = spliced.uppercased()
            case 1: spliced = spliced.filter { !".,;:!?".contains($0) }.lowercased()
            default: break
            }
            comments.append(spliced)
        }
        return comments
    }

    static func line(_ result: TaggingResult) -> String {
        var parts: [String] = [result.polarity.rawValue]
        for tag in result.tags {
            parts.append(tag.themeID + "=" + String(format: "%.17g", tag.confidence) + "[" + tag.evidence.joined(separator: "|") + "]")
        }
        for theme in result.cues.keys.sorted() { parts.append(theme + "{" + result.cues[theme]!.joined(separator: "|") + "}") }
        return parts.joined(separator: "\t")
    }

    @Test("every mode tags 100,000 comments as the baseline did", .enabled(if: dump != nil))
    func differential() throws {
        let comments = Self.comments()
        let hints: [Polarity?] = [nil, .request, .positive, .negative, .neutral]
        var lines: [String] = []
        for framework in BuiltInCodebooks.frameworks() {
            var explaining = ThemeTagger(framework: framework)
            explaining.explains = true
            let plain = ThemeTagger(framework: framework)
            let rules = KeywordTagger(framework: framework)
            for (number, comment) in comments.enumerated() {
                let hint = hints[number % hints.count]
                lines.append("\(framework.id) explain \(number)\t" + Self.line(explaining.tag(comment)))
                lines.append("\(framework.id) hint \(number)\t" + Self.line(plain.tag(comment, hint: hint)))
                lines.append("\(framework.id) rules \(number)\t" + Self.line(rules.tag(comment, hint: hint)))
                if number % 10 == 0 {
                    let features = rules.features(of: comment).map { "\($0.name)=\(String(format: "%.17g", $0.value))" }
                    lines.append("\(framework.id) features \(number)\t" + features.joined(separator: " "))
                }
            }
        }
        let text = lines.joined(separator: "\n") + "\n"
        try text.write(toFile: Self.dump!, atomically: true, encoding: .utf8)
        guard let baseline = Self.baseline else { return }
        let expected = try String(contentsOfFile: baseline, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let actual = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(expected.count == actual.count)
        let differing = zip(expected, actual).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(differing.isEmpty, "\(differing.count) lines differ, first at line \((differing.first ?? 0) + 1)")
    }
}

import Testing
@testable import HeardCore
@testable import HeardThemes

/// How a theme model's probabilities become tags: thresholds, the relative rule and the cap.
@Suite("Tag rule")
struct TagRuleTests {
    @Test("a theme is tagged when it reaches its own threshold")
    func ownThresholds() {
        let rule = TagRule(thresholds: [0.3, 0.6, 0.3])
        #expect(rule.tagged([0.4, 0.5, 0.2]) == [0])
        #expect(rule.tagged([0.4, 0.7, 0.3]) == [0, 1, 2])
    }

    @Test("a theme far below the comment's likeliest one is not tagged")
    func relative() {
        let rule = TagRule(thresholds: [0.2, 0.2, 0.2], relative: 0.5)
        #expect(rule.tagged([0.9, 0.4, 0.3]) == [0])
        #expect(rule.tagged([0.5, 0.3, 0.1]) == [0, 1])
    }

    @Test("no more than `most` themes, the likeliest kept, in label order")
    func most() {
        let rule = TagRule(thresholds: [0.2, 0.2, 0.2, 0.2], most: 2)
        #expect(rule.tagged([0.3, 0.8, 0.5, 0.4]) == [1, 2])
        #expect(rule.tagged([0.5, 0.5, 0.5, 0.1]) == [0, 1])
    }

    @Test("a model file's thresholds, relative and most lines are read, and bad ones refused at their line")
    func parsing() throws {
        let text = "model\tm\nlabels\ta\tb\nthresholds\t0.3\t0.4\nrelative\t0.5\nmost\t1\nbias\t0\t0\n"
        let model = try LinearModel(parsing: text, source: SourceLocation(file: "m.tsv"))
        #expect(model.rule == TagRule(thresholds: [0.3, 0.4], relative: 0.5, most: 1))
        for (bad, row) in [("model\tm\nlabels\ta\tb\nthresholds\t0.3\nbias\t0\t0\n", 3),
                           ("model\tm\nlabels\ta\tb\nrelative\t2\nbias\t0\t0\n", 3),
                           ("model\tm\nlabels\ta\tb\nmost\t0\nbias\t0\t0\n", 3)] {
            do {
                _ = try LinearModel(parsing: bad, source: SourceLocation(file: "m.tsv"))
                Issue.record("accepted \(bad)")
            } catch {
                #expect(error.location?.row == row)
            }
        }
    }
}

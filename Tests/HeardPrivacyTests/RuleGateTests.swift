import Testing
@testable import HeardPrivacy

/// Random strings drawn from a pattern's shape: most match the pattern, and every one that does must get past
/// the gate, whatever words it is built from.
private struct ShapeSampler {
    var state: UInt64

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func sample(_ shape: PatternShape) -> String {
        switch shape {
        case .sequence(let items): return items.map { sample($0) }.joined()
        case .alternatives(let options): return sample(options[next(options.count)])
        case .character(let character): return String(character)
        case .wordBreak: return next(3) == 0 ? "" : " "
        case .unknown: return String("abcdefghijklmnopqrstuvwxyz0123456789"[next(36)])
        case .assertion: return ""
        case .repeated(let inner, let min, let max):
            let count = min + next((max ?? min + 3) - min + 1)
            return (0..<count).map { _ in sample(inner) }.joined()
        }
    }
}

private extension String {
    subscript(offset: Int) -> Character { self[index(startIndex, offsetBy: offset)] }
}

@Suite("The safeguarding gate's reading of patterns")
struct RuleGateTests {
    @Test("every string a rule matches gets past the gate to that rule")
    func sound() {
        var sampler = ShapeSampler(state: 2026)
        var checked = 0
        for (index, rule) in DisclosureRules.all.enumerated() {
            let shape = PatternShape(rule.pattern.expression.pattern)
            for _ in 0..<300 {
                let words = sampler.sample(shape).split(separator: " ").joined(separator: " ")
                let text = " i said " + words + " today "
                guard !rule.pattern.matches(in: text).isEmpty else { continue }
                checked += 1
                #expect(DisclosureRules.gate.rules(for: text).contains(index), "rule \(index) gated out")
            }
        }
        #expect(checked > 5_000)
    }

    @Test("clauses need every word a sequence holds and one of each alternative's")
    func clauses() {
        #expect(PatternShape(#"\b(?:want|plan) to (?:die|end it)\b"#).clauses == [["want", "plan"], ["die", "end"]])
        #expect(PatternShape(#"\bhits? me\b"#).clauses == [["hit"]])
        #expect(PatternShape(#"\bsuicid\w*"#).clauses == [["suic"]])
        // A letter run not known to start a word, or an alternative with no clause, adds nothing.
        #expect(PatternShape(#"(?:some|no)body\b"#).clauses == [])
        #expect(PatternShape(#"\b(?:kill|me) now"#).clauses == [["now"]])
        #expect(PatternShape(#"\b(?:\w+ )?(?:kicked|pushed) me"#).clauses == [["kick", "push"]])
    }

    @Test("a comment with none of a rule's words runs no rule")
    func quiet() {
        #expect(DisclosureRules.gate.rules(for: " i like football and my carers | ").isEmpty)
    }
}

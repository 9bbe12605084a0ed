import Testing
@testable import HeardCore

@Suite("Core model")
struct CoreTests {
    @Test("a diagnostic prints compiler-style with sorted context")
    func diagnosticDescription() {
        let diagnostic = Diagnostic.warning("unknown answer", at: SourceLocation(file: "Surveys/a.csv", row: 14, column: 3),
                                            context: ["question": "feel-safe", "profile": "x"])
        #expect(diagnostic.description == "Surveys/a.csv:14:3: warning: unknown answer [profile=x, question=feel-safe]")
        let sheet = SourceLocation(file: "b.xlsx", sheet: "Responses", row: 2)
        #expect(sheet.description == "b.xlsx[Responses]:2")
    }

    @Test("academic years run September to August", arguments: [
        (2024, 9, "2024-25"), (2025, 8, "2024-25"), (2024, 1, "2023-24"), (2099, 12, "2099-00"), (2008, 10, "2008-09"),
    ])
    func academicYear(year: Int, month: Int, label: String) {
        #expect(Wave.academicYear(year: year, month: month).label == label)
    }

    @Test("ages fall in the default bands and nowhere else")
    func ageBands() {
        #expect(AgeBand.band(for: 7)?.label == "4-7")
        #expect(AgeBand.band(for: 11)?.label == "11-15")
        #expect(AgeBand.band(for: 17)?.label == "16-17")
        #expect(AgeBand.band(for: 25)?.label == "22-25")
        #expect(AgeBand.band(for: 3) == nil)
        #expect(AgeBand.band(for: 26) == nil)
        #expect(AgeBand(label: "18-21") == AgeBand(18, 21))
    }

    @Test("folding ignores case, spaces, curly apostrophes and trailing punctuation")
    func folding() {
        #expect(TextFolding.fold("  Most of the  Time! ") == "most of the time")
        #expect(TextFolding.fold("What\u{2019}s good?") == "what's good")
        #expect(TextFolding.isNonAnswer(" N/A "))
        #expect(TextFolding.isNonAnswer("Prefer not to say"))
        #expect(!TextFolding.isNonAnswer("no"))
        #expect(TextFolding.isEmptyComment("Nothing really."))
        #expect(!TextFolding.isEmptyComment("nothing is good here"))
    }

    @Test("the byte count that spares long comments their folding never changes what counts as empty")
    func emptyCommentShortcut() {
        let empties = TextFolding.nonAnswers.union(TextFolding.emptyComments)
        var texts: [String] = []
        for empty in empties {
            texts += [empty, empty.uppercased(), "   \(empty)  \n\t ", "\(empty)!!!...???,,;;::", empty.split(separator: " ").joined(separator: "  \r\n  "),
                      "\(empty)x", "x\(empty)", "\u{2019}\(empty)", "\(empty) \u{00E9}"]
        }
        texts += ["", "a", String(repeating: "a", count: TextFolding.longestEmpty),
                  String(repeating: "a", count: TextFolding.longestEmpty + 1), String(repeating: " . ", count: 400),
                  "PREFER   NOT   TO   ANSWER !!!!!!!!!!!!!!!!!!!!!!!!!!!!!", "I want to see my brother more often"]
        for text in texts {
            let folded = TextFolding.fold(text)
            #expect(TextFolding.isEmptyComment(text) == empties.contains(folded), "\(text.debugDescription)")
        }
        #expect(TextFolding.isEmptyComment("PREFER   NOT   TO   ANSWER !!!!!!!!!!!!!!!!!!!!!!!!!!!!!"))
        #expect(TextFolding.keepsTooMuch("I want to see my brother more often"))
    }

    @Test("the collector keeps order and knows when an error was emitted")
    func collector() {
        let collector = DiagnosticCollector()
        collector.emit(.note("a"))
        #expect(!collector.hasErrors)
        collector.emit(.error("b"))
        #expect(collector.hasErrors)
        #expect(collector.drain().map(\.message) == ["a", "b"])
        #expect(collector.diagnostics.isEmpty)
    }

    @Test("every question's scale exists and loneliness counts 'never' as the good answer")
    func questionBank() {
        for question in QuestionBank.standard.questions where question.kind == .closed {
            #expect(question.scale != nil, "\(question.id) has no scale")
        }
        let lonely = QuestionBank.standard["feel-lonely"]!
        #expect(lonely.isPositive("Never"))
        #expect(!lonely.isPositive("Always"))
        #expect(QuestionBank.standard["feel-safe-where-live"]!.isPositive("Most of the time"))
    }
}

import Foundation
import Testing
@testable import HeardCore
@testable import HeardSummary

/// One response answering closed questions (several labels for one question: a multi-select answer).
func answering(_ key: String, _ answers: [(String, [String])], path: String = "Surveys/x.csv") -> Response {
    Response(respondentKey: key, exportPath: path, sourceRow: 2, series: SurveySeries(id: "s", title: "Survey"),
             wave: Wave("2024-25"), cohort: .childrenInCare, ageBand: nil,
             answers: answers.flatMap { id, labels in
                 labels.isEmpty ? [Answer(questionID: id, value: .notAnswered)] : labels.map { Answer(questionID: id, value: .option($0)) }
             }, comments: [])
}

/// Young people answering `labels` with the given counts.
func crowd(_ id: String, _ counts: [(String, Int)], path: String = "Surveys/x.csv") -> [Response] {
    var responses: [Response] = []
    for (label, count) in counts {
        for index in 0..<count { responses.append(answering("\(label)-\(index)", [(id, [label])], path: path)) }
    }
    return responses
}

@Suite("Closed-question tables")
struct QuestionTableTests {
    let builder = SummaryBuilder(frameworkID: "t", themes: [])

    @Test("a question outside the bank is published with every label, its true count, and its own wording")
    func customQuestion() throws {
        let id = "custom:where-do-you-live-now"
        let asked = AskedQuestion(id: id, wording: "Where do you live now?", format: .single, options: [
            .init(label: "With foster carers", kind: .own), .init(label: "In a children's home", kind: .own),
            .init(label: "Somewhere else", kind: .own),
        ])
        let responses = crowd(id, [("With foster carers", 31), ("In a children's home", 12), ("Somewhere else", 7)])
        let indicator = try #require(builder.build(responses: responses, actions: [], questions: ["Surveys/x.csv": [asked]])
            .first?.indicators.first)
        #expect(indicator.text == "Where do you live now?")
        #expect(indicator.answers.map(\.label) == ["With foster carers", "In a children's home", "Somewhere else"])
        #expect(indicator.answers.map(\.count.value) == [31, 12, 7])
        #expect(indicator.base.value == 50 && indicator.positive == nil)
        #expect(indicator.answers.map(\.percent) == [62, 24, 14])
    }

    @Test("\"does not apply\" is its own row, outside the base, and the base says who it is")
    func doesNotApply() throws {
        let asked = AskedQuestion(id: "trust-social-worker", wording: "Can you rely on your social worker?", format: .single,
                                  options: [.init(label: "Always", kind: .bank, isPositive: true),
                                            .init(label: "Never", kind: .bank, isPositive: false),
                                            .init(label: "I don't have one", kind: .doesNotApply)])
        let responses = crowd("trust-social-worker", [("Always", 40), ("Never", 25), ("I don't have one", 22)])
        let document = try #require(builder.build(responses: responses, actions: [], questions: ["Surveys/x.csv": [asked]]).first)
        let indicator = try #require(document.indicators.first)
        #expect(indicator.base.value == 65)
        #expect(indicator.answers.first { $0.label == "I don't have one" }?.count.value == 22)
        #expect(indicator.answers.first { $0.label == "I don't have one" }?.percent == nil)
        #expect(indicator.positive?.value == 40 && indicator.positivePercent == 62)
        #expect(indicator.baseGroup == "who have a social worker")
        #expect(MarkdownRenderer().markdown(document).contains("(40 of 65 who have a social worker)"))
    }

    @Test("answers off the bank's scale withhold the headline instead of giving a false share")
    func noFalseHeadline() throws {
        let asked = AskedQuestion(id: "like-school", wording: "How is school going?", format: .single,
                                  options: [.init(label: "Always", kind: .bank, isPositive: true),
                                            .init(label: "Great", kind: .own), .init(label: "Rubbish", kind: .own)])
        let responses = crowd("like-school", [("Always", 10), ("Great", 30), ("Rubbish", 20)])
        let indicator = try #require(builder.build(responses: responses, actions: [], questions: ["Surveys/x.csv": [asked]])
            .first?.indicators.first)
        #expect(indicator.positive == nil && indicator.positivePercent == nil)
        #expect(indicator.answers.map(\.count.value) == [10, 30, 20])
    }

    @Test("a multi-select question counts young people per answer, with no second count hidden")
    func multiSelect() throws {
        let id = "custom:what-helps"
        let asked = AskedQuestion(id: id, wording: "What helps?", format: .multiple,
                                  options: ["Music", "Sport", "Pets"].map { .init(label: $0, kind: .own) })
        var responses = (0..<20).map { answering("a\($0)", [(id, ["Music", "Sport"])]) }
        responses += (0..<3).map { answering("b\($0)", [(id, ["Pets"])]) }
        responses += (0..<4).map { answering("c\($0)", [(id, [])]) }
        let indicator = try #require(builder.build(responses: responses, actions: [], questions: ["Surveys/x.csv": [asked]])
            .first?.indicators.first)
        #expect(indicator.base.value == 23)
        #expect(indicator.answers.map(\.count.value) == [20, 20, nil])
        #expect(indicator.answers.map(\.percent) == [87, 87, nil])
    }

    @Test("answers stored without a wording are still published, none dropped")
    func withoutDefinition() throws {
        let responses = crowd("custom:how-often-do-you-see-your-iro", [("Every month", 12), ("Never", 9)])
        let indicator = try #require(builder.build(responses: responses, actions: []).first?.indicators.first)
        #expect(indicator.text == "How often do you see your iro")
        #expect(Set(indicator.answers.map(\.label)) == ["Every month", "Never"])
    }

    @Test("CSV cells that a spreadsheet would run as a formula start with an apostrophe", arguments: [
        ("=1+1", "'=1+1"), ("+44 7700", "'+44 7700"), ("-Never", "'-Never"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"), ("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""), ("Yes, always", "\"Yes, always\""),
        ("Always", "Always"), ("two\r\nlines", "\"two\r\nlines\""), ("one\rbreak", "\"one\rbreak\""),
    ])
    func formulaInjection(cell: String, written: String) {
        #expect(CSVCell.escape(cell) == written)
    }

    @Test("labels and wordings from exports are escaped in every page")
    func markup() throws {
        let id = "custom:x"
        let asked = AskedQuestion(id: id, wording: "<b>Safe</b> at home?", format: .single,
                                  options: [.init(label: "<script>alert(1)</script>", kind: .own), .init(label: "No | *", kind: .own)])
        let responses = crowd(id, [("<script>alert(1)</script>", 11), ("No | *", 12)])
        let document = try #require(builder.build(responses: responses, actions: [], questions: ["Surveys/x.csv": [asked]]).first)
        let html = HTMLRenderer().html(document)
        #expect(!html.contains("<script>alert") && !html.contains("<b>Safe") && html.contains("&lt;script&gt;alert(1)"))
        let markdown = MarkdownRenderer().markdown(document)
        #expect(markdown.contains("\\<script\\>") && markdown.contains("No \\| \\*"))
        let csv = TableRenderer().render(document).first { $0.path.hasSuffix("questions.csv") }
        let text = String(decoding: try #require(csv).contents, as: UTF8.self)
        #expect(text.contains("<script>alert(1)</script>,11,48%,yes"))
    }
}

import Testing
@testable import HeardCore
@testable import HeardSummary

func response(_ key: String, safe: String?, comment: (String, Polarity)? = nil, wave: String = "2024-25") -> Response {
    Response(respondentKey: key, exportPath: "a.csv", sourceRow: 1, series: SurveySeries(id: "annual", title: "Annual survey"),
             wave: Wave(wave), cohort: .childrenInCare, ageBand: AgeBand(11, 15),
             answers: [Answer(questionID: "feel-safe-where-live", value: safe.map { .option($0) } ?? .notAnswered)],
             comments: comment.map {
                 [Comment(questionID: "comment-what-better", text: "x",
                          tags: [ThemeTag(themeID: "family", evidence: [$0.0], confidence: 0.5)], polarity: $0.1)]
             } ?? [])
}

@Suite("Suppression")
struct SuppressionTests {
    @Test("counts from 1 to the threshold are suppressed; 0 and larger counts are not", arguments: 0...12)
    func published(count: Int) {
        let published = PublishedCount(count, threshold: 5)
        #expect(published.isSuppressed == (1...5).contains(count))
        #expect(published.text == ((1...5).contains(count) ? "5 or fewer" : String(count)))
    }

    @Test("no percentage for a base under 10 or a suppressed count")
    func percentages() {
        #expect(PublishedCount(9, threshold: 5).percent(of: PublishedCount(9, threshold: 5)) == nil)
        #expect(PublishedCount(3, threshold: 5).percent(of: PublishedCount(40, threshold: 5)) == nil)
        #expect(PublishedCount(10, threshold: 5).percent(of: PublishedCount(40, threshold: 5)) == 25)
    }
}

@Suite("Summary documents and renderers")
struct SummaryBuilderTests {
    let builder = SummaryBuilder(frameworkID: "test", themes: [.init(id: "family", title: "Family", childTitle: "Family")])

    func document(_ responses: [Response], actions: [Action] = []) -> SummaryDocument {
        builder.build(responses: responses, actions: actions)[0]
    }

    @Test("respondents, theme counts and indicator results are counted from the responses")
    func counts() {
        var responses = (0..<14).map { response("r\($0)", safe: $0 < 8 ? "Always" : "Never",
                                                comment: $0 < 7 ? ("contact", .request) : nil) }
        responses.append(response("r14", safe: nil))
        let doc = document(responses)
        #expect(doc.respondents.value == 15)
        #expect(doc.themes[0].respondents.value == 7)
        #expect(doc.themes[0].requests.value == 7)
        let safe = doc.indicators.first { $0.question == "feel-safe-where-live" }!
        #expect(safe.base.value == 14)
        #expect(safe.positive?.value == 8)
        #expect(safe.positivePercent == 57)
        #expect(safe.answers.first { $0.label == "Never" }?.count.value == 6)
    }

    @Test("one document per series and wave")
    func waves() {
        let docs = builder.build(responses: [response("a", safe: "Always", wave: "2023-24"),
                                             response("b", safe: "Always", wave: "2024-25")], actions: [])
        #expect(docs.map(\.wave.label) == ["2023-24", "2024-25"])
    }

    @Test("actions appear under their theme; a raised theme with none is listed as not acted on")
    func actions() {
        let raised = (0..<8).map { response("r\($0)", safe: "Always", comment: ("contact", .negative)) }
        let action = Action(themeID: "family", youSaid: "more contact", weDid: "weekend family time", status: .done,
                            date: "2025-03")
        #expect(document(raised, actions: [action]).themes[0].actions == [action])
        #expect(document(raised).notActedOn.map(\.id) == ["family"])
        let otherWave = Action(themeID: "family", youSaid: "", weDid: "x", status: .planned, date: "", wave: "2019-20")
        #expect(document(raised, actions: [otherWave]).themes[0].actions.isEmpty)
    }

    @Test("Markdown and HTML say You said and We did per theme, and never print a count from 1 to 5")
    func renderers() {
        let doc = document((0..<12).map { response("r\($0)", safe: "Always", comment: $0 < 3 ? ("contact", .request) : nil) })
        let markdown = MarkdownRenderer().markdown(doc)
        let html = HTMLRenderer().html(doc)
        for text in [markdown, html] {
            #expect(text.contains("You said"))
            #expect(text.contains("We did"))
            #expect(text.contains("5 or fewer"))
            #expect(!text.contains(" 3 of you"))
        }
        #expect(html.contains("<html lang=\"en-GB\">"))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }

    @Test("officer text is escaped in HTML and Markdown")
    func escaping() {
        let raised = (0..<8).map { response("r\($0)", safe: "Always", comment: ("contact", .negative)) }
        let action = Action(themeID: "family", youSaid: "", weDid: "<script>alert(1)</script> *bold*", status: .done, date: "")
        let doc = document(raised, actions: [action])
        #expect(!HTMLRenderer().html(doc).contains("<script>"))
        #expect(MarkdownRenderer().markdown(doc).contains("\\*bold\\*"))
    }

    @Test("the actions register reads officers' spellings of status and reports unknown themes")
    func register() throws {
        let table = Table(source: SourceLocation(file: "Surveys/actions.csv"), header: ["Theme", "You said", "We did", "Status", "Date"],
                          rows: [.init(sourceRow: 2, cells: ["family", "a", "b", "In-progress", "2025"]),
                                 .init(sourceRow: 3, cells: ["nope", "a", "b", "done", "2025"])])
        let collector = DiagnosticCollector()
        let actions = ActionRegister.parse(table, knownThemes: ["family"], diagnostics: collector)
        #expect(actions.map(\.status) == [.inProgress])
        #expect(collector.diagnostics.first?.location?.row == 3)
    }
}

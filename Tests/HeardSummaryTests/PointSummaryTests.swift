import Foundation
import Testing
@testable import HeardCore
@testable import HeardSummary

/// Points in a summary, on small made-up surveys: counts per point, suppression, "other things", quote
/// candidates and how each page says them.
@Suite("Points in summaries")
struct PointSummaryTests {
    static let heading = SummaryDocument.ThemeHeading(
        id: "people", title: "People who matter", childTitle: "People who matter", points: [
            .init(id: "siblings", label: "Seeing brothers and sisters", plain: "want to see your brothers and sisters more"),
            .init(id: "same-worker", label: "Keeping the same worker", plain: "want to keep the same worker"),
            .init(id: "pets", label: "Having pets around", plain: "told us about pets"),
        ])
    static let school = SummaryDocument.ThemeHeading(
        id: "school", title: "School", childTitle: "School", points: [
            .init(id: "tutor", label: "Help from a tutor", plain: "want help from a tutor"),
        ])

    /// One response per comment unless `key` is given.
    static func response(_ key: String, _ text: String, themes: [String] = ["people"], points: [String],
                         polarity: Polarity = .neutral, concern: Bool = false) -> Response {
        Response(respondentKey: key, exportPath: "a.csv", sourceRow: 2, series: SurveySeries(id: "s", title: "Survey"),
                 wave: Wave("2024-25"), cohort: .childrenInCare, ageBand: nil, answers: [],
                 comments: [Comment(questionID: "comment-what-better", text: text,
                                    tags: themes.map { ThemeTag(themeID: $0, evidence: [], confidence: 1) },
                                    polarity: polarity, hasConcern: concern, points: points)])
    }

    static func build(_ responses: [Response], decisions: [ReviewDecision] = []) -> SummaryDocument {
        SummaryBuilder(frameworkID: "t", themes: [heading, school]).build(responses: responses, actions: [],
                                                                          decisions: decisions)[0]
    }

    /// 9 young people about brothers and sisters (6 asking, 3 pleased), 7 about their worker, 2 about pets,
    /// 4 about something else in the theme.
    static var survey: [Response] {
        var responses: [Response] = []
        for index in 0..<9 {
            responses.append(response("s\(index)", "I would like to see my sister \(index) more often",
                                      points: ["siblings"], polarity: index < 6 ? .request : .positive))
        }
        for index in 0..<7 {
            responses.append(response("w\(index)", "my worker changed again this year number \(index)",
                                      points: ["same-worker"], polarity: .negative))
        }
        for index in 0..<2 { responses.append(response("p\(index)", "our dog is the best thing here", points: ["pets"])) }
        for index in 0..<4 { responses.append(response("o\(index)", "something else entirely about people", points: [])) }
        return responses
    }

    @Test("each point counts its young people and how many asked, praised or had a problem, suppressed alike")
    func counts() throws {
        let section = try #require(Self.build(Self.survey).themes.first)
        #expect(section.points.map(\.heading.id) == ["siblings", "same-worker", "pets"])
        let siblings = section.points[0]
        #expect(siblings.respondents.value == 9)
        #expect(siblings.requests.value == 6)
        #expect(siblings.praise.isSuppressed && siblings.problems.value == 0)
        #expect(section.points[1].problems.value == 7)
        #expect(section.points[2].respondents.isSuppressed)
        // Beside a hidden count even a 0 is hidden: it would tell what those few said.
        let pets = section.points[2]
        #expect(pets.praise.isSuppressed && pets.problems.isSuppressed && pets.requests.isSuppressed)
        #expect(section.otherThings.isSuppressed)
        #expect(section.respondents.value == 22)
    }

    @Test("a young person counts once per point however many comments they wrote, and a point never outnumbers its theme")
    func onceEach() throws {
        var responses: [Response] = []
        for index in 0..<30 {
            var response = Self.response("k\(index % 7)", "I miss my brother so much \(index)", points: ["siblings", "same-worker"])
            response.comments[0].polarity = [.request, .negative, .positive, .neutral][index % 4]
            responses.append(response)
        }
        let section = try #require(Self.build(responses).themes.first)
        #expect(section.respondents.value == 7)
        for point in section.points {
            #expect(point.respondents.value == 7)
            for part in [point.praise, point.problems, point.requests] { #expect((part.value ?? 0) <= 7) }
        }
    }

    @Test("random surveys: no point's count exceeds its theme's, and every count from 1 to 5 is hidden")
    func randomSurveys() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<40 {
            var responses: [Response] = []
            for index in 0..<Int.random(in: 1...60, using: &generator) {
                let themes = [["people"], ["school"], ["people", "school"]].randomElement(using: &generator)!
                let points = ["siblings", "same-worker", "pets", "tutor"].filter { _ in Bool.random(using: &generator) }
                responses.append(Self.response("k\(Int.random(in: 0...index, using: &generator))", "words here and there",
                                               themes: themes, points: points,
                                               polarity: Polarity.allCases.randomElement(using: &generator)!))
            }
            for section in Self.build(responses).themes {
                for point in section.points {
                    #expect(section.heading.points.contains(point.heading))
                    if let theme = section.respondents.value, let count = point.respondents.value { #expect(count <= theme) }
                    if section.respondents.isSuppressed { #expect(point.respondents.isSuppressed) }
                    for count in [point.respondents, point.praise, point.problems, point.requests, section.otherThings] {
                        if let value = count.value { #expect(value == 0 || value > 5) }
                    }
                }
            }
        }
    }

    @Test("a point counts only under its own theme, even if the comment carries it")
    func ownThemeOnly() throws {
        let responses = (0..<8).map { Self.response("k\($0)", "my tutor is my sister", themes: ["school"], points: ["siblings", "tutor"]) }
        let document = Self.build(responses)
        #expect(document.themes[0].points.isEmpty)
        #expect(document.themes[1].points.map(\.heading.id) == ["tutor"])
    }

    @Test("the comments that say a point best are offered first on the review page; one approved shows under the point")
    func quoteCandidates() throws {
        var responses = Self.survey
        for index in 0..<3 {
            responses.append(Self.response("x\(index)", "[name] [name] told [name] about [place] and my sister", points: ["siblings"]))
        }
        responses.append(Self.response("c0", "a comment about my sister that was sent to safeguarding", points: ["siblings"],
                                       concern: true))
        let document = Self.build(responses)
        let first = try #require(document.candidates.first)
        #expect(first.pointID == "siblings" && first.themeID == "people")
        let forSiblings = document.candidates.filter { $0.pointID == "siblings" }
        #expect(forSiblings.count == 3)
        #expect(forSiblings.allSatisfy { !$0.text.contains("[name]") && !$0.text.contains("safeguarding") })
        let approved = try #require(forSiblings.last)
        let decided = Self.build(responses, decisions: [ReviewDecision(id: approved.id, decision: .approve)])
        #expect(decided.themes[0].points[0].quote == approved.text)
        #expect(!decided.themes[0].quotes.contains(approved.text))
        #expect(HTMLRenderer().html(decided).contains(HTML.escape(approved.text)))
        let review = ReviewPageRenderer().html(document)
        #expect(review.contains("Seeing brothers and sisters"))
        #expect(review.components(separatedBy: "class=\"quote\"").count - 1 == document.candidates.count)
    }

    @Test("clear, short comments read best as quotes; placeholders and shouting read worse")
    func clarity() {
        let clear = QuoteSelection.clarity("I want to see my little sister more often please")
        #expect(clear > QuoteSelection.clarity("[name] said [name] can see my sister at [place]"))
        #expect(clear > QuoteSelection.clarity("I WANT TO SEE MY LITTLE SISTER MORE OFTEN PLEASE"))
        #expect(clear > QuoteSelection.clarity("sister"))
        #expect(QuoteSelection.clarity("[name] [name] [name] [name] and me") == 0)
    }

    @Test("the pages say points in words: 'Seeing brothers and sisters: 9 of you, 6 asked for change'")
    func wording() throws {
        let document = Self.build(Self.survey)
        let siblings = document.themes[0].points[0]
        #expect(Wording.point(siblings) == "Seeing brothers and sisters: 9 of you, 6 asked for change.")
        #expect(Wording.point(document.themes[0].points[1]) == "Keeping the same worker: 7 of you, 7 described a problem.")
        #expect(Wording.point(document.themes[0].points[2]) == "Having pets around: 5 or fewer of you.")
        #expect(Wording.otherThings(document.themes[0]) == "Other things about people who matter: 5 or fewer of you.")
        let markdown = MarkdownRenderer().markdown(document)
        #expect(markdown.contains("- Seeing brothers and sisters: 9 of you, 6 asked for change"))
        let easy = EasyReadRenderer().html(document)
        #expect(easy.contains("9 of you want to see your brothers and sisters more."))
        #expect(easy.contains("7 of you want to keep the same worker."))
        #expect(easy.contains("A few of you told us about pets."))
        #expect(!easy.contains("5 or fewer of you want"))
    }

    @Test("the points table lists every point made and each theme's other things")
    func table() throws {
        let file = try #require(PointTableRenderer().render(Self.build(Self.survey)).first)
        let lines = String(decoding: file.contents, as: UTF8.self).split(separator: "\r\n").map(String.init)
        #expect(file.path == "tables/s-2024-25-points.csv")
        #expect(lines[1] == "people,siblings,Seeing brothers and sisters,9,5 or fewer,0,6")
        #expect(lines.last == "people,,Other things about people who matter,5 or fewer,,,")
        #expect(lines.count == 5)
    }

    @Test("summary.json: themes[].points[] with id, label and counts, null where suppressed")
    func json() throws {
        let data = Data(SummaryJSONRenderer().render([Self.build(Self.survey)]).contents)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let theme = try #require(((object["waves"] as? [[String: Any]])?.first?["themes"] as? [[String: Any]])?.first)
        let points = try #require(theme["points"] as? [[String: Any]])
        #expect(points.map { $0["id"] as? String } == ["siblings", "same-worker", "pets"])
        let first = points[0]
        #expect(first["label"] as? String == "Seeing brothers and sisters")
        #expect(first["respondents"] as? Int == 9 && first["requests"] as? Int == 6 && first["problems"] as? Int == 0)
        #expect(first["praise"] is NSNull)
        #expect(points[2]["respondents"] is NSNull)
        #expect(theme["otherThings"] is NSNull)
    }
}

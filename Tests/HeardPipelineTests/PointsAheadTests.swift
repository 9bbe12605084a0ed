import Testing
@testable import HeardCore
@testable import HeardPipeline
@testable import HeardThemes

/// `PointsAhead` finds comments' points while their export is stored and the summaries look them up: every
/// comment must get exactly the points the matcher gives it, whether all, some or none of the comments were
/// found ahead, and a comment found ahead under other themes must not lend its points. Comments written for
/// this test.
@Suite("Points found ahead")
struct PointsAheadTests {
    static let book = try! PointFile.parse("""
    framework: test
    theme: people
    point: brothers-sisters
    label: Seeing brothers and sisters
    cues: brother*, sister*
    point: same-worker
    label: Keeping the same worker
    cues: keeps changing, new social worker
    theme: school
    point: school-help
    label: Help at school
    cues: tutor*, extra help
    """, source: SourceLocation(file: "test"))

    static func response(_ row: Int, _ comments: [(String, [String])]) -> Response {
        Response(respondentKey: "k\(row)", exportPath: "Surveys/a.csv", sourceRow: row,
                 series: SurveySeries(id: "s", title: "S"), wave: Wave("2025-26"), cohort: .childrenInCare,
                 ageBand: nil, answers: [],
                 comments: comments.map { text, themes in
                     Comment(questionID: "comment-anything-else", text: text,
                             tags: themes.map { ThemeTag(themeID: $0, evidence: [], confidence: 0.5) })
                 })
    }

    static let responses = [
        response(2, [("i miss my brother and my sister", ["people"]), ("a tutor for maths would help", ["school"])]),
        response(3, [("my worker keeps changing", ["people"]), ("nothing to add", [])]),
        response(4, [("i miss my brother and my sister", ["school"]), ("extra help with my brother", ["people", "school"])]),
        response(5, [("my worker keeps changing", ["people"])]),
    ]

    /// The points the matcher gives each comment, in order.
    static func expected(_ responses: [Response]) -> [[String]] {
        let matcher = PointMatcher(book: book)
        return responses.flatMap(\.comments).map { matcher.points(in: $0.text, themes: $0.tags.map(\.themeID)) }
    }

    @Test("Found ahead, in part or not at all, every comment gets the matcher's points")
    func sameAsMatching() {
        let want = Self.expected(Self.responses)
        #expect(want.contains { !$0.isEmpty })
        for foundFirst in [0, 1, 2, Self.responses.count] {
            let ahead = PointsAhead(matcher: PointMatcher(book: Self.book))
            ahead.find(in: Array(Self.responses.prefix(foundFirst)))
            let assigned = ahead.assign(Self.responses)
            #expect(assigned.flatMap(\.comments).map(\.points) == want, "found ahead: \(foundFirst) responses")
            #expect(assigned.map(\.respondentKey) == Self.responses.map(\.respondentKey))
        }
    }

    @Test("The same text under other themes is matched for its own themes")
    func themesPartOfTheAsk() {
        let ahead = PointsAhead(matcher: PointMatcher(book: Self.book))
        ahead.find(in: [Self.responses[0]])
        let assigned = ahead.assign([Self.responses[2]])
        #expect(assigned[0].comments[0].points == [])
        #expect(assigned[0].comments[1].points == Self.expected([Self.responses[2]])[1])
    }
}

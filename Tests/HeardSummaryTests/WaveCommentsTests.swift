import Foundation
import Testing
@testable import HeardCore
@testable import HeardSummary

/// A wave's comments are read once into numbers (`WaveComments`) and their quotes reviewed by text
/// (`QuoteReview`): on random surveys, every count and every candidate is what the plain reading gives, counting
/// young people in sets of pseudonyms and reviewing comment by comment (the way the summary was built before).
@Suite("Wave comments read once")
struct WaveCommentsTests {
    static let themes: [SummaryDocument.ThemeHeading] = [
        .init(id: "people", title: "People", childTitle: "People", points: [
            .init(id: "siblings", label: "Siblings", plain: "siblings"), .init(id: "worker", label: "Worker", plain: "worker"),
            .init(id: "pets", label: "Pets", plain: "pets"),
        ]),
        .init(id: "school", title: "School", childTitle: "School", points: [
            .init(id: "tutor", label: "Tutor", plain: "tutor"), .init(id: "pets", label: "Pets", plain: "pets"),
        ]),
        .init(id: "home", title: "Home", childTitle: "Home", points: [.init(id: "rules", label: "Rules", plain: "rules")]),
    ]

    /// `count` responses from fewer young people, with texts said more than once, tags on known and unknown
    /// themes (some repeated), points of the right theme, of another, unknown and repeated, every polarity.
    static func survey(_ count: Int, seed: UInt64) -> [Response] {
        var random = SeededRandom(seed: seed)
        let words = ["I", "want", "to", "see", "my", "sister", "more", "[name]", "SCHOOL", "is", "ok", "!!", "...", "é"]
        let texts = (0..<count / 3).map { _ in
            (0..<random.next(upTo: 30)).map { _ in words[random.next(upTo: words.count)] }.joined(separator: " ")
        }
        let themeIDs = ["people", "school", "home", "elsewhere"]
        let pointIDs = ["siblings", "worker", "pets", "tutor", "rules", "unknown"]
        return (0..<count).map { _ in
            let comments = (0..<random.next(upTo: 3)).map { _ in
                HeardCore.Comment(questionID: "comment-what-better", text: texts[random.next(upTo: texts.count)],
                        tags: (0..<random.next(upTo: 4)).map { _ in
                            ThemeTag(themeID: themeIDs[random.next(upTo: themeIDs.count)], evidence: [], confidence: 1)
                        },
                        polarity: Polarity.allCases[random.next(upTo: 4)], hasConcern: random.next(upTo: 10) == 0,
                        points: (0..<random.next(upTo: 4)).map { _ in pointIDs[random.next(upTo: pointIDs.count)] })
            }
            return Response(respondentKey: "k\(random.next(upTo: count / 2 + 1))", exportPath: "a.csv", sourceRow: 2,
                            series: SurveySeries(id: "s", title: "Survey"), wave: Wave("2024-25"),
                            cohort: .childrenInCare, ageBand: nil, answers: [], comments: comments)
        }
    }

    @Test("who raised each theme, made each point and said other things is counted as sets of pseudonyms count it",
          arguments: [1, 2, 3, 4])
    func counts(seed: UInt64) {
        let responses = Self.survey(400, seed: seed)
        let document = SummaryBuilder(frameworkID: "t", themes: Self.themes, threshold: 3)
            .document(series: SurveySeries(id: "s", title: "Survey"), wave: Wave("2024-25"), responses: responses, actions: [])
        let count = { (value: Int) in PublishedCount(value, threshold: 3) }
        #expect(document.respondents == count(Set(responses.map(\.respondentKey)).count))
        var themeOfPoint: [String: String] = [:]
        for heading in Self.themes { for point in heading.points { themeOfPoint[point.id] = heading.id } }
        for section in document.themes {
            let id = section.heading.id
            var raised: Set<String> = [], other: Set<String> = [], comments = 0, praise = 0
            var made: [String: (all: Set<String>, praise: Set<String>, requests: Set<String>)] = [:]
            for response in responses {
                for comment in response.comments where comment.tags.contains(where: { $0.themeID == id }) {
                    raised.insert(response.respondentKey)
                    comments += 1
                    if comment.polarity == .positive { praise += 1 }
                    let points = Set(comment.points.filter { themeOfPoint[$0] == id })
                    if points.isEmpty { other.insert(response.respondentKey) }
                    for point in points {
                        made[point, default: ([], [], [])].all.insert(response.respondentKey)
                        if comment.polarity == .positive { made[point]!.praise.insert(response.respondentKey) }
                        if comment.polarity == .request { made[point]!.requests.insert(response.respondentKey) }
                    }
                }
            }
            #expect(section.respondents == count(raised.count))
            #expect(section.comments == count(comments) && section.praise == count(praise))
            #expect(section.otherThings == count(other.count))
            #expect(Set(section.points.map(\.heading.id)) == Set(made.keys))
            for point in section.points {
                let expected = made[point.heading.id]!
                #expect(point.respondents == count(expected.all.count))
                if !point.respondents.isSuppressed {
                    #expect(point.praise == count(expected.praise.count) && point.requests == count(expected.requests.count))
                }
            }
        }
        #expect(document.otherComments == count(responses.flatMap(\.comments).filter(\.tags.isEmpty).count))
    }

    @Test("candidates, their order, their page and the quotes shown are the comment-by-comment review's",
          arguments: [5, 6, 7])
    func candidates(seed: UInt64) {
        let responses = Self.survey(600, seed: seed)
        var random = SeededRandom(seed: seed)
        let texts = Array(Set(responses.flatMap(\.comments).map(\.text))).sorted()
        let refused = Set(texts.filter { _ in random.next(upTo: 8) == 0 })
        let builder = SummaryBuilder(frameworkID: "t", themes: Self.themes, threshold: 3,
                                     mayQuote: { !refused.contains($0) })
        let series = SurveySeries(id: "s", title: "Survey"), wave = Wave("2024-25")
        let first = builder.document(series: series, wave: wave, responses: responses, actions: [])
        let decisions = first.candidates.enumerated().compactMap { index, candidate -> ReviewDecision? in
            switch index % 7 {
            case 0: ReviewDecision(id: candidate.id, decision: .approve)
            case 3: ReviewDecision(id: candidate.id, decision: .hide)
            default: nil
            }
        }
        let byID = Dictionary(decisions.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        let document = builder.document(series: series, wave: wave, responses: responses, actions: [], decisions: byID)
        let expected = Reference(builder: builder, series: series, wave: wave, decisions: byID).review(responses)
        #expect(document.candidates.map(\.id) == expected.map(\.id))
        #expect(document.candidates.map(\.onPage) == expected.map(\.onPage))
        #expect(document.candidates.map(\.pointID) == expected.map(\.pointID))
        #expect(document.candidates.allSatisfy { !refused.contains($0.text) })
        #expect(document.candidates.count > 100)
    }

    @Test("a set of young people by number counts each once")
    func respondentSet() {
        var random = SeededRandom(seed: 9)
        var set = RespondentSet(), plain: Set<Int> = []
        for _ in 0..<5_000 {
            let member = random.next(upTo: 3_000)
            set.insert(member)
            plain.insert(member)
        }
        #expect(set.count == plain.count)
        #expect((0..<3_100).allSatisfy { set.contains($0) == plain.contains($0) })
    }
}

/// The review as it was written before `QuoteReview`: comment by comment, under each theme's top points and
/// then the theme, then the comments with no theme; sets of pseudonyms for who made each point.
private struct Reference {
    let builder: SummaryBuilder
    let series: SurveySeries
    let wave: Wave
    let decisions: [String: ReviewDecision]

    func review(_ responses: [Response]) -> [SummaryDocument.Candidate] {
        var candidates: [SummaryDocument.Candidate] = [], ids: Set<String> = []
        func offer(_ comments: [HeardCore.Comment], theme: String?, point: String?) {
            let first = candidates.count
            for comment in comments where QuoteSelection.isQuotable(comment) && builder.mayQuote(comment.text) {
                let id = QuoteSelection.id(series: series, wave: wave, text: comment.text)
                guard ids.insert(id).inserted else { continue }
                candidates.append(.init(id: id, themeID: theme, pointID: point, text: comment.text,
                                        decision: decisions[id]?.decision.rawValue ?? "undecided"))
            }
            guard point == nil else { return }
            let undecided = (first..<candidates.count).filter { candidates[$0].decision == "undecided" }
            guard undecided.count > SummaryBuilder.pageLimit else { return }
            let ranked = undecided.map { ($0, QuoteSelection.clarity(candidates[$0].text)) }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            for (index, _) in ranked.dropFirst(SummaryBuilder.pageLimit) { candidates[index].onPage = false }
        }
        var themeOfPoint: [String: String] = [:]
        for heading in builder.themes { for point in heading.points { themeOfPoint[point.id] = heading.id } }
        for heading in builder.themes {
            var comments: [HeardCore.Comment] = [], raised: Set<String> = []
            var made: [String: (people: Set<String>, comments: [HeardCore.Comment])] = [:]
            for response in responses {
                for comment in response.comments where comment.tags.contains(where: { $0.themeID == heading.id }) {
                    comments.append(comment)
                    raised.insert(response.respondentKey)
                    for point in Set(comment.points.filter { themeOfPoint[$0] == heading.id }) {
                        made[point, default: ([], [])].people.insert(response.respondentKey)
                        made[point]!.comments.append(comment)
                    }
                }
            }
            guard raised.count > builder.threshold else { continue }
            let top = heading.points.enumerated().filter { made[$0.element.id] != nil }
                .sorted { (made[$0.element.id]!.people.count, -$0.offset) > (made[$1.element.id]!.people.count, -$1.offset) }
                .prefix(SummaryBuilder.topPoints)
            for (_, point) in top { offer(best(made[point.id]!.comments), theme: heading.id, point: point.id) }
            offer(comments, theme: heading.id, point: nil)
        }
        let other = responses.flatMap(\.comments).filter(\.tags.isEmpty)
        if other.count > builder.threshold { offer(other, theme: nil, point: nil) }
        return candidates
    }

    /// The three clearest distinct texts, clearest first, then by text.
    func best(_ comments: [HeardCore.Comment]) -> [HeardCore.Comment] {
        var seen: Set<String> = []
        var scored: [(comment: HeardCore.Comment, clarity: Double)] = []
        for comment in comments where QuoteSelection.isQuotable(comment) && seen.insert(comment.text).inserted {
            let clarity = QuoteSelection.clarity(comment.text)
            if clarity > 0 { scored.append((comment, clarity)) }
        }
        scored.sort { $0.clarity != $1.clarity ? $0.clarity > $1.clarity : $0.comment.text < $1.comment.text }
        return scored.prefix(3).map(\.comment)
    }
}

extension SeededRandom {
    /// A number from 0 to `bound - 1`.
    mutating func next(upTo bound: Int) -> Int { Int(next() >> 33) % bound }
}

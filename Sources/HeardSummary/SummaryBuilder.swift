import Dispatch
import HeardCore
import Synchronization

/// Summarise stage: responses + actions -> one `SummaryDocument` per survey series and wave.
public struct SummaryBuilder: Sendable {
    public var frameworkID: String
    public var themes: [SummaryDocument.ThemeHeading]
    public var bank: QuestionBank
    /// Counts from 1 to this are published as "N or fewer" (never below 3).
    public var threshold: Int
    /// How many of a theme's points, most raised first, get quote candidates and are shown in full.
    public static let topPoints = 5
    /// How many undecided comments per theme (and among "other things") the review page shows besides each
    /// point's best ones, clearest first: a page of thousands of quotes is one nobody can review. The rest are
    /// in the review CSV and `heard review list`.
    public static let pageLimit = 20
    /// The last word on whether a comment's (redacted) text may be offered as a quote at all: the pipeline
    /// asks the final privacy scan, so a comment in which it would see an identifier the redactor missed is
    /// kept off the review page and out of every summary's quotes (it still counts in every figure), instead
    /// of stopping the whole file that would have held it.
    public var mayQuote: @Sendable (String) -> Bool
    /// Asked besides `mayQuote` of a comment the Children in Care Council approved as it stands, which the
    /// Markdown summary prints (escaped, as a block quote): the pipeline asks the final scan of those lines. A
    /// comment it refuses is kept back as one `mayQuote` refuses is.
    public var mayQuoteApproved: @Sendable (String) -> Bool

    public init(frameworkID: String, themes: [SummaryDocument.ThemeHeading], bank: QuestionBank = .standard,
                threshold: Int = 5, mayQuote: @escaping @Sendable (String) -> Bool = { _ in true },
                mayQuoteApproved: @escaping @Sendable (String) -> Bool = { _ in true }) {
        self.frameworkID = frameworkID
        self.themes = themes
        self.bank = bank
        self.threshold = max(3, threshold)
        self.mayQuote = mayQuote
        self.mayQuoteApproved = mayQuoteApproved
    }

    /// Whether `comment` can be offered as a quote at all, before `mayQuote` is asked: no safeguarding concern,
    /// 3 to 40 words (`QuoteSelection.isQuotable`, for callers outside this module).
    public static func isQuotable(_ comment: Comment) -> Bool { QuoteSelection.isQuotable(comment) }

    /// One document per (series, wave), sorted by series then wave, each with its trend against the wave before.
    /// `decisions` are the Children in Care Council's review decisions (reworded text already redacted);
    /// `questions` the closed questions each export asked (by export path), so every answer label is listed.
    public func build(responses: [Response], actions: [Action], decisions: [ReviewDecision] = [],
                      questions: [String: [AskedQuestion]] = [:], council: String = "") -> [SummaryDocument] {
        var grouping: [SurveySeries: [Wave: [Response]]] = [:]
        for response in responses { grouping[response.series, default: [:]][response.wave, default: []].append(response) }
        let groups = grouping
        let byID = Dictionary(decisions.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        let keys = groups.keys.sorted().flatMap { series in groups[series]!.keys.sorted().map { (series, $0) } }
        // Documents are independent until trends are added, so every core builds some.
        let built = Mutex<[SummaryDocument?]>(Array(repeating: nil, count: keys.count))
        DispatchQueue.concurrentPerform(iterations: keys.count) { index in
            let (series, wave) = keys[index]
            var made = document(series: series, wave: wave, responses: groups[series]![wave]!, actions: actions,
                                decisions: byID, questions: questions)
            made.council = council
            built.withLock { $0[index] = made }
        }
        var documents = built.withLock { $0.compactMap { $0 } }
        for index in documents.indices.dropFirst() where documents[index - 1].series == documents[index].series {
            documents[index].previous = documents[index - 1].wave
            documents[index].trend = Self.trend(from: documents[index - 1], to: documents[index])
        }
        return documents
    }

    func document(series: SurveySeries, wave: Wave, responses: [Response], actions: [Action],
                  decisions: [String: ReviewDecision] = [:], questions: [String: [AskedQuestion]] = [:]) -> SummaryDocument {
        let count = { (value: Int) in PublishedCount(value, threshold: threshold) }
        var asked: [String: AskedQuestion] = [:]
        for path in Set(responses.map(\.exportPath)).sorted() {
            for question in questions[path] ?? [] { asked[question.id] = asked[question.id]?.merged(with: question) ?? question }
        }
        // The closed questions' tables and the comments read once under their themes and points are independent
        // passes: made side by side on every core (a single wave's document is otherwise built on one core).
        let results = QuestionResults(bank: bank, threshold: threshold), answered = asked, headings = themes
        let counted = Mutex<[SummaryDocument.Indicator]>([])
        let read = Mutex<WaveComments?>(nil)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                let made = WaveComments(responses, themes: headings)
                read.withLock { $0 = made }
            } else {
                let made = results.indicators(responses, asked: answered)
                counted.withLock { $0 = made }
            }
        }
        let indicators = counted.withLock { $0 }
        let said = read.withLock { $0! }
        let respondents = count(said.respondents)
        var quotes = QuoteReview(said, series: series, wave: wave, offering: offering(said), decisions: decisions, builder: self)
        var sections: [SummaryDocument.ThemeSection] = []
        for heading in themes {
            let comments = said.comments(ofTheme: heading.id)
            let raisedCount = said.raised(heading.id)
            let respondentCount = count(raisedCount)
            var points = pointCounts(heading, in: said)
            // Quotes only from themes raised by more than the threshold of different young people: first the
            // comments that say each top point best (one approved quote is shown under its point), then the rest.
            var picked: [String] = []
            if raisedCount > threshold {
                var approved: [String] = []
                for index in points.indices.prefix(Self.topPoints) {
                    let best = quotes.bestSaying(said.tally(point: points[index].heading.id, theme: heading.id)?.comments ?? [])
                    let forPoint = quotes.review(best, theme: heading.id, point: points[index].heading.id)
                    points[index].quote = forPoint.first
                    approved += forPoint.dropFirst()
                }
                let shown = Set(points.compactMap(\.quote))
                picked = QuoteSelection.pick((approved + quotes.review(comments, theme: heading.id)).filter { !shown.contains($0) })
            }
            let polarities = comments.map { said.polarity[$0] }
            sections.append(SummaryDocument.ThemeSection(
                heading: heading, respondents: respondentCount,
                respondentsPercent: respondentCount.percent(of: respondents), comments: count(comments.count),
                praise: count(polarities.filter { $0 == .positive }.count),
                problems: count(polarities.filter { $0 == .negative }.count),
                requests: count(polarities.filter { $0 == .request }.count),
                points: points, otherThings: count(said.otherThings(heading.id)),
                indicators: indicators.filter { $0.themes.contains(heading.id) }.map(\.question),
                actions: actions.filter { $0.themeID == heading.id && ($0.wave.isEmpty || $0.wave == wave.label) },
                quotes: picked))
        }
        let other = said.other.count
        let otherQuotes = other > threshold ? QuoteSelection.pick(quotes.review(said.other, theme: nil)) : []
        var bands: [AgeBand: Int] = [:]
        for response in responses { if let band = response.ageBand { bands[band, default: 0] += 1 } }
        let bandOrder = bands.keys.sorted()
        let bandCounts = DisclosureControl.protect(bandOrder.map { bands[$0]! }, threshold: threshold,
                                                   totalPublished: !respondents.isSuppressed)
        return SummaryDocument(
            series: series, wave: wave, cohorts: Set(responses.map(\.cohort)).sorted(), respondents: respondents,
            ageBands: zip(bandOrder, bandCounts).map { .init(label: $0.label, count: $1) },
            framework: frameworkID, themes: sections,
            notActedOn: sections.filter { $0.comments.value != 0 && $0.actions.isEmpty }.map(\.heading),
            otherComments: count(other), indicators: indicators, threshold: threshold, previous: nil, trend: [],
            otherQuotes: otherQuotes, candidates: quotes.candidates, council: "")
    }

    /// The comments whose texts will be reviewed for quotes: every comment of each theme raised by more than the
    /// threshold of young people, and the comments that fit no theme when there are more than the threshold.
    func offering(_ said: WaveComments) -> [[Int]] {
        themes.filter { said.raised($0.id) > threshold }.map { said.comments(ofTheme: $0.id) }
            + (said.other.count > threshold ? [said.other] : [])
    }

    /// Keeps on the review page every decided candidate of a group (the candidates from `first` on) and its
    /// `pageLimit` clearest undecided ones. `clarity` gives a candidate's clarity (`QuoteSelection.clarity`) by
    /// its index.
    static func boundPage(_ candidates: inout [SummaryDocument.Candidate], from first: Int, clarity: (Int) -> Double) {
        let undecided = (first..<candidates.count).filter { candidates[$0].decision == "undecided" }
        guard undecided.count > pageLimit else { return }
        let ranked = undecided.map { ($0, clarity($0)) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        for (index, _) in ranked.dropFirst(pageLimit) { candidates[index].onPage = false }
    }

    /// Changes in the share raising each theme and in each headline result, tested against the noise.
    static func trend(from previous: SummaryDocument, to current: SummaryDocument) -> [SummaryDocument.Trend] {
        var trends: [SummaryDocument.Trend] = []
        func add(_ subject: String, _ title: String, _ before: (Int?, Int?), _ now: (Int?, Int?)) {
            guard let beforeCount = before.0, let beforeBase = before.1, let nowCount = now.0, let nowBase = now.1,
                  beforeBase >= 10, nowBase >= 10 else { return }
            let result = TrendTest.compare(previous: (beforeCount, beforeBase), current: (nowCount, nowBase))
            trends.append(.init(subject: subject, title: title,
                                previousPercent: Int((Double(beforeCount) * 100 / Double(beforeBase)).rounded()),
                                currentPercent: Int((Double(nowCount) * 100 / Double(nowBase)).rounded()),
                                direction: result.direction, isSignificant: result.significant))
        }
        for section in current.themes {
            guard let earlier = previous.themes.first(where: { $0.heading.id == section.heading.id }) else { continue }
            add(section.heading.id, section.heading.title, (earlier.respondents.value, previous.respondents.value),
                (section.respondents.value, current.respondents.value))
        }
        for indicator in current.indicators {
            guard let earlier = previous.indicators.first(where: { $0.question == indicator.question }) else { continue }
            add(indicator.question, indicator.headline, (earlier.positive?.value, earlier.base.value),
                (indicator.positive?.value, indicator.base.value))
        }
        return trends
    }
}

import HeardCore

/// A wave's quote candidates for the Children in Care Council's review, gathered group by group (each top
/// point's best comments, each theme's comments, the comments that fit no theme) from its `WaveComments`.
///
/// Whether a text may be offered, and its id, depend on the text alone: each text of the groups to be reviewed
/// is measured (words, clarity) and asked of `SummaryBuilder.mayQuote` once, on every core, before any group
/// is reviewed. A comment is offered when it went to no safeguarding list, its text has 3 to 40 words, the
/// final scan passes it and, if it was approved, its Markdown lines too; a text is a candidate once, under the
/// first group that offers it.
struct QuoteReview {
    private let said: WaveComments
    private let decisions: [String: ReviewDecision]
    private let builder: SummaryBuilder
    /// Per text: whether its length may be quoted, its clarity (0 where it may not), and its candidate id
    /// where it may be offered.
    private let quotable: [Bool]
    private let clarity: [Double]
    private var offer: [(id: String, number: UInt64)?]
    /// Per text: whether it was taken as a candidate (or its id was one already).
    private var taken: [Bool]
    private var ids: Set<UInt64> = []
    private(set) var candidates: [SummaryDocument.Candidate] = []
    /// The text of each candidate, by number.
    private var candidateTexts: [Int] = []

    init(_ said: WaveComments, series: SurveySeries, wave: Wave, offering groups: [[Int]],
         decisions: [String: ReviewDecision], builder: SummaryBuilder) {
        self.said = said
        self.decisions = decisions
        self.builder = builder
        let measured = ParallelMap.map(said.texts) { text -> (Bool, Double) in
            let words = QuoteSelection.wordCount(text)
            let quotable = QuoteSelection.hasQuotableLength(words)
            return (quotable, quotable ? QuoteSelection.clarity(text, words: words) : 0)
        }
        quotable = measured.map(\.0)
        clarity = measured.map(\.1)
        var asking = Array(repeating: false, count: said.texts.count)
        for group in groups {
            for comment in group where !said.hasConcern[comment] && quotable[said.text[comment]] {
                asking[said.text[comment]] = true
            }
        }
        let asked = asking.indices.filter { asking[$0] }
        let texts = said.texts
        let answers = ParallelMap.map(asked) { number -> (id: String, number: UInt64)? in
            let text = texts[number]
            guard builder.mayQuote(text) else { return nil }
            let hash = QuoteSelection.idNumber(series: series, wave: wave, text: text)
            let id = QuoteSelection.id(hash)
            if decisions[id]?.decision == .approve, !builder.mayQuoteApproved(text) { return nil }
            return (id, hash)
        }
        offer = Array(repeating: nil, count: said.texts.count)
        for (number, id) in zip(asked, answers) { offer[number] = id }
        taken = Array(repeating: false, count: said.texts.count)
    }

    /// Makes candidates of a group of comments (the ones that say `point` best, if given; `offering` must have
    /// held them) and returns the approved quotes among them, not yet picked. A group that is not a point's
    /// is bounded on the review page (`SummaryBuilder.boundPage`).
    mutating func review(_ comments: [Int], theme: String?, point: String? = nil) -> [String] {
        let first = candidates.count
        var approved: [String] = []
        for comment in comments {
            let number = said.text[comment]
            guard !said.hasConcern[comment], !taken[number], case let (id, hash)? = offer[number] else { continue }
            taken[number] = true
            guard ids.insert(hash).inserted else { continue }
            let text = said.texts[number], decision = decisions[id]
            candidates.append(.init(id: id, themeID: theme, pointID: point, text: text,
                                    decision: decision?.decision.rawValue ?? "undecided"))
            candidateTexts.append(number)
            switch decision?.decision {
            case .approve?: approved.append(text)
            case .reword?:
                // New wording is printed as a quote: the privacy check asks about it as about any comment.
                if let wording = decision?.wording, !wording.isEmpty, builder.mayQuote(wording),
                   builder.mayQuoteApproved(wording) {
                    approved.append(wording)
                }
            default: break
            }
        }
        if point == nil {
            let clarity = clarity, texts = candidateTexts
            SummaryBuilder.boundPage(&candidates, from: first) { clarity[texts[$0]] }
        }
        return approved
    }

    /// The comments that say a point best: quotable, short and clear, few placeholders; distinct texts, best
    /// first (clearest, then by text), at most `limit`; of a text said more than once, its first comment. One
    /// pass keeps the best `limit` distinct texts, in order (no set of every text, no sort of them all).
    func bestSaying(_ comments: [Int], limit: Int = 3) -> [Int] {
        typealias Scored = (comment: Int, text: Int, clarity: Double)
        func better(_ a: Scored, than b: Scored) -> Bool {
            a.clarity != b.clarity ? a.clarity > b.clarity : said.texts[a.text] < said.texts[b.text]
        }
        var best: [Scored] = []
        for comment in comments {
            let number = said.text[comment]
            guard !said.hasConcern[comment], quotable[number], clarity[number] > 0 else { continue }
            let scored = (comment: comment, text: number, clarity: clarity[number])
            // A text already kept keeps its first comment; a text once pushed out can never come back (every
            // text kept since is better).
            if best.count == limit, let last = best.last, !better(scored, than: last) { continue }
            guard !best.contains(where: { $0.text == number }) else { continue }
            let at = best.firstIndex { better(scored, than: $0) } ?? best.count
            best.insert(scored, at: at)
            if best.count > limit { best.removeLast() }
        }
        return best.map(\.comment)
    }
}

import Foundation
import HeardCore

/// `Output/summary.json`: every wave's numbers for other tools, suppressed counts as `null`. Quotes appear only
/// when approved; candidates for review never do.
public struct SummaryJSONRenderer: Sendable {
    public init() {}

    struct File: Encodable {
        var waves: [Wave]
    }

    struct Wave: Encodable {
        var series: String
        var seriesTitle: String
        var wave: String
        var cohort: String
        var respondents: PublishedCount
        var previous: String?
        var trend: [SummaryDocument.Trend]
        var themes: [Theme]
        var otherComments: PublishedCount
        var indicators: [Indicator]
        var actions: [Action]
    }

    struct Theme: Encodable {
        var id: String
        var title: String
        var respondents: PublishedCount
        var comments: PublishedCount
        var praise: PublishedCount
        var problems: PublishedCount
        var requests: PublishedCount
        var points: [Point]
        var otherThings: PublishedCount
        var quotes: [String]
        var actions: [Action]
    }

    /// One point under a theme: `respondents` never exceeds its theme's; each count is `null` when suppressed.
    struct Point: Encodable {
        var id: String
        var label: String
        var respondents: PublishedCount
        var praise: PublishedCount
        var problems: PublishedCount
        var requests: PublishedCount
        var quote: String?

        init(_ point: SummaryDocument.PointCount) {
            id = point.heading.id
            label = point.heading.label
            respondents = point.respondents
            praise = point.praise
            problems = point.problems
            requests = point.requests
            quote = point.quote
        }
    }

    struct Indicator: Encodable {
        var question: String
        var text: String
        var bankText: String?
        var format: String
        var base: PublishedCount
        var baseGroup: String?
        var positive: PublishedCount?
        var positivePercent: Int?
        var answers: [SummaryDocument.Indicator.AnswerCount]
        var note: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(question, forKey: .question)
            try container.encode(text, forKey: .text)
            try container.encodeIfPresent(bankText, forKey: .bankText)
            try container.encode(format, forKey: .format)
            try container.encode(base, forKey: .base)
            try container.encodeIfPresent(baseGroup, forKey: .baseGroup)
            // `positive` is always present: null when suppressed or when the question has no headline.
            try container.encode(positive?.value, forKey: .positive)
            try container.encodeIfPresent(positivePercent, forKey: .positivePercent)
            try container.encode(answers, forKey: .answers)
            try container.encodeIfPresent(note, forKey: .note)
        }

        enum Keys: String, CodingKey {
            case question, text, bankText, format, base, baseGroup, positive, positivePercent, answers, note
        }
    }

    public func render(_ documents: [SummaryDocument]) -> OutputFile {
        let waves = documents.map { document in
            Wave(series: document.series.id, seriesTitle: document.series.title, wave: document.wave.label,
                 cohort: document.cohortLabel, respondents: document.respondents, previous: document.previous?.label,
                 trend: document.trend,
                 themes: document.themes.map {
                     Theme(id: $0.heading.id, title: $0.heading.title, respondents: $0.respondents, comments: $0.comments,
                           praise: $0.praise, problems: $0.problems, requests: $0.requests,
                           points: $0.points.map(Point.init), otherThings: $0.otherThings, quotes: $0.quotes,
                           actions: $0.actions)
                 },
                 otherComments: document.otherComments,
                 indicators: document.indicators.map {
                     Indicator(question: $0.question, text: $0.text, bankText: $0.bankText, format: $0.format,
                               base: $0.base, baseGroup: $0.baseGroup, positive: $0.positive,
                               positivePercent: $0.positivePercent, answers: $0.answers, note: $0.note)
                 },
                 actions: document.themes.flatMap(\.actions))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(File(waves: waves))) ?? Data("{}".utf8)
        return OutputFile(path: "summary.json", contents: Array(data) + [10])
    }
}

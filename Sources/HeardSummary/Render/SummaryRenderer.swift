import HeardCore

/// The Render seam: a summary document -> one or more output files.
public protocol SummaryRenderer: Sendable {
    func render(_ document: SummaryDocument) -> [OutputFile]
}

/// Shared wording, so that Markdown and HTML say the same things.
enum Wording {
    static func tookPart(_ document: SummaryDocument) -> String {
        let who = document.cohorts.map { $0.title.lowercased() }.joined(separator: " and ")
        let count = document.respondents
        let noun = count.value == 1 ? "young person" : "young people"
        return "\(count.text) \(noun) (\(who)) took part in the \(document.series.title.lowercased()), \(document.wave.label)."
    }

    static func youSaid(_ section: SummaryDocument.ThemeSection) -> String {
        var text = "\(section.respondents.text) of you talked about this"
        if let percent = section.respondentsPercent { text += " (\(percent)% of everyone who took part)" }
        text += ". Things you liked: \(section.praise.text). Problems: \(section.problems.text). "
        text += "Things you asked for: \(section.requests.text)."
        return text
    }

    /// One sentence for a question's result (the bank's headline when it has one, else who answered), and the
    /// question's note when it has one ("Ages are shown in bands ...").
    static func result(_ indicator: SummaryDocument.Indicator) -> String {
        let sentence = headline(indicator)
        return indicator.note.map { "\(sentence) \($0)" } ?? sentence
    }

    private static func headline(_ indicator: SummaryDocument.Indicator) -> String {
        let group = indicator.baseGroup ?? "who answered"
        if let positive = indicator.positive {
            if let percent = indicator.positivePercent {
                return "\(percent)% \(indicator.headline) (\(positive.text) of \(indicator.base.text) \(group))."
            }
            if let count = positive.value, let base = indicator.base.value {
                return "\(count) of \(base) \(group) \(indicator.headline)."
            }
            if !indicator.base.isSuppressed {
                return "\(indicator.text) Some answers are hidden so that nobody can be picked out."
            }
        }
        if indicator.base.isSuppressed {
            return "\(indicator.base.text) young people answered: too few to show a percentage."
        }
        var text = "\(indicator.base.text) \(indicator.base.value == 1 ? "young person" : "young people") answered"
        if indicator.baseGroup != nil { text += ", not counting those it does not apply to" }
        if indicator.format == AskedQuestion.Format.multiple.rawValue {
            text += "; each could choose more than one answer, so the numbers add up to more"
        }
        return text + "."
    }

    /// An answer's share of the base for a table: "25%", "not counted" for an answer outside the base, or ""
    /// when it may not be shown.
    static func share(_ answer: SummaryDocument.Indicator.AnswerCount) -> String {
        guard answer.isInBase else { return "not counted" }
        return answer.percent.map { "\($0)%" } ?? ""
    }

    static let trendIntro = "A change is marked up or down only when it is bigger than the chance differences "
        + "expected between two groups of this size (a two-proportion test at the 95% level); smaller changes are "
        + "shown as no clear change. Groups of fewer than 10 are not compared."

    static func suppressionNote(_ document: SummaryDocument) -> String {
        "Numbers from 1 to \(document.threshold) are shown as \"\(document.threshold) or fewer\", and sometimes "
            + "another number is hidden too, so that nobody can be picked out. Quotes are shown only when the "
            + "Children in Care Council has agreed them, and names and other details are taken out first."
    }

    static func status(_ status: Action.Status) -> String {
        switch status {
        case .done: "Done"
        case .inProgress: "In progress"
        case .planned: "Planned"
        }
    }
}

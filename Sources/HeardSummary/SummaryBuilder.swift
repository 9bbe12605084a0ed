import HeardCore

/// Summarise stage: responses + actions -> one `SummaryDocument` per survey series and wave.
public struct SummaryBuilder: Sendable {
    public var frameworkID: String
    public var themes: [SummaryDocument.ThemeHeading]
    public var bank: QuestionBank
    /// Counts from 1 to this are published as "N or fewer" (never below 3).
    public var threshold: Int

    public init(frameworkID: String, themes: [SummaryDocument.ThemeHeading], bank: QuestionBank = .standard,
                threshold: Int = 5) {
        self.frameworkID = frameworkID
        self.themes = themes
        self.bank = bank
        self.threshold = max(3, threshold)
    }

    /// One document per (series, wave), sorted by series then wave.
    public func build(responses: [Response], actions: [Action]) -> [SummaryDocument] {
        var groups: [SurveySeries: [Wave: [Response]]] = [:]
        for response in responses { groups[response.series, default: [:]][response.wave, default: []].append(response) }
        return groups.keys.sorted().flatMap { series in
            groups[series]!.keys.sorted().map { wave in
                document(series: series, wave: wave, responses: groups[series]![wave]!, actions: actions)
            }
        }
    }

    func document(series: SurveySeries, wave: Wave, responses: [Response], actions: [Action]) -> SummaryDocument {
        let count = { (value: Int) in PublishedCount(value, threshold: threshold) }
        let respondents = count(Set(responses.map(\.respondentKey)).count)
        let indicators = indicatorResults(responses)
        var sections: [SummaryDocument.ThemeSection] = []
        for heading in themes {
            let raised = responses.filter { $0.comments.contains { $0.tags.contains { $0.themeID == heading.id } } }
            let comments = responses.flatMap(\.comments).filter { $0.tags.contains { $0.themeID == heading.id } }
            let respondentCount = count(Set(raised.map(\.respondentKey)).count)
            sections.append(SummaryDocument.ThemeSection(
                heading: heading, respondents: respondentCount,
                respondentsPercent: respondentCount.percent(of: respondents), comments: count(comments.count),
                praise: count(comments.filter { $0.polarity == .positive }.count),
                problems: count(comments.filter { $0.polarity == .negative }.count),
                requests: count(comments.filter { $0.polarity == .request }.count),
                mainPoints: mainPoints(comments, theme: heading.id),
                indicators: indicators.filter { $0.themes.contains(heading.id) }.map(\.question),
                actions: actions.filter { $0.themeID == heading.id && ($0.wave.isEmpty || $0.wave == wave.label) }))
        }
        let other = responses.flatMap(\.comments).filter(\.tags.isEmpty).count
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
            otherComments: count(other), indicators: indicators, threshold: threshold)
    }

    private func indicatorResults(_ responses: [Response]) -> [SummaryDocument.Indicator] {
        var asked: [String] = []
        var counts: [String: [String: Int]] = [:]
        for response in responses {
            for answer in response.answers {
                if counts[answer.questionID] == nil {
                    asked.append(answer.questionID)
                    counts[answer.questionID] = [:]
                }
                if let label = answer.label { counts[answer.questionID]![label, default: 0] += 1 }
            }
        }
        return asked.compactMap { id -> SummaryDocument.Indicator? in
            guard let question = bank[id], let scale = question.scale, let byLabel = counts[id] else { return nil }
            let base = PublishedCount(byLabel.values.reduce(0, +), threshold: threshold)
            let labels = Self.labels(for: question, scale: scale, seen: Set(byLabel.keys))
            let answers = DisclosureControl.protect(labels.map { byLabel[$0] ?? 0 }, threshold: threshold,
                                                    totalPublished: !base.isSuppressed)
            // The headline count is shown only when neither it nor the rest could single anyone out.
            let positiveLabels = Set(labels.indices.filter { question.isPositive(labels[$0]) })
            let positiveTotal = positiveLabels.map { byLabel[labels[$0]] ?? 0 }.reduce(0, +)
            var positive = PublishedCount(positiveTotal, threshold: threshold)
            let hiddenInPart = positiveLabels.filter { answers[$0].isSuppressed }.count
            let hiddenInRest = labels.indices.filter { !positiveLabels.contains($0) && answers[$0].isSuppressed }.count
            if !DisclosureControl.partMayBeShown(part: positiveTotal, total: byLabel.values.reduce(0, +), threshold: threshold,
                                                 hiddenInPart: hiddenInPart, hiddenInRest: hiddenInRest) {
                positive = .hidden(threshold: threshold)
            }
            return SummaryDocument.Indicator(
                question: id, text: question.text, headline: question.headline, base: base,
                answers: zip(labels, answers).map { .init(label: $0, count: $1) },
                positive: positive, positivePercent: positive.percent(of: base), themes: question.themes)
        }
    }

    /// The answer labels to list: the scale that holds most of the answers given (surveys use different ones).
    static func labels(for question: Question, scale: AnswerScale, seen: Set<String>) -> [String] {
        let scales = [scale] + AnswerScale.all.filter { $0.id != scale.id }
        let best = scales.max { a, b in
            seen.intersection(a.options.map(\.label)).count < seen.intersection(b.options.map(\.label)).count
        } ?? scale
        let listed = best.options.map(\.label)
        return listed + seen.subtracting(listed).sorted()
    }

    /// The evidence phrases most often behind a theme, most common first (at most five).
    private func mainPoints(_ comments: [Comment], theme: String) -> [String] {
        var frequency: [String: Int] = [:]
        // A comment with a safeguarding concern never lends its words to a summary.
        for comment in comments where !comment.hasConcern {
            for tag in comment.tags where tag.themeID == theme {
                for word in Set(tag.evidence.map { $0.lowercased() }) { frequency[word, default: 0] += 1 }
            }
        }
        return frequency.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(5).map(\.key)
    }
}

import HeardCore

/// Every closed question's published table for one wave: each answer label young people gave, banked or not,
/// with its true count (suppressed as everywhere), its share of the base, and the bank's headline where the
/// answers are on the bank's scale. Answers that mean "does not apply" or "prefer not to say" are rows of their
/// own, outside the base, and the base says who it is ("of 65 who have a social worker").
struct QuestionResults {
    let bank: QuestionBank
    let threshold: Int

    /// The tables, in the order the questions were first answered. `asked`: each question as its exports asked it.
    func indicators(_ responses: [Response], asked: [String: AskedQuestion]) -> [SummaryDocument.Indicator] {
        var tallies: [Tally] = []
        var position: [String: Int] = [:]
        var given: [(question: Int, label: Int)] = []
        for response in responses {
            given.removeAll(keepingCapacity: true)
            for answer in response.answers {
                let question = position[answer.questionID] ?? {
                    tallies.append(Tally(asked: asked[answer.questionID]))
                    position[answer.questionID] = tallies.count - 1
                    return tallies.count - 1
                }()
                guard let label = answer.label else { continue }
                let index = tallies[question].index(of: label)
                // One young person counts once per answer, however many columns gave it.
                if !given.contains(where: { $0 == (question, index) }) { given.append((question, index)) }
            }
            var inBase: [Int] = []
            for (question, label) in given {
                tallies[question].counts[label] += 1
                if tallies[question].isInBase[label], !inBase.contains(question) { inBase.append(question) }
            }
            for question in inBase { tallies[question].base += 1 }
        }
        return position.sorted { $0.value < $1.value }.compactMap { id, index in
            let tally = tallies[index]
            let question = definition(id, labels: tally.labels, asked: asked[id])
            guard !tally.labels.isEmpty || !question.options.isEmpty else { return nil }
            let counts = Dictionary(zip(tally.labels, tally.counts), uniquingKeysWith: +)
            return indicator(question, counts: counts, base: tally.base)
        }
    }

    /// One question's counts as the responses are read: labels by first appearance.
    private struct Tally {
        var asked: AskedQuestion?
        var labels: [String] = []
        var counts: [Int] = []
        var isInBase: [Bool] = []
        var base = 0
        private var indices: [String: Int] = [:]

        init(asked: AskedQuestion?) { self.asked = asked }

        mutating func index(of label: String) -> Int {
            if let known = indices[label] { return known }
            labels.append(label)
            counts.append(0)
            isInBase.append(asked?.option(label)?.kind.isInBase ?? true)
            indices[label] = labels.count - 1
            return labels.count - 1
        }
    }

    /// The question as asked, with every label seen (labels not in its definition added as they came).
    private func definition(_ id: String, labels: [String], asked: AskedQuestion?) -> AskedQuestion {
        let banked = bank[id]
        var question = asked ?? AskedQuestion(id: id, wording: banked?.text ?? Self.wording(fromID: id),
                                              format: .single, options: [])
        // Answers stored before questions were kept: the bank's labels in the scale's order, then the others.
        let scaleOrder = Dictionary((banked?.scale?.options ?? []).enumerated().map { ($1.label, $0) },
                                    uniquingKeysWith: { a, _ in a })
        let missing = labels.filter { question.option($0) == nil }
        let ordered = missing.filter { scaleOrder[$0] != nil }.sorted { scaleOrder[$0]! < scaleOrder[$1]! }
            + missing.filter { scaleOrder[$0] == nil }
        for label in ordered {
            let onScale = banked?.scale?.options.contains { $0.label == label } == true
            question.options.append(.init(label: label, kind: onScale ? .bank : .own, isPositive: banked?.direction(of: label)))
        }
        return question
    }

    private func indicator(_ question: AskedQuestion, counts: [String: Int], base: Int) -> SummaryDocument.Indicator {
        let banked = bank[question.id]
        let options = question.options
        let values = options.map { counts[$0.label] ?? 0 }
        let basePublished = PublishedCount(base, threshold: threshold)
        let published = question.format == .multiple
            ? values.map { PublishedCount($0, threshold: threshold) }
            : DisclosureControl.protect(values, threshold: threshold, totalPublished: !basePublished.isSuppressed)
        let rows = options.indices.map { index in
            SummaryDocument.Indicator.AnswerCount(
                label: options[index].label, count: published[index],
                percent: options[index].kind.isInBase ? published[index].percent(of: basePublished) : nil,
                kind: options[index].kind.rawValue, written: options[index].written.isEmpty ? nil : options[index].written)
        }
        let positive = banked == nil ? nil : headlineCount(options, values: values, published: published, base: base,
                                                             format: question.format)
        let outside = options.indices.filter { options[$0].kind == .doesNotApply && values[$0] > 0 }
        return SummaryDocument.Indicator(
            question: question.id, text: question.wording,
            bankText: banked.flatMap { $0.text == question.wording ? nil : $0.text }, headline: banked?.headline ?? "",
            format: question.format.rawValue, base: basePublished,
            baseGroup: outside.isEmpty ? nil : (banked?.appliesTo ?? "it applies to"), answers: rows,
            positive: positive, positivePercent: positive?.percent(of: basePublished), themes: banked?.themes ?? [],
            note: question.note)
    }

    /// The headline count ("trust their social worker"): only when one answer each and nearly every answer in
    /// the base is on the bank's scale (else a share of it would be a false statistic), and only when neither
    /// it nor the rest could single anyone out.
    private func headlineCount(_ options: [AskedQuestion.Option], values: [Int], published: [PublishedCount], base: Int,
                               format: AskedQuestion.Format) -> PublishedCount? {
        guard format != .multiple, base > 0 else { return nil }
        let inBase = options.indices.filter { options[$0].kind.isInBase }
        let known = inBase.filter { options[$0].isPositive != nil }.map { values[$0] }.reduce(0, +)
        guard Double(known) >= 0.8 * Double(base) else { return nil }
        let positive = Set(inBase.filter { options[$0].isPositive == true })
        let part = positive.map { values[$0] }.reduce(0, +)
        let hiddenInPart = positive.filter { published[$0].isSuppressed }.count
        let hiddenInRest = inBase.filter { !positive.contains($0) && published[$0].isSuppressed }.count
        guard DisclosureControl.partMayBeShown(part: part, total: base, threshold: threshold,
                                               hiddenInPart: hiddenInPart, hiddenInRest: hiddenInRest) else {
            return .hidden(threshold: threshold)
        }
        return PublishedCount(part, threshold: threshold)
    }

    /// "custom:how-often-do-you-see-your-iro" -> "How often do you see your iro", for answers stored before
    /// questions' wordings were kept.
    static func wording(fromID id: String) -> String {
        let words = id.replacingOccurrences(of: "custom:", with: "").split(separator: "-").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

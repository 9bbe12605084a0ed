import HeardCore

/// Builds each closed question's published table from its columns' tallies: every label young people gave,
/// with its count, what it was published as, and the first rows that gave it, in the order to list them.
struct QuestionCatalogue {
    /// One published label of one question, with the export's evidence for it.
    struct Row: Sendable, Hashable {
        var option: AskedQuestion.Option
        var count: Int
        var firstRows: [Int]
        /// The bank label an own label leans towards, for its place in the list.
        var near: String?
        /// Answers counted here because a young person typed words in the tool's "Other" box, and where.
        var typed = 0
        var typedRows: [Int] = []
    }

    /// One question: how it is published and the rows behind it.
    struct Entry: Sendable {
        var question: AskedQuestion
        var rows: [Row]
        /// The columns it was read from (0-based), in order.
        var columns: [Int]
    }

    static func build(_ columns: [QuestionColumn], bank: QuestionBank) -> [Entry] {
        var order: [String] = []
        var grouped: [String: [QuestionColumn]] = [:]
        for column in columns {
            if grouped[column.questionID] == nil { order.append(column.questionID) }
            grouped[column.questionID, default: []].append(column)
        }
        var entries = order.map { id in entry(grouped[id]!, bank: bank) }
        let scales = order.map { grouped[$0]![0].reading.scale }
        // The rows of one grid list their answers in one order: most given across the grid first.
        var grids: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() where entry.question.format == .gridRow {
            if let parts = HeaderParts.parse(entry.question.wording) { grids[parts.question, default: []].append(index) }
        }
        for members in grids.values where members.count > 1 {
            var combined: [String: Int] = [:]
            for index in members { for row in entries[index].rows { combined[row.option.label, default: 0] += row.count } }
            let order = combined.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
            let weights = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, order.count - $0) })
            for index in members {
                let rows = ListingOrder.sort(entries[index].rows, format: .gridRow, scale: scales[index], weights: weights)
                entries[index].rows = rows
                entries[index].question.options = rows.map(\.option)
            }
        }
        return entries
    }

    private static func entry(_ columns: [QuestionColumn], bank: QuestionBank) -> Entry {
        var rows: [Row] = []
        var position: [String: Int] = [:]
        for column in columns {
            for entry in column.entries {
                for (reading, written) in zip(entry.readings, entry.written) {
                    let index = position[reading.label] ?? {
                        rows.append(Row(option: .init(label: reading.label, kind: reading.kind,
                                                      isPositive: reading.isPositive), count: 0, firstRows: [],
                                        near: reading.near))
                        position[reading.label] = rows.count - 1
                        return rows.count - 1
                    }()
                    rows[index].count += entry.rows
                    rows[index].firstRows = Array((rows[index].firstRows + entry.firstRows).sorted().prefix(RowTally.shownRows))
                    if let written, !rows[index].option.written.contains(written) { rows[index].option.written.append(written) }
                    if !entry.typedWords.isEmpty, reading.label == TypedOthers.label {
                        rows[index].typed += entry.rows
                        rows[index].typedRows = Array((rows[index].typedRows + entry.firstRows).sorted().prefix(RowTally.shownRows))
                    }
                }
            }
        }
        let first = columns[0]
        var ordered = ListingOrder.sort(rows, format: first.format, scale: first.reading.scale)
        var note: String?
        if case .age(let bands) = first.shape {
            ordered = ListingOrder.byAge(rows)
            note = AgeBandLabels.note(bands)
        } else if first.format == .single, rows.contains(where: { $0.option.kind.isInBase }),
                  rows.allSatisfy({ !$0.option.kind.isInBase || AgeBandLabels.order(of: $0.option.label) != nil }) {
            // A tool's own age ranges ("Under 12", "12-13", "18+"): youngest first.
            ordered = ListingOrder.byAge(rows)
        }
        return Entry(question: AskedQuestion(id: first.questionID, wording: first.wording, format: first.format,
                                             options: ordered.map(\.option), note: note),
                     rows: ordered, columns: columns.map(\.index))
    }
}

/// The order answer rows are listed in: the bank's scale order for its labels (every label of the scale when
/// the export clearly used it), numbers in number order, other labels in the order of a scale they all belong
/// to, else most given first; "does not apply" and "prefer not to say" last.
enum ListingOrder {
    /// `weights`: how often each label was given across a whole grid, to order every row of it alike.
    static func sort(_ rows: [QuestionCatalogue.Row], format: AskedQuestion.Format, scale: AnswerScale?,
                     weights: [String: Int] = [:]) -> [QuestionCatalogue.Row] {
        var inBase = rows.filter { $0.option.kind.isInBase }
        let outside = rows.filter { !$0.option.kind.isInBase }.sorted { $0.count > $1.count }
        let numbers = inBase.compactMap { Int($0.option.label) }
        if !inBase.isEmpty, numbers.count == inBase.count, format != .multiple {
            inBase.sort { Int($0.option.label)! < Int($1.option.label)! }
            var range = numbers.min()!...numbers.max()!
            if scale?.id == AnswerScale.zeroToTen.id { range = min(0, range.lowerBound)...max(10, range.upperBound) }
            if range.count <= 21 {
                for number in range where !numbers.contains(number) {
                    inBase.append(.init(option: .init(label: String(number), kind: inBase[0].option.kind,
                                                      isPositive: inBase[0].option.kind == .bank
                                                          ? scale?.options.first { $0.label == String(number) }?.isPositive : nil),
                                        count: 0, firstRows: []))
                }
                inBase.sort { Int($0.option.label)! < Int($1.option.label)! }
            }
            return inBase + outside
        }
        if let scale, inBase.filter({ $0.option.kind == .bank }).count >= 3 {
            let seen = Set(inBase.map(\.option.label))
            for option in scale.options where !seen.contains(option.label) {
                inBase.append(.init(option: .init(label: option.label, kind: .bank, isPositive: option.isPositive),
                                    count: 0, firstRows: []))
            }
        }
        var ranks = rank(inBase.map(\.option.label), preferring: scale).mapValues(Double.init)
        for row in inBase where ranks[row.option.label] == nil {
            if let near = row.near, let place = rank([near], preferring: scale)[near] { ranks[row.option.label] = Double(place) + 0.5 }
        }
        let firstSeen = Dictionary(uniqueKeysWithValues: inBase.enumerated().map { ($1.option.label, $0) })
        let weight = { (row: QuestionCatalogue.Row) in weights[row.option.label] ?? row.count }
        inBase.sort { a, b in
            switch (ranks[a.option.label], ranks[b.option.label]) {
            case let (x?, y?): return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil):
                if format == .multiple { return firstSeen[a.option.label]! < firstSeen[b.option.label]! }
                return weight(a) != weight(b) ? weight(a) > weight(b) : firstSeen[a.option.label]! < firstSeen[b.option.label]!
            }
        }
        return inBase + outside
    }

    /// Age bands youngest first, then any other answer in the base, then those outside it.
    static func byAge(_ rows: [QuestionCatalogue.Row]) -> [QuestionCatalogue.Row] {
        let inBase = rows.filter { $0.option.kind.isInBase }.enumerated().sorted { a, b in
            (AgeBandLabels.order(of: a.element.option.label) ?? Int.max, a.offset)
                < (AgeBandLabels.order(of: b.element.option.label) ?? Int.max, b.offset)
        }.map(\.element)
        return inBase + rows.filter { !$0.option.kind.isInBase }.sorted { $0.count > $1.count }
    }

    /// Each label's place on the bank's scale, or on the one scale that holds every label.
    private static func rank(_ labels: [String], preferring scale: AnswerScale?) -> [String: Int] {
        func places(in scale: AnswerScale) -> [String: Int] {
            var places: [String: Int] = [:]
            for (index, option) in scale.options.enumerated() {
                places[TextFolding.fold(option.label)] = index
                for synonym in option.synonyms + option.leanings where places[TextFolding.fold(synonym)] == nil {
                    places[TextFolding.fold(synonym)] = index
                }
            }
            return places
        }
        let candidates = [scale].compactMap { $0 } + AnswerScale.all.filter { $0.id != scale?.id }
        for candidate in candidates {
            let known = places(in: candidate)
            let found = labels.compactMap { label in known[TextFolding.fold(label)].map { (label, $0) } }
            if candidate.id == scale?.id, !found.isEmpty || labels.isEmpty {
                return Dictionary(found, uniquingKeysWith: { a, _ in a })
            }
            if found.count == labels.count, !labels.isEmpty { return Dictionary(found, uniquingKeysWith: { a, _ in a }) }
        }
        return [:]
    }
}

import HeardCore

/// What a column's values look like, from a bounded sample spread evenly over its rows (at most `limit` cells,
/// so classifying a 100,000-row export costs no more than a 2,000-row one): the answered cells, how varied,
/// long and label-like they are.
struct ColumnSample {
    static let limit = 2_000

    let header: String
    /// Cells that say something (blanks and survey tools' "skipped" left out), as written.
    let values: [String]
    /// Each distinct answer (folded) and how many sampled cells gave it.
    let counts: [String: Int]
    let averageWords: Double
    /// Average words of the answers that say something as a comment ("nothing", "no", "idk" left out).
    let substantiveWords: Double
    let averageLength: Double
    /// Share of distinct answers that look like a survey option: short, starting with a capital or a digit.
    let labelLikeShare: Double
    /// How many rows the column has in all (the sample may hold fewer).
    let rowCount: Int

    init(header: String, cells: [String], rowCount: Int? = nil) {
        self.header = header
        self.rowCount = rowCount ?? cells.count
        // Each cell is folded once (for the blank test and the counts) and its words counted without a copy of each.
        var values: [String] = [], foldedValues: [String] = []
        values.reserveCapacity(cells.count)
        foldedValues.reserveCapacity(cells.count)
        for cell in cells {
            let folded = TextFolding.fold(cell)
            guard !AnswerMeaning.isBlank(folded) else { continue }
            values.append(cell)
            foldedValues.append(folded)
        }
        self.values = values
        var counts: [String: Int] = [:], firstSpelling: [String: String] = [:]
        var words = 0, length = 0, substantive = 0, substantiveCount = 0
        for (value, folded) in zip(values, foldedValues) {
            counts[folded, default: 0] += 1
            if firstSpelling[folded] == nil { firstSpelling[folded] = value }
            let count = Self.wordCount(value)
            words += count
            length += PlainSearch.characterCount(value)
            if !TextFolding.isEmptyComment(value) {
                substantive += count
                substantiveCount += 1
            }
        }
        self.counts = counts
        averageWords = values.isEmpty ? 0 : Double(words) / Double(values.count)
        substantiveWords = substantiveCount == 0 ? 0 : Double(substantive) / Double(substantiveCount)
        averageLength = values.isEmpty ? 0 : Double(length) / Double(values.count)
        let labelLike = firstSpelling.values.filter(Self.isLabelLike).count
        labelLikeShare = firstSpelling.isEmpty ? 0 : Double(labelLike) / Double(firstSpelling.count)
    }

    /// The sample of column `index` of `table`: every row up to the limit, else rows spread evenly.
    init(table: Table, column index: Int, header: String? = nil) {
        let rows = table.rows
        let stride = max(1, (rows.count + Self.limit - 1) / Self.limit)
        var cells: [String] = []
        cells.reserveCapacity(min(rows.count, Self.limit))
        var position = 0
        while position < rows.count {
            cells.append(rows[position][index])
            position += stride
        }
        self.init(header: header ?? table.header[index], cells: cells, rowCount: rows.count)
    }

    var distinct: Int { counts.count }

    var uniqueness: Double { values.isEmpty ? 0 : Double(distinct) / Double(values.count) }

    /// Share of answered cells for which `test` holds.
    func share(_ test: (String) -> Bool) -> Double {
        values.isEmpty ? 0 : Double(values.filter(test).count) / Double(values.count)
    }

    /// Share of answered cells whose answer is also given by at least one other sampled cell.
    var repeatedShare: Double {
        values.isEmpty ? 0 : Double(counts.values.filter { $0 > 1 }.reduce(0, +)) / Double(values.count)
    }

    /// Whole numbers, if every answer is one: their range.
    var integerRange: ClosedRange<Int>? {
        guard !counts.isEmpty else { return nil }
        var low = Int.max, high = Int.min
        for answer in counts.keys {
            guard answer.count <= 3, let number = Int(answer) else { return nil }
            low = min(low, number)
            high = max(high, number)
        }
        return low...high
    }

    /// `text.split(whereSeparator: \.isWhitespace).count`: the runs of characters that are not white space.
    static func wordCount(_ text: String) -> Int {
        var count = 0, inWord = false
        for character in text {
            if character.isWhitespace { inWord = false } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// A survey option rather than a sentence: up to eight words, not starting in lower case (a capital, a
    /// digit, "$", "<"), no line break, not ending a sentence mid-answer.
    static func isLabelLike(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces
        guard let first = trimmed.first, !first.isLowercase, trimmed.count <= 70, !trimmed.contains("\n") else { return false }
        return trimmed.split(whereSeparator: \.isWhitespace).count <= 8 && !PlainSearch.contains(trimmed, ". ")
    }
}

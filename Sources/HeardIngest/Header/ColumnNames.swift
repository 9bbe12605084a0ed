/// Names every column of a table that holds a cell: the header's text where it has one, `Column C` (the
/// column's letter, as Excel shows it) where the heading is blank or the column lies beyond the last heading,
/// and `Name (2)` for a repeated heading, so that every cell has a key and no key is used twice.
struct ColumnNames {
    /// One unique name per column.
    private(set) var names: [String] = []
    /// The header's own text per column ("" where it has none).
    private(set) var original: [String] = []
    /// Columns inside the header whose heading is blank.
    private(set) var blank: [Int] = []
    /// Columns after the last heading that still hold cells.
    private(set) var beyond: [Int] = []
    /// Columns whose heading repeats an earlier one.
    private(set) var repeated: [Int] = []

    /// `header`: the header row's cells (empty for a sheet without one); `width`: the number of columns the
    /// table's rows use.
    init(header: [String], width: Int) {
        let lastHeading = header.lastIndex { !$0.withoutEdgeSpaces.isEmpty } ?? -1
        var seen: Set<String> = []
        names.reserveCapacity(width)
        original.reserveCapacity(width)
        for column in 0..<max(width, lastHeading + 1) {
            let text = column < header.count ? header[column] : ""
            original.append(text)
            var name = text
            if text.withoutEdgeSpaces.isEmpty {
                name = Self.generated(column)
                if column < lastHeading { blank.append(column) } else if lastHeading >= 0 { beyond.append(column) }
            }
            if seen.contains(name) {
                var suffix = 2
                while seen.contains("\(name) (\(suffix))") { suffix += 1 }
                name = "\(name) (\(suffix))"
                repeated.append(column)
            }
            seen.insert(name)
            names.append(name)
        }
    }

    /// `Column C` for the third column.
    static func generated(_ column: Int) -> String { "Column \(letters(column))" }

    /// Excel's column letters: 0 -> A, 25 -> Z, 26 -> AA.
    static func letters(_ column: Int) -> String {
        var number = column + 1
        var name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }
}

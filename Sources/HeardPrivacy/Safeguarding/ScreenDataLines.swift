/// TEMPORARY until HeardCore's `DataFile` lands on main: the lines of a data file that hold something.
enum ScreenDataLines {
    static func lines(_ text: String) -> [(number: Int, text: Substring)] {
        var result: [(number: Int, text: Substring)] = []
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.drop { $0.isWhitespace }
            if line.isEmpty || line.first == "#" { continue }
            result.append((index + 1, line))
        }
        return result
    }
}

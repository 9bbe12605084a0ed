import HeardCore

/// Reads the plain points file a participation officer edits, one per framework
/// (`Sources/HeardThemes/Data/points/<framework-id>.txt` for the shipped frameworks; a council's own in
/// `Surveys/frameworks/<framework-id>.points.txt`, beside its codebook):
///
///     # Lines starting with a hash are notes.
///     framework: lincolnshire-2022
///
///     theme: build-not-break-relationships
///
///     point: seeing-brothers-and-sisters
///     label: Seeing brothers and sisters
///     plain: want to see your brothers and sisters more
///     cues: brother*, sister*, sibling*, half brother
///     together: see, visit, miss | family
///
/// - `theme:` starts the points of one theme of the framework's codebook; `point:` starts a point (its id,
///   unique in the file, lower case with hyphens).
/// - `label:` is what young people said, as a heading of two words or more. `plain:` finishes "9 of you ..."
///   on the easy-read page; without it the page says "told us about <label>".
/// - `cues:` (may repeat) are words and phrases separated by commas, matched the way the theme codebook's cues
///   are: capitals, apostrophes and endings do not matter ("brothers" meets "brother"), text-speak is spelled
///   out ("sw" meets "social worker"), and a `*` at the end matches the start of a word.
/// - `together:` (may repeat) is two lists split by `|`: one word or phrase from each side in the same
///   sentence is a cue.
/// - `broad: yes` marks a catch-all point ("How school is going"), given only when no other point of its
///   theme fits.
///
/// A comment gets a point only if it is tagged with the point's theme; where cues overlap, the longest wins
/// ("foster mum" is about carers, not about mum).
public enum PointFile {
    public static func parse(_ text: String, source: SourceLocation) throws(Diagnostic) -> PointBook {
        var book = PointBook(frameworkID: "", points: [])
        var theme: String?
        var current: ThemePoint?
        var currentLine = 0
        var labelLine = 0
        var ids: Set<String> = []

        func finish() throws(Diagnostic) {
            guard let point = current else { return }
            let here = source.at(row: currentLine)
            guard !point.label.isEmpty else { throw .error("point \"\(point.id)\" has no \"label:\"", at: here) }
            guard point.labelWordCount >= 2 else {
                throw .error("the label of point \"\(point.id)\" needs two words or more", at: source.at(row: labelLine))
            }
            guard !point.cues.isEmpty || !point.pairs.isEmpty else {
                throw .error("point \"\(point.id)\" has no \"cues:\" or \"together:\"", at: here)
            }
            book.points.append(point.withDefaultPlain())
            current = nil
        }

        for line in DataFile.lines(text) {
            let here = source.at(row: line.number)
            guard let colon = line.text.firstIndex(of: ":") else { throw .error("expected \"key: value\"", at: here) }
            let key = line.text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line.text[line.text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "framework":
                guard book.frameworkID.isEmpty else { throw .error("a second \"framework:\" line", at: here) }
                book.frameworkID = value
            case "theme":
                try finish()
                guard !value.isEmpty else { throw .error("\"theme:\" needs a theme id", at: here) }
                theme = value
            case "point":
                try finish()
                guard let theme else { throw .error("\"point:\" before the first \"theme:\"", at: here) }
                guard Self.isID(value) else {
                    throw .error("a point id is lower-case letters, digits and hyphens (\"seeing-family\")", at: here)
                }
                guard ids.insert(value).inserted else { throw .error("point \"\(value)\" is listed twice", at: here) }
                current = ThemePoint(id: value, themeID: theme, label: "")
                current?.plain = ""
                currentLine = line.number
            default:
                guard var point = current else {
                    throw .error("\"\(key):\" outside a point (start one with \"point:\")", at: here)
                }
                switch key {
                case "label":
                    point.label = value
                    labelLine = line.number
                case "plain": point.plain = value
                case "cues": point.cues += value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }
                case "together":
                    guard let pair = CuePair(line: value) else {
                        throw .error("\"together:\" needs words on both sides of \"|\"", at: here)
                    }
                    point.pairs.append(pair)
                case "broad": point.isBroad = ["yes", "true"].contains(value.lowercased())
                default: throw .error("unknown key \"\(key)\" in a point", at: here)
                }
                current = point
            }
        }
        try finish()
        guard !book.frameworkID.isEmpty else { throw .error("the points file has no \"framework:\" line", at: source) }
        return book
    }

    /// Problems with a parsed book against the framework it is for: points under a theme it does not have.
    public static func problems(_ book: PointBook, framework: ThemeFramework) -> [String] {
        let known = Set(framework.themes.map(\.id))
        return book.points.filter { !known.contains($0.themeID) }.map {
            "point \"\($0.id)\" is under \"\($0.themeID)\", which is not a theme of \(framework.id)"
        }
    }

    static func isID(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == 45 }
    }
}

extension ThemePoint {
    func withDefaultPlain() -> ThemePoint {
        var point = self
        if point.plain.isEmpty { point.plain = "told us about " + point.label.lowercased() }
        return point
    }
}

import HeardThemes

extension RunReport {
    /// The officer's section: words that came up in comments Heard could not place, to grow the codebook
    /// (`Surveys/frameworks/`) and the points file (`Surveys/frameworks/<framework>.points.txt`).
    func unmatchedSection() -> [String] {
        guard !unmatchedWords.isEmpty else { return [] }
        let list = { (terms: [UnmatchedWords.Term]) in
            terms.map { "\($0.text) (\($0.comments))" }.joined(separator: ", ")
        }
        var lines = ["", "## Words to grow the codebook", "",
                     "For the officer only: words and phrases in at least 3 comments that Heard could not place, with "
                     + "how many comments hold each. Add the ones that matter as cues to the codebook, or as a point "
                     + "in `Surveys/frameworks/\(framework).points.txt`.", ""]
        if !unmatchedWords.noTheme.isEmpty {
            lines.append("- In comments that fit no theme: \(list(unmatchedWords.noTheme)).")
        }
        for (theme, terms) in unmatchedWords.noPoint.sorted(by: { $0.key < $1.key }) {
            lines.append("- In comments about \(theme) that made none of its points: \(list(terms)).")
        }
        return lines
    }
}

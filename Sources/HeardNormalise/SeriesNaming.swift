import HeardCore

/// Names a survey series after its export file when the profile does not: "Surveys/2024/CiC Annual Survey
/// 2024 (FINAL).xlsx" -> `cic-annual-survey`, "CiC Annual Survey". Years and filler words are dropped so that
/// next year's file joins the same series.
public enum SeriesNaming {
    public static func series(forFile path: String) -> SurveySeries {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stem = name.split(separator: ".").dropLast().joined(separator: ".")
        var words: [String] = []
        var current = ""
        for character in (stem.isEmpty ? name : stem) {
            if character.isLetter || character.isNumber { current.append(character) } else {
                words.append(current)
                current = ""
            }
        }
        words.append(current)
        let kept = words.filter { word in
            !word.isEmpty && !word.allSatisfy(\.isNumber) && !filler.contains(word.lowercased())
                && !(word.count <= 3 && word.lowercased().hasPrefix("v") && word.dropFirst().allSatisfy(\.isNumber))
        }
        guard !kept.isEmpty else { return SurveySeries(id: "survey", title: "Survey") }
        let id = kept.map { $0.lowercased() }.joined(separator: "-")
        let title = kept.map { word in
            word == word.lowercased() ? word.prefix(1).uppercased() + word.dropFirst() : word
        }.joined(separator: " ")
        return SurveySeries(id: id, title: title)
    }

    static let filler: Set<String> = [
        "final", "export", "exported", "copy", "responses", "response", "data", "results", "raw", "latest", "new",
        "draft", "csv", "xlsx", "sheet", "download", "all",
    ]
}

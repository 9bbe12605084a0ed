import Foundation
import HeardCore

/// Reads statements coded by two coders in the JSON Lines shape of `themes-real` (one object a line):
///
///     {"text": "...", "L": ["L3"], "L_contested": ["L5"], "N": ["N4"], "N_contested": [], "polarity": "positive"}
///
/// `L` and `N` are the codes both coders gave for Lincolnshire 2022 (L1-L6) and North East Lincolnshire 2019
/// (N1-N7), as the coders' rubric numbers the themes (`codes`); a list may also name theme ids. `*_contested` codes were
/// given by one coder only and are left out of scoring; `polarity` is null where the coders disagreed. Other
/// fields (`id`, `source`, ...) are ignored.
public enum CodedStatements {
    /// The frameworks the letter codes stand for.
    public static let codeFrameworks = ["L": "lincolnshire-2022", "N": "nelc-2019"]

    /// The coders' codes for the themes.
    public static let codes: [String: String] = [
        "L1": "support-to-remain-with-family", "L2": "stability-and-permanence", "L3": "build-not-break-relationships",
        "L4": "learning-and-aspirations", "L5": "healthy-and-resilient", "L6": "safe-and-suitable-accommodation",
        "N1": "support-us", "N2": "education-training-employment", "N3": "health-wellbeing", "N4": "relationships",
        "N5": "where-we-live", "N6": "ready-for-our-future", "N7": "participation-in-society",
    ]

    /// Labelled comments per framework id; lines that are not a JSON object with a text are reported and skipped.
    public static func read(_ data: Data, source: SourceLocation, frameworks: [ThemeFramework],
                            diagnostics: any DiagnosticSink) -> [String: [LabelledComment]] {
        var result: [String: [LabelledComment]] = [:]
        for (number, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 > 32 }) else { continue }
            let here = source.at(row: number + 1)
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = object["text"] as? String else {
                diagnostics.emit(.warning("not a JSON object with a \"text\"; line skipped", at: here))
                continue
            }
            let polarity = (object["polarity"] as? String).flatMap(Polarity.init(rawValue:))
            for (key, id) in codeFrameworks.sorted(by: { $0.key < $1.key }) {
                guard let framework = frameworks.first(where: { $0.id == id }), object[key] != nil else { continue }
                let themes = resolve(object[key], in: framework, diagnostics: diagnostics, at: here)
                let contested = resolve(object[key + "_contested"], in: framework, diagnostics: diagnostics, at: here)
                result[id, default: []].append(LabelledComment(text: text, themes: themes, polarity: polarity,
                                                               contested: contested))
            }
        }
        return result
    }

    /// "L3" -> build-not-break-relationships; a theme id stands for itself.
    private static func resolve(_ value: Any?, in framework: ThemeFramework, diagnostics: any DiagnosticSink,
                                at location: SourceLocation) -> Set<String> {
        var themes: Set<String> = []
        for code in value as? [String] ?? [] {
            if framework.theme(code) != nil {
                themes.insert(code)
            } else if let id = codes[code], framework.theme(id) != nil {
                themes.insert(id)
            } else {
                diagnostics.emit(.warning("unknown code \"\(code)\" for \(framework.id); ignored", at: location))
            }
        }
        return themes
    }
}

import Foundation
import HeardCore
import HeardIngest
import HeardPipeline
import HeardThemes

/// `heard themes eval FILE`: how well the tagger agrees with labelled comments.
struct ThemesCommand: Command {
    static let name = "themes"
    static let summary = "Score the theme tagger against labelled comments (heard themes eval FILE)"
    static let help = """
    Usage: heard themes eval FILE [--framework ID] [--workspace DIR]

    Reads labelled comments from FILE, either
      - JSON Lines (.jsonl) as two coders' statements are kept: one object a line with "text", "L" and "N"
        (the codes both coders gave: L1-L6 for lincolnshire-2022, N1-N7 for nelc-2019, or theme ids),
        "L_contested" and "N_contested" (codes only one coder gave) and "polarity" (null where they disagreed);
      - or a CSV with columns framework,theme,text (and optionally polarity): one row per comment and theme,
        theme empty for none.
    Tags every comment and prints precision, recall and F1 per theme, micro and macro F1, and polarity
    accuracy. Only agreed cells are scored: contested themes and missing polarities are left out.
    With --framework, only that framework is scored.

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, options: ["framework", "workspace"], maxPositionals: 2)
        if parsed.positionals.first == "features" { return try features(parsed, console: console) }
        guard parsed.positionals.first == "eval" else { throw Arguments.UsageError("expected 'eval'") }
        guard parsed.positionals.count == 2 else { throw Arguments.UsageError("missing FILE") }
        let path = parsed.positionals[1]
        guard let data = try? Data(contentsOf: URL(filePath: path)) else {
            console.err("heard themes: cannot read \(path)\n")
            return .ioError
        }
        let pipeline = Pipeline(workspace: workspace(parsed))
        let frameworks = try pipeline.allFrameworks()
        let diagnostics = DiagnosticCollector()
        let labelled: [String: [LabelledComment]]
        if path.lowercased().hasSuffix(".jsonl") || data.first(where: { $0 > 32 }) == UInt8(ascii: "{") {
            labelled = CodedStatements.read(data, source: SourceLocation(file: path), frameworks: frameworks,
                                            diagnostics: diagnostics)
        } else {
            guard let table = try CSVReader().read(Array(data), source: SourceLocation(file: path),
                                                   diagnostics: diagnostics).first
            else { return .dataError }
            labelled = LabelFile.read(table, frameworks: frameworks, diagnostics: diagnostics)
        }
        for problem in diagnostics.diagnostics { console.err("\(problem)\n") }
        for id in labelled.keys.sorted() where parsed["framework"] == nil || parsed["framework"] == id {
            guard let framework = frameworks.first(where: { $0.id == id }) else { continue }
            let scores = ThemeScores.evaluate(ThemeTagger(framework: framework), on: labelled[id]!)
            console.out(Self.format(scores))
        }
        return diagnostics.hasErrors ? .dataError : .success
    }

    /// `heard themes features --framework ID`: one comment a line in, its model features as a JSON object a line
    /// out, for the offline training script (so training reads comments exactly as tagging does).
    static func features(_ parsed: Arguments, console: any Console) throws -> ExitCode {
        let pipeline = Pipeline(workspace: workspace(parsed))
        let tagger = KeywordTagger(framework: try pipeline.framework(id: parsed["framework"]))
        // Offline tool: reads comments exactly as `heard tag` does.
        while let line = console.readLine() {
            let fields = tagger.features(of: line).map { ($0.name, JSONValue.number($0.value)) }
            console.out(JSONValue.object(fields).text + "\n")
        }
        return .success
    }

    static func format(_ scores: ThemeScores) -> String {
        func number(_ value: Double) -> String { String(format: "%.2f", value) }
        var text = "\(scores.framework): \(scores.comments) comments\n"
        text += "  theme                              precision  recall  F1    (tp fp fn)\n"
        for line in scores.lines {
            text += "  \(line.theme.padding(toLength: 34, withPad: " ", startingAt: 0)) \(number(line.precision))       "
                + "\(number(line.recall))    \(number(line.f1))  (\(line.truePositives) \(line.falsePositives) \(line.falseNegatives))\n"
        }
        text += "  (contested cells and comments without an agreed polarity are left out)\n"
        text += "  micro: precision \(number(scores.microPrecision)), recall \(number(scores.microRecall)), "
            + "F1 \(number(scores.microF1)); macro F1 \(number(scores.macroF1))\n"
        if let accuracy = scores.polarityAccuracy {
            text += "  polarity accuracy: \(number(accuracy)) (\(scores.polarityLabelled) labelled)\n"
        }
        return text
    }
}

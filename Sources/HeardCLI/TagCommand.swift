import HeardPipeline
import HeardThemes

/// `heard tag`: codes comments from standard input against a theme framework.
struct TagCommand: Command {
    static let name = "tag"
    static let summary = "Tag comments (one per line on stdin) with themes and polarity, as JSON lines"
    static let help = """
    Usage: heard tag [--framework ID] [--workspace DIR] [--explain]

    Reads one comment per line from standard input and writes one JSON object per line:
      {"text": ..., "themes": [{"id": ..., "evidence": [...]}], "polarity": ...}
    polarity is one of positive, negative, request, neutral.

    Options:
      --framework ID    The theme framework (default: heard.json's, else lincolnshire-2022)
      --workspace DIR   Where to find heard.json, codebooks and corrections (default: the current folder)
      --explain         Add each theme's confidence and the codebook cues (with weights) that matched

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: ["explain"], options: ["framework", "workspace"])
        let pipeline = Pipeline(workspace: workspace(parsed))
        let framework = try pipeline.framework(id: parsed["framework"])
        var tagger = ThemeTagger(framework: framework, corrections: pipeline.corrections(for: framework))
        tagger.explains = parsed.has("explain")
        let explain = parsed.has("explain")
        while let line = console.readLine() {
            let result = tagger.tag(line)
            let themes = result.tags.map { tag in
                var fields: [(String, JSONValue)] = [("id", .string(tag.themeID)), ("evidence", .strings(tag.evidence))]
                if explain {
                    fields.append(("confidence", .number((tag.confidence * 100).rounded() / 100)))
                    fields.append(("cues", .strings(result.cues[tag.themeID] ?? result.cues["officer correction"] ?? [])))
                }
                return JSONValue.object(fields)
            }
            let object = JSONValue.object([("text", .string(line)), ("themes", .array(themes)),
                                           ("polarity", .string(result.polarity.rawValue))])
            console.out(object.text + "\n")
        }
        return .success
    }
}

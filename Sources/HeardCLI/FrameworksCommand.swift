import HeardPipeline
import HeardThemes

/// `heard frameworks`: lists the theme frameworks and their themes; `heard frameworks show ID` prints one codebook.
struct FrameworksCommand: Command {
    static let name = "frameworks"
    static let summary = "List the theme frameworks, or print one codebook (heard frameworks show ID)"
    static let help = """
    Usage: heard frameworks [--workspace DIR] [--json]
           heard frameworks show ID [--workspace DIR]

    Lists the built-in theme frameworks and any codebooks in Surveys/frameworks/, with each theme's id
    and title.

    show ID prints that framework's codebook as plain text. To make your own, save it into
    Surveys/frameworks/ (for example: heard frameworks show nelc-2019 > Surveys/frameworks/ours.txt) and
    edit it. With the same framework: id your copy replaces the built-in one and still uses its trained
    model; with a new id it is coded by your cues alone. The comments at the top explain each line.

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: ["json"], options: ["workspace"], maxPositionals: 2)
        let pipeline = Pipeline(workspace: workspace(parsed))
        if let first = parsed.positionals.first {
            guard first == "show" else { throw Arguments.UsageError("expected 'show ID'") }
            guard parsed.positionals.count == 2 else { throw Arguments.UsageError("missing the framework ID") }
            return try show(parsed.positionals[1], pipeline: pipeline, console: console)
        }
        let frameworks = try pipeline.allFrameworks()
        if parsed.has("json") {
            let value = JSONValue.array(frameworks.map { framework in
                .object([("id", .string(framework.id)), ("title", .string(framework.title)),
                         ("themes", .array(framework.themes.map {
                             .object([("id", .string($0.id)), ("title", .string($0.title))])
                         }))])
            })
            console.out(value.text + "\n")
            return .success
        }
        for framework in frameworks {
            console.out("\(framework.id): \(framework.title)\n")
            for theme in framework.themes { console.out("  \(theme.id): \(theme.title)\n") }
        }
        return .success
    }

    /// A workspace codebook wins over a built-in one of the same id, as it does when tagging.
    static func show(_ id: String, pipeline: Pipeline, console: any Console) throws -> ExitCode {
        let framework = try pipeline.framework(id: id)
        if let text = BuiltInCodebooks.texts[id], BuiltInCodebooks.frameworks().contains(framework) {
            console.out(text)
        } else {
            console.out(Codebook.text(of: framework))
        }
        return .success
    }
}

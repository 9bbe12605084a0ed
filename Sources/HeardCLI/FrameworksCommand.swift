import HeardPipeline

/// `heard frameworks`: lists the theme frameworks and their themes.
struct FrameworksCommand: Command {
    static let name = "frameworks"
    static let summary = "List the theme frameworks and their themes"
    static let help = """
    Usage: heard frameworks [--workspace DIR] [--json]

    Lists the built-in theme frameworks and any codebooks in Surveys/frameworks/, with each theme's id
    and title.

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: ["json"], options: ["workspace"])
        let frameworks = try Pipeline(workspace: workspace(parsed)).allFrameworks()
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
}

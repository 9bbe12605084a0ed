import HeardCore
import HeardPipeline

/// The `heard` command line: dispatches to a subcommand, prints help and the version, maps failures to the
/// exit codes in DESIGN.
public enum HeardCommandLine {
    public static let version = Pipeline.version

    static var commands: [any Command.Type] { [
        RunCommand.self, ReadCommand.self, CheckCommand.self, TagCommand.self, RedactCommand.self,
        FrameworksCommand.self, ThemesCommand.self, SafeguardingCommand.self, ReviewCommand.self, StatusCommand.self,
        BenchCommand.self, ForgetCommand.self, ScheduleCommand.self,
    ] }

    /// The subcommands' names, in the order `heard --help` lists them.
    public static var commandNames: [String] { commands.map { $0.name } }

    static var usage: String {
        let width = commands.map { $0.name.count }.max() ?? 0
        let list = commands.map { "  \($0.name.padding(toLength: width + 2, withPad: " ", startingAt: 0))\($0.summary)" }
        return """
        Heard: hear what children in care and care leavers tell the council, and show what it did about it.

        Usage: heard <command> [options]

        Commands:
        \(list.joined(separator: "\n"))

        Options:
          --help        Show help (also after any command: heard run --help)
          --version     Show the version

        """
    }

    /// Runs `heard` with `arguments` (without the program name) and returns the exit code.
    public static func main(_ arguments: [String], console: any Console = StandardConsole()) -> Int32 {
        guard let first = arguments.first else {
            console.err(usage)
            return ExitCode.usage.rawValue
        }
        switch first {
        case "--help", "-h", "help":
            if first == "help", arguments.count > 1, let command = find(arguments[1]) {
                console.out(command.help)
            } else {
                console.out(usage)
            }
            return ExitCode.success.rawValue
        case "--version":
            console.out("heard \(version)\n")
            return ExitCode.success.rawValue
        default:
            break
        }
        guard let command = find(first) else {
            console.err("heard: unknown command '\(first)'\n\n\(usage)")
            return ExitCode.usage.rawValue
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            console.out(command.help)
            return ExitCode.success.rawValue
        }
        do {
            return try command.run(rest, console: console).rawValue
        } catch let error as Arguments.UsageError {
            console.err("heard \(command.name): \(error.description)\n\n\(command.help)")
            return ExitCode.usage.rawValue
        } catch let error as PipelineError {
            console.err("heard \(command.name): \(error.description)\n")
            return error.exitCode
        } catch let error as Diagnostic {
            console.err("heard \(command.name): \(error.description)\n")
            return ExitCode.dataError.rawValue
        } catch {
            console.err("heard \(command.name): \(error)\n")
            return ExitCode.ioError.rawValue
        }
    }

    static func find(_ name: String) -> (any Command.Type)? {
        commands.first { $0.name == name }
    }
}

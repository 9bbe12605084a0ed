import Foundation
import HeardPipeline

/// One `heard` subcommand: its name, one-line summary, full help, and what it does.
public protocol Command {
    static var name: String { get }
    static var summary: String { get }
    /// Help text printed by `heard NAME --help`, starting with the usage line.
    static var help: String { get }
    static func run(_ arguments: [String], console: any Console) throws -> ExitCode
}

extension Command {
    /// The workspace from `--workspace DIR`, or the current directory.
    static func workspace(_ arguments: Arguments) -> Workspace {
        let path = arguments["workspace"] ?? FileManager.default.currentDirectoryPath
        return Workspace(root: URL(filePath: path, directoryHint: .isDirectory))
    }
}

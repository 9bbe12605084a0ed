import Foundation
import PackagePlugin

/// Turns the plain files in a target's `Data/` folder into one generated Swift source, `EmbeddedData.swift`,
/// with a string constant per file, so the `heard` binary carries its word lists and codebooks with it and
/// needs no resource bundle beside it. See `Documentation/Architecture.md`, "Plain data files".
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        guard let target = target as? SwiftSourceModuleTarget else { return [] }
        let folder = target.directoryURL.appending(path: "Data", directoryHint: .isDirectory)
        let files = target.sourceFiles
            .map(\.url)
            .filter { $0.path.hasPrefix(folder.path + "/") && !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.path < $1.path }
        guard !files.isEmpty else { return [] }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) data file(s) in \(target.name)",
                executable: try context.tool(named: "DataEmbedder").url,
                arguments: [output.path, folder.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            ),
        ]
    }
}

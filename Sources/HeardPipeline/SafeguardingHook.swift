import Foundation
import HeardCore

/// Runs the council's own command when new concerns are found, so it can alert an officer with its own tools.
/// The command gets counts only, in `HEARD_NEW_CONCERNS` and `HEARD_WORKSPACE`; never content.
enum SafeguardingHook {
    static func run(_ command: String, newConcerns: Int, workspace: Workspace, diagnostics: DiagnosticCollector) {
        let process = Process()
        process.executableURL = URL(filePath: "/bin/sh")
        process.arguments = ["-c", command]
        var environment = ProcessInfo.processInfo.environment
        environment["HEARD_NEW_CONCERNS"] = String(newConcerns)
        environment["HEARD_WORKSPACE"] = workspace.root.path(percentEncoded: false)
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
            if process.terminationStatus != 0 {
                diagnostics.emit(.warning("the safeguarding hook in heard.json exited with \(process.terminationStatus)"))
            }
        } catch {
            diagnostics.emit(.warning("the safeguarding hook in heard.json could not be started"))
        }
    }
}

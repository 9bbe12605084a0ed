import Foundation
import HeardCore

/// Runs the council's own command when new concerns are found, so it can alert an officer with its own tools.
/// The command gets counts only, in `HEARD_NEW_CONCERNS` and `HEARD_WORKSPACE`; never content. It runs in a
/// process group of its own with a time limit (`safeguardingHookTimeout` in heard.json, 60 seconds unless set):
/// at the limit the group is stopped, so a hung mail command never keeps the run, or its lock, waiting. It
/// cannot inherit the lock either (the lock's descriptor closes on exec).
enum SafeguardingHook {
    /// Runs `command`; returns whether it finished in time with exit 0 (problems are warnings in the report).
    @discardableResult
    static func run(_ command: String, newConcerns: Int, workspace: Workspace, timeLimit: Double,
                    diagnostics: DiagnosticCollector) -> Bool {
        var environment = ProcessInfo.processInfo.environment
        environment["HEARD_NEW_CONCERNS"] = String(newConcerns)
        environment["HEARD_WORKSPACE"] = workspace.root.path(percentEncoded: false)
        guard let outcome = ChildProcess.run(["/bin/sh", "-c", command], environment: environment,
                                             timeLimit: timeLimit) else {
            diagnostics.emit(.warning("the safeguarding hook in heard.json could not be started"))
            return false
        }
        if outcome.timedOut {
            diagnostics.emit(.warning("the safeguarding hook in heard.json did not finish within "
                                      + "\(Int(timeLimit)) seconds and was stopped: tell the safeguarding lead "
                                      + "another way, and check the hook"))
            return false
        }
        if outcome.status != 0 {
            let how = outcome.status.map { "exited with \($0)" } ?? "was stopped by a signal"
            diagnostics.emit(.warning("the safeguarding hook in heard.json \(how)"))
            return false
        }
        return true
    }
}

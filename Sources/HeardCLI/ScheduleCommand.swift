import Foundation

/// `heard schedule`: ready-to-install entries for cron or a systemd timer.
struct ScheduleCommand: Command {
    static let name = "schedule"
    static let summary = "Print a cron entry or systemd units that run heard nightly"
    static let help = """
    Usage: heard schedule (--cron | --systemd) [--workspace DIR] [--at HH:MM]

    Prints what to install so that heard run works on the workspace every night (default 02:30).
    --cron prints one crontab line (install with crontab -e). --systemd prints heard.service and
    heard.timer (copy to /etc/systemd/system/, then systemctl enable --now heard.timer).
    heard run is quiet unless something needs attention, so cron mails only then.

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: ["cron", "systemd"], options: ["workspace", "at"])
        guard parsed.has("cron") != parsed.has("systemd") else { throw Arguments.UsageError("choose --cron or --systemd") }
        let time = parsed["at"] ?? "02:30"
        let parts = time.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2, (0..<24).contains(parts[0]), (0..<60).contains(parts[1]) else {
            throw Arguments.UsageError("--at needs a time like 02:30")
        }
        let workspace = workspace(parsed).root.path(percentEncoded: false)
        let binary = URL(filePath: CommandLine.arguments[0]).standardizedFileURL.path(percentEncoded: false)
        if parsed.has("cron") {
            console.out("# Heard: nightly run at \(time)\n")
            console.out("\(parts[1]) \(parts[0]) * * * cd '\(workspace)' && '\(binary)' run\n")
        } else {
            console.out("""
            # /etc/systemd/system/heard.service
            [Unit]
            Description=Heard nightly run ("You said, we did" summaries)

            [Service]
            Type=oneshot
            WorkingDirectory=\(workspace)
            ExecStart=\(binary) run
            UMask=0077

            # /etc/systemd/system/heard.timer
            [Unit]
            Description=Run Heard every night

            [Timer]
            OnCalendar=*-*-* \(String(format: "%02d:%02d", parts[0], parts[1])):00
            Persistent=true

            [Install]
            WantedBy=timers.target

            """)
        }
        return .success
    }
}

/// The process exit codes in DESIGN ("sysexits" numbers, as cron and systemd expect).
public enum ExitCode: Int32, Sendable {
    case success = 0
    /// Bad usage: unknown command or flag, missing value.
    case usage = 64
    /// Bad data: some export rejected, the rest still processed.
    case dataError = 65
    /// I/O error.
    case ioError = 74
    /// Another run holds the lock.
    case locked = 75
    /// Bad configuration (`heard.json`, a profile, a codebook).
    case configuration = 78
}

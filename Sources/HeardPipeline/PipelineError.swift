/// Why a whole run could not go ahead, mapped to the exit codes in DESIGN. Bad data in one export is not a
/// `PipelineError`: it is reported and the run goes on.
public enum PipelineError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file system failed (exit 74).
    case io(String)
    /// Another run holds the lock (exit 75).
    case locked(String)
    /// `heard.json`, a profile or a codebook is wrong (exit 78).
    case configuration(String)

    public var description: String {
        switch self {
        case .io(let message), .locked(let message), .configuration(let message): message
        }
    }

    /// The process exit code for this error.
    public var exitCode: Int32 {
        switch self {
        case .io: 74
        case .locked: 75
        case .configuration: 78
        }
    }
}

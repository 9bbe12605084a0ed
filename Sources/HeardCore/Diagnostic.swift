/// A problem found while processing an export, printed compiler-style and safe to log.
///
/// A `Diagnostic` names where (file, sheet, row, column) and what kind of problem, with context such as the
/// question id. It never carries a respondent's words or identity: messages are written by Heard, not copied
/// from cells. It is itself an `Error`, so a fatal one can be thrown.
public struct Diagnostic: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Codable, Comparable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// Extra facts, printed sorted by key, e.g. `["question": "feel-safe"]`. Never cell contents.
    public var context: [String: String]

    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil,
                context: [String: String] = [:]) {
        self.severity = severity
        self.message = message
        self.location = location
        self.context = context
    }

    public static func error(_ message: String, at location: SourceLocation? = nil,
                             context: [String: String] = [:]) -> Diagnostic {
        Diagnostic(.error, message, at: location, context: context)
    }

    public static func warning(_ message: String, at location: SourceLocation? = nil,
                               context: [String: String] = [:]) -> Diagnostic {
        Diagnostic(.warning, message, at: location, context: context)
    }

    public static func note(_ message: String, at location: SourceLocation? = nil,
                            context: [String: String] = [:]) -> Diagnostic {
        Diagnostic(.note, message, at: location, context: context)
    }

    /// `Surveys/a.csv:14:3: warning: unknown answer [question=feel-safe]`
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): \(message)"
        if !context.isEmpty {
            let pairs = context.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            text += " [\(pairs.joined(separator: ", "))]"
        }
        return text
    }
}

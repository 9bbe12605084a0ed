import HeardPrivacy

/// `heard redact`: removes identifiers from comments on standard input.
struct RedactCommand: Command {
    static let name = "redact"
    static let summary = "Redact identifiers from comments (one per line on stdin)"
    static let help = """
    Usage: heard redact

    Reads one comment per line from standard input and writes the same comment with identifiers replaced
    by placeholders such as [email] and [phone number], one per line, in the same order.

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        _ = try Arguments(arguments)
        let redactor = Redactor()
        while let line = console.readLine() { console.out(redactor.redact(line) + "\n") }
        return .success
    }
}

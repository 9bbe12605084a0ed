/// A small hand-written argument parser: `--flag`, `--option VALUE`, `--option=VALUE` and positionals.
/// Anything not declared is a usage error, so typos never pass silently.
public struct Arguments: Sendable {
    /// Thrown for bad usage; the message names the argument.
    public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }

    public private(set) var flags: Set<String> = []
    public private(set) var options: [String: String] = [:]
    public private(set) var positionals: [String] = []

    /// Parses `arguments` given the flags and options a command accepts (names without `--`).
    public init(_ arguments: [String], flags allowedFlags: Set<String> = [], options allowedOptions: Set<String> = [],
                maxPositionals: Int = 0) throws(UsageError) {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            guard argument.hasPrefix("--") else { throw UsageError("unknown option '\(argument)'") }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if allowedFlags.contains(name) {
                guard inlineValue == nil else { throw UsageError("'--\(name)' does not take a value") }
                flags.insert(name)
            } else if allowedOptions.contains(name) {
                if let inlineValue {
                    options[name] = inlineValue
                } else {
                    guard index < arguments.count else { throw UsageError("'--\(name)' needs a value") }
                    options[name] = arguments[index]
                    index += 1
                }
            } else {
                throw UsageError("unknown option '--\(name)'")
            }
        }
        if positionals.count > maxPositionals {
            throw UsageError("unexpected argument '\(positionals[maxPositionals])'")
        }
    }

    public func has(_ flag: String) -> Bool { flags.contains(flag) }
    public subscript(option: String) -> String? { options[option] }
}

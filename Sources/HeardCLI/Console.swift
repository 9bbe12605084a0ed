import Foundation

/// Where a command reads and writes. The real one uses the process's streams; tests use `BufferConsole`.
public protocol Console: AnyObject {
    func out(_ text: String)
    func err(_ text: String)
    /// Standard input, one line at a time, without line endings; nil at the end.
    func readLine() -> String?
    /// Whether standard error is a terminal (progress lines only then).
    var isInteractive: Bool { get }
}

/// The process's own standard streams.
public final class StandardConsole: Console {
    public init() {}

    public func out(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }
    public func err(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
    public func readLine() -> String? { Swift.readLine(strippingNewline: true) }
    public var isInteractive: Bool { isatty(STDERR_FILENO) != 0 }
}

/// An in-memory console for tests.
public final class BufferConsole: Console {
    public private(set) var output = ""
    public private(set) var errors = ""
    private var input: [String]

    public init(input: [String] = []) { self.input = input }

    public func out(_ text: String) { output += text }
    public func err(_ text: String) { errors += text }
    public func readLine() -> String? { input.isEmpty ? nil : input.removeFirst() }
    public var isInteractive: Bool { false }
}

import Synchronization

/// Receives recoverable problems while a stage goes on working.
public protocol DiagnosticSink: Sendable {
    func emit(_ diagnostic: Diagnostic)
}

/// Collects diagnostics from any thread, in the order they were emitted.
public final class DiagnosticCollector: DiagnosticSink {
    private let storage = Mutex<[Diagnostic]>([])

    public init() {}

    public func emit(_ diagnostic: Diagnostic) {
        storage.withLock { $0.append(diagnostic) }
    }

    /// Everything emitted so far.
    public var diagnostics: [Diagnostic] { storage.withLock { $0 } }

    /// Whether any error was emitted.
    public var hasErrors: Bool { storage.withLock { $0.contains { $0.severity == .error } } }

    /// Empties the collector and returns what it held.
    public func drain() -> [Diagnostic] {
        storage.withLock { items in
            defer { items.removeAll() }
            return items
        }
    }
}

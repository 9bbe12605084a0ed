import Synchronization

/// Tells work done ahead on another core to stop where it has got to: set once by the thread that no longer
/// needs it, read by the worker between items.
final class StopSignal: Sendable {
    private let stopped = Atomic<Bool>(false)

    /// Asks the work to stop (after the item in hand).
    func stop() { stopped.store(true, ordering: .relaxed) }

    /// Whether `stop` was called.
    var isStopped: Bool { stopped.load(ordering: .relaxed) }
}

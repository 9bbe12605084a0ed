import Dispatch

/// Lets go of a large value on another thread. A night's responses are hundreds of thousands of small
/// allocations, and freeing them takes a core a good part of a second: at the end of a run that is time the run
/// waits for on one core while the other is idle. The caller hands the value over with `consume` (or from a
/// `take` that empties the place it was held), so the other thread holds the last reference and frees it there
/// (or not at all, if the process exits first).
public enum BackgroundRelease {
    public static func release<Value>(_ value: consuming Value) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.empty() }
    }

    private final class Box<Value>: @unchecked Sendable {
        private var value: Value?
        init(_ value: consuming Value) { self.value = consume value }
        func empty() { value = nil }
    }
}

import Dispatch

/// A value being made on another thread while the caller gets on with something else: the next export read
/// while this one is committed, the next batch's JSON while this batch's rows are inserted.
public final class Pending<Value: Sendable>: @unchecked Sendable {
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.value = work()
            self.done.signal()
        }
    }

    /// Waits for the value and hands it over (this no longer holds it); call once.
    public func wait() -> Value {
        done.wait()
        defer { value = nil }
        return value!
    }
}

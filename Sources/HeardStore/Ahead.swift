import Dispatch

/// A value made on another thread while the caller gets on with something else (the next batch's JSON while
/// this batch's rows are inserted).
final class Ahead<Value: Sendable>: @unchecked Sendable {
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.value = work()
            self.done.signal()
        }
    }

    /// Waits for the value; call once.
    func wait() -> Value {
        done.wait()
        defer { value = nil }
        return value!
    }
}

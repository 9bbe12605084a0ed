import Dispatch
import Synchronization

/// Maps independent items on every core, keeping their order. The work must not share mutable state.
/// (In Core so that every stage, the store included, spreads its independent work the same way.)
public enum ParallelMap {
    public static func map<Item: Sendable, Output: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Output) -> [Output] {
        guard items.count > 256 else { return items.map(transform) }
        let chunks = min(64, items.count / 64)
        let results = Mutex<[[Output]?]>(Array(repeating: nil, count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lower = items.count * chunk / chunks, upper = items.count * (chunk + 1) / chunks
            let part = items[lower..<upper].map(transform)
            results.withLock { $0[chunk] = part }
        }
        return results.withLock { $0.flatMap { $0 ?? [] } }
    }

    /// Maps a few heavy items (files to scan), one task per item, keeping their order.
    public static func mapEach<Item: Sendable, Output: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Output) -> [Output] {
        let results = Mutex<[Output?]>(Array(repeating: nil, count: items.count))
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            let output = transform(items[index])
            results.withLock { $0[index] = output }
        }
        return results.withLock { $0.compactMap { $0 } }
    }
}

import Dispatch
import HeardCore
import HeardNormalise
import HeardPrivacy
import Synchronization

/// Screens an export's comments on the core that would otherwise wait while the export is normalised. The
/// screen reads nothing but a comment's own words, so each distinct comment cell of a sheet's free-text columns
/// can be screened as soon as the columns are mapped, before any row is read. `finish` stops the work where it
/// has got to and hands over what was screened; the comments not reached are screened with the rest, so the
/// results are the same however far it got.
final class ScreenAhead: Sendable {
    private let screen: SafeguardingScreen
    private let queue = DispatchQueue(label: "heard.screen-ahead")
    private let stopped = Atomic<Bool>(false)
    private let results = Mutex<[String: SafeguardingScreen.Result]>([:])

    init(screen: SafeguardingScreen) { self.screen = screen }

    /// Screens, in row order, each distinct comment the rows hold in `columns` (after the sheets added before).
    func add(_ rows: [Table.Row], columns: [Int]) {
        guard !columns.isEmpty else { return }
        queue.async { [self] in
            var screened: [String: SafeguardingScreen.Result] = [:]
            defer {
                results.withLock { results in
                    // The first sheet's (most often the only one's) results are taken whole, not rehashed one by one.
                    if results.isEmpty { results = screened } else { results.merge(screened) { first, _ in first } }
                }
            }
            for row in rows {
                if stopped.load(ordering: .relaxed) { return }
                for column in columns {
                    let cell = row[column]
                    guard screened[cell] == nil, Normaliser.holdsComment(cell) else { continue }
                    screened[cell] = screen.scan(cell)
                }
            }
        }
    }

    /// Waits until every comment added so far is screened (without stopping): for tests.
    func waitUntilDone() { queue.sync {} }

    /// Stops screening (after the comment in hand) and hands over every comment screened so far.
    func finish() -> [String: SafeguardingScreen.Result] {
        stopped.store(true, ordering: .relaxed)
        queue.sync {}
        return results.withLock { results in
            defer { results = [:] }
            return results
        }
    }
}

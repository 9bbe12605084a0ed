import Foundation
import Synchronization

/// Paths that tests make in the system's temporary directory, all removed when the test process ends, so that
/// copies of the example exports (young people's words, even invented ones) do not pile up in `/tmp`.
public enum TemporaryFolder {
    private static let made = Mutex<[URL]>([])
    private static let removedAtExit: Void = { atexit { TemporaryFolder.removeAll() } }()

    /// A fresh path `<prefix>-<uuid><suffix>` in the temporary directory (not created), removed when the
    /// tests end, whether it became a file or a folder.
    public static func path(_ prefix: String, suffix: String = "") -> URL {
        _ = removedAtExit
        let url = FileManager.default.temporaryDirectory.appending(path: "\(prefix)-\(UUID().uuidString)\(suffix)")
        made.withLock { $0.append(url) }
        return url
    }

    /// Removes every path made so far; called once, at exit.
    static func removeAll() {
        for url in made.withLock({ $0 }) { try? FileManager.default.removeItem(at: url) }
    }
}

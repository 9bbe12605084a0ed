import Foundation
import HeardPrivacy

/// The workspace's pseudonymisation key: 32 random bytes in `.heard/key`, created on first run with mode 0600.
/// It never leaves `.heard/`; losing it means new pseudonyms (no data is lost, but returning respondents are
/// no longer recognised), so back it up with the store.
enum WorkspaceKey {
    static func load(from url: URL, create: Bool) throws(PipelineError) -> [UInt8] {
        if let data = try? Data(contentsOf: url) {
            guard data.count >= 32 else { throw .configuration("\(url.path(percentEncoded: false)) is not a Heard key") }
            return Array(data)
        }
        let key = Digest.randomBytes(32)
        guard create else { return key }
        try FileSystem.makeDirectory(url.deletingLastPathComponent(), mode: 0o700)
        try FileSystem.writeIfChanged(key, to: url, mode: 0o600)
        return key
    }
}

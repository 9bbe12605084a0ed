import Foundation
import HeardPrivacy
import HeardStore

/// The workspace's pseudonymisation key: 32 random bytes in `.heard/key` (mode 0600), made on a workspace's
/// first run and never replaced. Every pseudonym, row fingerprint and erasure is keyed with it: a new key would
/// change every pseudonym and let young people who asked to be forgotten be stored again. So a key that is
/// missing while the store holds keyed data, unreadable, the wrong length, or not the one the store was made
/// with (the store keeps a check value, an HMAC of a fixed text) stops the run with exit 78 and says how to
/// restore it from backup.
enum WorkspaceKey {
    static let length = 32
    static let checkName = "key-check"

    /// Loads the key and checks it against the store. A key is made only for a store that holds nothing keyed
    /// (and only written when `create`; a dry run gets one in memory).
    static func load(workspace: Workspace, store: Store, create: Bool) throws(PipelineError) -> [UInt8] {
        let url = workspace.keyPath
        let path = workspace.relativePath(url)
        let recorded = try call { () throws(StoreError) in try store.meta(checkName) }
        guard FileManager.default.fileExists(atPath: url.path(percentEncoded: false)) else {
            let keyed = try call { () throws(StoreError) in try store.holdsKeyedData() }
            if keyed || recorded != nil {
                throw problem("\(path) is missing, but the store holds data made with it")
            }
            let key = Digest.randomBytes(length)
            guard create else { return key }
            try FileSystem.makeDirectory(url.deletingLastPathComponent(), mode: 0o700)
            try FileSystem.writeDurably(key, to: url, mode: 0o600)
            try call { () throws(StoreError) in try store.setMeta(checkName, check(key)) }
            return key
        }
        guard let data = try? Data(contentsOf: url) else {
            throw problem("\(path) cannot be read (check that the user running heard owns it and may read it)")
        }
        guard data.count == length else {
            throw problem("\(path) is damaged: it holds \(data.count) bytes, not \(length)")
        }
        let key = Array(data)
        if let recorded {
            guard recorded == check(key) else {
                throw problem("\(path) is not the key this workspace's store was made with")
            }
        } else if create {
            // A store made before Heard kept a check value: remember this key's from now on.
            try call { () throws(StoreError) in try store.setMeta(checkName, check(key)) }
        }
        return key
    }

    /// The check value the store keeps: it shows whether a key is the right one, and says nothing of the key.
    static func check(_ key: [UInt8]) -> String {
        Digest.hex(Digest.hmacSHA256(key: key, message: Array("heard workspace key check".utf8)).prefix(16))
    }

    private static func problem(_ what: String) -> PipelineError {
        .configuration("""
            \(what). Heard will not make a new key: every pseudonym would change, and young people who asked to \
            be forgotten could be stored again. Restore .heard/key from the backup taken with .heard/heard.sqlite \
            (keep it readable only by the user that runs heard: chmod 600 .heard/key), then run again. Nothing \
            was read, stored or written.
            """)
    }

    private static func call<T>(_ body: () throws(StoreError) -> T) throws(PipelineError) -> T {
        do { return try body() } catch { throw .io("the store in .heard/ failed: \(error.description)") }
    }
}

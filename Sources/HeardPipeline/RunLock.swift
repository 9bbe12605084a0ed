import Foundation

/// One run at a time per workspace: `.heard/run.lock` holds the running process's id. A lock whose process no
/// longer exists (a run killed with `kill -9`) is stale and taken over.
final class RunLock {
    private let path: String
    private var held = false

    init(path: URL) {
        self.path = path.path(percentEncoded: false)
    }

    func acquire() throws(PipelineError) {
        for _ in 0..<2 {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
            if descriptor >= 0 {
                let text = "\(getpid())\n"
                _ = text.withCString { write(descriptor, $0, strlen($0)) }
                close(descriptor)
                held = true
                return
            }
            guard errno == EEXIST else { throw .io("cannot create the run lock \(path)") }
            let owner = (try? String(contentsOfFile: path, encoding: .utf8))
                .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if let owner, owner != getpid(), kill(owner, 0) == 0 || errno == EPERM {
                throw .locked("another heard run (process \(owner)) is working on this workspace")
            }
            unlink(path) // stale: its process is gone
        }
        throw .locked("could not take the run lock \(path)")
    }

    func release() {
        guard held else { return }
        unlink(path)
        held = false
    }

    deinit { release() }
}

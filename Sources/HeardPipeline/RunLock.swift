import Foundation

/// One run at a time per workspace: an exclusive `flock` on `.heard/run.lock`, which also holds the running
/// process's id for people to read. The kernel drops the lock when its process ends however it ends, so a run
/// killed with `kill -9` never leaves a lock behind, and a reused process id can never fake one. The file is
/// never removed (removing it would let two runs lock two different files); the descriptor closes on exec, so
/// nothing the run starts (the safeguarding hook) can hold the lock after it.
final class RunLock {
    private let path: String
    private var descriptor: Int32 = -1

    init(path: URL) {
        self.path = path.path(percentEncoded: false)
    }

    func acquire() throws(PipelineError) {
        guard descriptor < 0 else { return }
        let opened = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard opened >= 0 else { throw .io("cannot open the run lock \(path)") }
        guard flock(opened, LOCK_EX | LOCK_NB) == 0 else {
            let owner = (try? String(contentsOfFile: path, encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines)
            close(opened)
            let who = owner.map { $0.isEmpty ? "" : " (process \($0))" } ?? ""
            throw .locked("another heard run\(who) is working on this workspace; try again when it has finished")
        }
        let text = "\(getpid())\n"
        _ = ftruncate(opened, 0)
        _ = text.withCString { pwrite(opened, $0, strlen($0), 0) }
        descriptor = opened
    }

    func release() {
        guard descriptor >= 0 else { return }
        _ = ftruncate(descriptor, 0)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}

import Foundation

/// Runs a program in its own process group with a time limit, as `posix_spawn` and `wait4` allow: at the limit
/// the whole group (the program and anything it started) is stopped, so nothing it left behind can keep Heard
/// waiting. Reports how it ended, how long it took and its peak memory.
enum ChildProcess {
    struct Outcome: Sendable {
        /// The exit status, or nil when it was stopped by a signal (the time limit included).
        var status: Int32?
        var timedOut: Bool
        var seconds: Double
        /// CPU seconds (user and system) it used: on a machine other work shares, a steadier measure than the wall clock.
        var cpuSeconds: Double
        var peakMemoryMB: Double
    }

    /// Runs `arguments[0]` (a path) with the rest as its arguments. Standard input, output and error are
    /// `/dev/null` unless `output` names a file for standard output.
    static func run(_ arguments: [String], environment: [String: String], timeLimit: Double? = nil,
                    output: String? = nil) -> Outcome? {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let started = DispatchTime.now().uptimeNanoseconds
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        guard posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        var reaped = false
        if let timeLimit {
            let deadline = started + UInt64(timeLimit * 1e9)
            while !reaped {
                reaped = wait4(pid, &status, WNOHANG, &usage) == pid
                if reaped { break }
                if DispatchTime.now().uptimeNanoseconds >= deadline {
                    timedOut = true
                    reaped = stopGroup(pid, status: &status, usage: &usage)
                    break
                }
                usleep(5_000)
            }
        }
        while !reaped {
            let result = wait4(pid, &status, 0, &usage)
            reaped = result == pid || (result < 0 && errno != EINTR)
        }
        let exited = status & 0x7F == 0
        return Outcome(status: exited ? (status >> 8) & 0xFF : nil, timedOut: timedOut,
                       seconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9,
                       cpuSeconds: Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                           + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6,
                       peakMemoryMB: Double(usage.ru_maxrss) / 1024)
    }

    /// Asks the group to stop, then makes it: SIGTERM, half a second, SIGKILL to whatever is left of the group.
    /// Returns whether the program itself was reaped meanwhile.
    private static func stopGroup(_ pid: pid_t, status: inout Int32, usage: inout rusage) -> Bool {
        kill(-pid, SIGTERM)
        var reaped = false
        for _ in 0..<50 where !reaped {
            usleep(10_000)
            reaped = wait4(pid, &status, WNOHANG, &usage) == pid
        }
        kill(-pid, SIGKILL)
        return reaped
    }
}

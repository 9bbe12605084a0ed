import Dispatch
import Foundation

/// Wall-clock seconds per step of one export's processing, and with `cpu` the process's CPU seconds (user and
/// system, every thread) in each step too, as "<step>, CPU": on a shared machine the wall clock measures the
/// neighbours, CPU time the work.
struct StepClock {
    private var last = DispatchTime.now().uptimeNanoseconds
    private var lastCPU: Double
    private let cpu: Bool
    private(set) var totals: [String: Double] = [:]

    init(cpu: Bool = false) {
        self.cpu = cpu
        lastCPU = cpu ? Self.processCPUSeconds() : 0
    }

    /// Adds the time since the last lap to `step`.
    mutating func lap(_ step: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        totals[step, default: 0] += Double(now - last) / 1e9
        last = now
        guard cpu else { return }
        let nowCPU = Self.processCPUSeconds()
        totals[step + ", CPU", default: 0] += nowCPU - lastCPU
        lastCPU = nowCPU
    }

    /// User and system CPU seconds of the whole process so far.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}

import Testing
@testable import HeardPipeline

/// The run report's prepare steps: wall seconds always, and the process's CPU seconds beside them when asked.
@Suite("Step clock")
struct StepClockTests {
    @Test("A step that works has CPU seconds beside its wall seconds; a clock not asked for CPU has none")
    func cpuBesideWall() {
        var clock = StepClock(cpu: true)
        var total = 0
        for value in 0..<3_000_000 { total &+= value &* value % 7 }
        clock.lap("work")
        #expect(total != 1)
        #expect(clock.totals["work"].map { $0 > 0 } == true)
        #expect(clock.totals["work, CPU"].map { $0 > 0 } == true)
        var wallOnly = StepClock()
        wallOnly.lap("work")
        #expect(wallOnly.totals.keys.sorted() == ["work"])
    }
}

import Testing
@testable import HeardPipeline

/// The run report's prepare steps: wall seconds always, and the process's CPU seconds beside them when asked;
/// the run's stages: both, always.
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

    @Test("Each stage of a run has its CPU seconds beside its wall seconds")
    func stagesHaveCPU() {
        var clock = StageClock()
        clock.start("summarise")
        var total = 0
        for value in 0..<3_000_000 { total &+= value &* value % 7 }
        clock.start("render")
        let totals = clock.finish()
        #expect(total != 1)
        #expect(totals.keys.sorted() == ["render", "render, CPU", "start-up, CPU", "summarise", "summarise, CPU"])
        #expect(totals["summarise, CPU"].map { $0 > 0 } == true)
    }

    @Test("The CPU before the run's first stage is reported as start-up, so the stages add up to the process")
    func startUp() {
        let before = StepClock.processCPUSeconds()
        var clock = StageClock()
        let totals = clock.finish()
        let startUp = totals["start-up, CPU"] ?? -1
        #expect(startUp >= before && startUp <= StepClock.processCPUSeconds())
    }
}

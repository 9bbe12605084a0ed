import Dispatch
import Foundation
import HeardCore
import HeardPrivacy
import HeardStore
import HeardSummary
import Synchronization

extension Pipeline {
    /// The plan for this run, and the files under `Surveys/` that are not exports (for the report).
    func makePlan(_ setup: RunSetup) throws(PipelineError) -> (plan: RunPlan, ignored: [String]) {
        let ledger = try storeCall { () throws(StoreError) in try setup.store.exports() }
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: workspace.surveys.path(percentEncoded: false), isDirectory: &isFolder)
            || !isFolder.boolValue {
            // Not an empty folder: no folder at all. A wrong --workspace or an unmounted share must not empty
            // every summary.
            if ledger.contains(where: { !$0.paths.isEmpty }) {
                throw .io("\(workspace.relativePath(workspace.surveys))/ is missing, but the store holds exports found "
                          + "there: check the workspace folder (and that a shared drive is mounted)")
            }
        }
        let (files, ignored) = workspace.exportFiles()
        let hashes = Mutex<[String?]>(Array(repeating: nil, count: files.count))
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let sha = (try? FileSystem.read(files[index])).map(Digest.sha256Hex)
            hashes.withLock { $0[index] = sha }
        }
        let found = zip(files, hashes.withLock { $0 }).map { RunPlan.Found(path: workspace.relativePath($0), sha256: $1) }
        let plan = RunPlan.make(found: found, ledger: ledger, derivation: setup.derivation, rebuild: options.rebuild)
        return (plan, ignored.map(workspace.relativePath))
    }

    /// Prepares every export the plan reads, one ahead on another thread, and commits each into the run's
    /// transaction: its concerns flushed to the restricted list first, then its responses. Files the plan does
    /// not read are reported as the plan found them.
    func carryOut(_ plan: RunPlan, setup: RunSetup, report: inout RunReport,
                  clock: inout StageClock) throws(PipelineError) {
        clock.start("prepare and commit")
        let reads = plan.files.filter(\.reads)
        guard !reads.isEmpty else {
            report.exports = plan.files.map(RunReport.ExportLine.init(unread:))
            return
        }
        var loading = StepClock(cpu: true)
        let processor = try setup.makeProcessor(self), foundAt = report.startedAt, root = workspace.root
        loading.lap("prepare: load the screen and the tagger")
        report.secondsPerStage.merge(loading.totals) { $0 + $1 }
        func prefetch(_ number: Int) -> Pending<PreparedExport>? {
            guard reads.indices.contains(number) else { return nil }
            let item = reads[number]
            return Pending {
                PreparedExport.prepare(item, url: root.appending(path: item.path), processor: processor, foundAt: foundAt)
            }
        }
        var next = prefetch(0)
        var lines: [String: RunReport.ExportLine] = [:]
        for number in reads.indices {
            var waiting = StepClock()
            guard let prepared = next?.wait() else { break }
            waiting.lap("commit: waiting for the export to be prepared")
            report.secondsPerStage.merge(waiting.totals) { $0 + $1 }
            next = prefetch(number + 1)
            progress?("reading \(number + 1) of \(reads.count): \(prepared.item.path)")
            lines[prepared.item.path] = try commit(prepared, setup: setup, report: &report)
            // The prepared export (the store keeps its own copy) is let go of on another core: see `Pipeline.run`.
            BackgroundRelease.release(prepared)
        }
        report.exports = plan.files.map { lines[$0.path] ?? RunReport.ExportLine(unread: $0) }
    }

    /// Commits one prepared export into the run's transaction and says what happened to it.
    private func commit(_ prepared: PreparedExport, setup: RunSetup,
                        report: inout RunReport) throws(PipelineError) -> RunReport.ExportLine {
        let item = prepared.item, store = setup.store
        for diagnostic in prepared.diagnostics { setup.diagnostics.emit(diagnostic) }
        switch prepared.work {
        case .unreadable(let reason):
            return .init(path: item.path, outcome: .rejected, profile: nil, responses: 0, reason: reason)
        case .failed(let error):
            setup.diagnostics.emit(error)
            try storeCall { () throws(StoreError) in
                try store.rejectExport(sha256: item.sha256 ?? "", path: item.path, reason: error.description,
                                       derivation: setup.derivation.encoded, at: now())
            }
            return .init(path: item.path, outcome: .rejected, profile: nil, responses: 0, reason: error.description)
        case .processed(let result):
            for (step, seconds) in result.seconds { report.secondsPerStage["prepare: " + step, default: 0] += seconds }
            if options.dryRun {
                report.newConcerns += try SafeguardingList(workspace: workspace).countNotHeld(result.concerns)
            }
            var timer = StepClock(cpu: true)
            if !options.dryRun {
                // Durable before the store may say this export is done: a crash loses the transaction, never this.
                _ = try SafeguardingList(workspace: workspace).record(result.concerns)
                timer.lap("commit: record concerns")
                try interruption?(.afterConcerns(item.path))
            }
            // The inserts keep one core; the comments' points are found on the other meanwhile, then the final
            // scan is asked of those that may be quoted until the inserts are done (the rest are asked when the
            // summaries are made).
            let responses = result.responses, ahead = setup.pointsAhead, withholding = setup.quoteWithholding
            let stored = StopSignal()
            // Points found as the comments were tagged are kept; otherwise they are found now.
            if let points = result.points { ahead.add(points) }
            let findPoints = result.points == nil
            let pointing = Pending {
                if findPoints { ahead.find(in: responses) }
                withholding.askAhead(responses.lazy.flatMap(\.comments).filter(SummaryBuilder.isQuotable).map(\.text),
                                     until: stored)
            }
            let replaced: Int
            do {
                replaced = try storeCall { () throws(StoreError) in
                    try store.storeExport(sha256: item.sha256 ?? "", path: item.path, profile: result.profile,
                                          responses: result.responses, questions: result.questions, rowFingerprints: result.responseRows,
                                          fingerprints: result.fingerprints, identifiable: result.identifiable,
                                          derivation: setup.derivation.encoded, at: now())
                }
            } catch {
                stored.stop()
                pointing.wait()
                throw error
            }
            timer.lap("commit: store responses")
            stored.stop()
            pointing.wait()
            timer.lap("commit: waiting for points")
            report.secondsPerStage.merge(timer.totals) { $0 + $1 }
            report.responsesSuperseded += replaced
            report.responsesAdded += result.responses.count
            return .init(path: item.path, outcome: .init(item.action), profile: result.profile,
                         responses: result.responses.count, reason: item.reason)
        }
    }

    @discardableResult
    func storeCall<T>(_ body: () throws(StoreError) -> T) throws(PipelineError) -> T {
        do { return try body() } catch { throw .io("the store in .heard/ failed: \(error.description)") }
    }
}

extension RunReport.ExportLine.Outcome {
    /// The outcome a plan action has when it goes as planned.
    init(_ action: RunPlan.Action) {
        switch action {
        case .new: self = .new
        case .changed: self = .changed
        case .moved: self = .moved
        case .copy: self = .copy
        case .unchanged: self = .unchanged
        case .rederive: self = .rederived
        case .retry: self = .retried
        case .restore: self = .restored
        case .stillRejected, .unreadable: self = .rejected
        case .superseded: self = .superseded
        case .gone: self = .gone
        }
    }
}

extension RunReport.ExportLine {
    /// The line for a file the run did not read.
    init(unread item: RunPlan.Item) {
        let holds = [.unchanged, .moved].contains(item.action)
        self.init(path: item.path, outcome: .init(item.action), profile: item.profile,
                  responses: holds ? item.responses : 0, reason: item.reason, isRepeat: item.action == .stillRejected)
    }
}

/// Wall-clock seconds per stage, for the run report, and the process's CPU seconds (user and system, every
/// thread) in each as "<stage>, CPU": on a shared machine the wall clock measures the neighbours.
struct StageClock {
    private var current: (name: String, started: Date, cpu: Double)?
    /// "start-up, CPU": what the process spent before the run's first stage (loading the program, reading the
    /// command line), so the stages' CPU and this add up to the process's.
    private var totals: [String: Double] = ["start-up, CPU": StepClock.processCPUSeconds()]

    mutating func start(_ stage: String) {
        stop()
        current = (stage, Date(), StepClock.processCPUSeconds())
    }

    private mutating func stop() {
        if let current {
            totals[current.name, default: 0] += Date().timeIntervalSince(current.started)
            totals[current.name + ", CPU", default: 0] += StepClock.processCPUSeconds() - current.cpu
        }
        current = nil
    }

    mutating func finish() -> [String: Double] {
        stop()
        return totals
    }
}

import Foundation
import HeardCore
import HeardPrivacy
import HeardStore

extension Pipeline {
    /// Reads every new or changed export and stores its responses, one transaction each; a bad export is
    /// recorded as rejected, left untouched, and the run goes on.
    func ingestExports(processor: ExportProcessor, store: Store, derivation: String, report: inout RunReport,
                       diagnostics: DiagnosticCollector, clock: inout StageClock) throws(PipelineError) {
        clock.start("ingest")
        let known = Dictionary(try storeCall { () throws(StoreError) in try store.exports() }.map { ($0.path, $0) },
                               uniquingKeysWith: { a, _ in a })
        let (files, ignored) = workspace.exportFiles()
        report.ignoredFiles = ignored.map(workspace.relativePath)
        var present: Set<String> = []
        let rebuild = options.rebuild
        let foundAt = report.startedAt
        let paths = files.map(workspace.relativePath)
        /// Starts reading and processing file `number` on another thread.
        func prefetch(_ number: Int) -> Pending<PreparedExport>? {
            guard files.indices.contains(number) else { return nil }
            let url = files[number], path = paths[number], previous = known[path]
            let derivedAlike = previous?.derivation == derivation || previous?.status == .rejected
            return Pending {
                PreparedExport.prepare(url: url, path: path, processor: processor, isCurrent: { sha in
                    guard let previous, !rebuild else { return false }
                    return previous.sha256 == sha && previous.status != .missing && derivedAlike
                }, foundAt: foundAt)
            }
        }
        var next = prefetch(0)
        for number in files.indices {
            guard let prepared = next?.wait() else { break }
            next = prefetch(number + 1)
            progress?("reading \(number + 1) of \(files.count): \(prepared.path)")
            present.insert(prepared.path)
            try record(prepared, known: known[prepared.path], store: store, derivation: derivation, report: &report,
                      diagnostics: diagnostics)
        }
        if !options.dryRun {
            let missing = try storeCall { () throws(StoreError) in try store.markMissing(except: present) }
            for path in missing {
                report.exports.append(.init(path: path, outcome: .missing, profile: known[path]?.profile,
                                            responses: known[path]?.respondents ?? 0,
                                            reason: "no longer in Surveys/; its responses are kept"))
            }
        }
    }

    /// Records one prepared export: stores its responses in one transaction, or notes it unchanged or rejected.
    private func record(_ prepared: PreparedExport, known previous: ExportRecord?, store: Store, derivation: String,
                       report: inout RunReport, diagnostics: DiagnosticCollector) throws(PipelineError) {
        let path = prepared.path, sha = prepared.sha256
        for diagnostic in prepared.diagnostics { diagnostics.emit(diagnostic) }
        switch prepared.work {
        case .unreadable:
            report.exports.append(.init(path: path, outcome: .rejected, profile: nil, responses: 0,
                                        reason: "cannot be read (permissions or a file still being copied)"))
        case .unchanged:
            let outcome: RunReport.ExportLine.Outcome = previous?.status == .rejected ? .rejected : .unchanged
            report.exports.append(.init(path: path, outcome: outcome, profile: previous?.profile,
                                        responses: previous?.respondents ?? 0, reason: previous?.reason, isRepeat: true))
        case .failed(let error):
            diagnostics.emit(error)
            if !options.dryRun {
                try storeCall { () throws(StoreError) in
                    try store.rejectExport(path: path, sha256: sha, reason: error.description, at: now())
                }
            }
            report.exports.append(.init(path: path, outcome: .rejected, profile: nil, responses: 0,
                                        reason: error.description))
        case .processed(let result):
            let outcome: RunReport.ExportLine.Outcome = previous == nil ? .new
                : (previous!.sha256 == sha ? .rederived : .changed)
            if !options.dryRun {
                let superseded = try storeCall { () throws(StoreError) in
                    try store.replaceExport(path: path, sha256: sha, profile: result.profile,
                                            responses: result.responses, questions: result.questions,
                                            derivation: derivation, at: now())
                }
                report.responsesSuperseded += superseded
                report.newConcerns += try SafeguardingList(workspace: workspace).record(result.concerns)
            } else {
                report.newConcerns += result.concerns.count
            }
            report.responsesAdded += result.responses.count
            report.exports.append(.init(path: path, outcome: outcome, profile: result.profile,
                                        responses: result.responses.count, reason: nil))
        }
    }

    func storeCall<T>(_ body: () throws(StoreError) -> T) throws(PipelineError) -> T {
        do { return try body() } catch { throw .io("the store in .heard/ failed: \(error.description)") }
    }
}

/// Wall-clock seconds per stage, for the run report.
struct StageClock {
    private var current: (name: String, started: Date)?
    private var totals: [String: Double] = [:]

    mutating func start(_ stage: String) {
        stop()
        current = (stage, Date())
    }

    private mutating func stop() {
        if let current { totals[current.name, default: 0] += Date().timeIntervalSince(current.started) }
        current = nil
    }

    mutating func finish() -> [String: Double] {
        stop()
        return totals
    }
}

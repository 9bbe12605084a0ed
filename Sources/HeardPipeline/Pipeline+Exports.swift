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
        for (number, url) in files.enumerated() {
            let path = workspace.relativePath(url)
            progress?("reading \(number + 1) of \(files.count): \(path)")
            present.insert(path)
            let bytes: [UInt8]
            do { bytes = try FileSystem.read(url) } catch {
                report.exports.append(.init(path: path, outcome: .rejected, profile: nil, responses: 0,
                                            reason: "cannot be read (permissions or a file still being copied)"))
                continue
            }
            let sha = Digest.sha256Hex(bytes)
            let derivedAlike = known[path]?.derivation == derivation || known[path]?.status == .rejected
            if let previous = known[path], previous.sha256 == sha, previous.status != .missing, derivedAlike,
               !options.rebuild {
                let outcome: RunReport.ExportLine.Outcome = previous.status == .rejected ? .rejected : .unchanged
                report.exports.append(.init(path: path, outcome: outcome, profile: previous.profile,
                                            responses: previous.respondents, reason: previous.reason, isRepeat: true))
                continue
            }
            let outcome: RunReport.ExportLine.Outcome = known[path] == nil ? .new
                : (known[path]!.sha256 == sha ? .rederived : .changed)
            let source = SourceLocation(file: path)
            let result: ExportProcessor.Result
            do {
                result = try processor.process(bytes, source: source, foundAt: report.startedAt, diagnostics: diagnostics)
            } catch {
                diagnostics.emit(error)
                if !options.dryRun {
                    try storeCall { () throws(StoreError) in
                        try store.rejectExport(path: path, sha256: sha, reason: error.description, at: now())
                    }
                }
                report.exports.append(.init(path: path, outcome: .rejected, profile: nil, responses: 0,
                                            reason: error.description))
                continue
            }
            if !options.dryRun {
                let superseded = try storeCall { () throws(StoreError) in
                    try store.replaceExport(path: path, sha256: sha, profile: result.profile,
                                            responses: result.responses, derivation: derivation, at: now())
                }
                report.responsesSuperseded += superseded
            }
            if !options.dryRun {
                report.newConcerns += try SafeguardingList(workspace: workspace).record(result.concerns)
            } else {
                report.newConcerns += result.concerns.count
            }
            report.responsesAdded += result.responses.count
            report.exports.append(.init(path: path, outcome: outcome, profile: result.profile,
                                        responses: result.responses.count, reason: nil))
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

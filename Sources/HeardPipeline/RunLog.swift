import Foundation

/// `.heard/logs/heard.log`: one block per run for IT (times, counts, warnings by location; never content),
/// rotated at 1 MB keeping five old files.
struct RunLog {
    let folder: URL
    static let limit = 1 << 20
    static let kept = 5

    func append(_ report: RunReport) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let file = folder.appending(path: "heard.log")
        rotateIfNeeded(file)
        var lines = ["\(report.finishedAt) run: \(report.headline); added \(report.responsesAdded), "
                     + "superseded \(report.responsesSuperseded); outputs written \(report.outputsWritten.count)"]
        if report.concernsNeedingReview > 0 { lines.append("\(report.finishedAt) safeguarding: \(report.safeguardingLine)") }
        lines += report.rejected.map { "\(report.finishedAt) rejected: \($0.path): \($0.reason ?? "")" }
        lines += report.diagnostics.filter { $0.severity >= .warning }.map { "\(report.finishedAt) \($0)" }
        lines += report.blockedOutputs.map { "\(report.finishedAt) final scan stopped: \($0)" }
        let timings = report.secondsPerStage.sorted { $0.key < $1.key }.map { String(format: "%@ %.3fs", $0.key, $0.value) }
        lines.append("\(report.finishedAt) timings: \(timings.joined(separator: ", "))")
        let text = lines.joined(separator: "\n") + "\n"
        if let handle = try? FileHandle(forWritingTo: file) {
            _ = try? handle.seekToEnd()
            try? handle.write(contentsOf: Data(text.utf8))
            try? handle.close()
        } else {
            _ = FileManager.default.createFile(atPath: file.path(percentEncoded: false), contents: Data(text.utf8),
                                           attributes: [.posixPermissions: 0o600])
        }
    }

    private func rotateIfNeeded(_ file: URL) {
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path(percentEncoded: false))[.size] as? Int) ?? 0
        guard size >= Self.limit else { return }
        let manager = FileManager.default
        try? manager.removeItem(at: folder.appending(path: "heard.log.\(Self.kept)"))
        for index in stride(from: Self.kept - 1, through: 1, by: -1) {
            try? manager.moveItem(at: folder.appending(path: "heard.log.\(index)"), to: folder.appending(path: "heard.log.\(index + 1)"))
        }
        try? manager.moveItem(at: file, to: folder.appending(path: "heard.log.1"))
    }
}

import Foundation
import HeardCore
import HeardPrivacy
import HeardStore

extension Pipeline {
    /// What `heard forget` did, without the young person's id.
    public struct Erasure: Sendable {
        public var responsesRemoved: Int
        public var concernsRemoved: Int
    }

    /// Erases one young person's response from one export everywhere Heard keeps it (UK GDPR right to
    /// erasure): stored responses, safeguarding records and, on the rebuild that follows, every output. The
    /// keyed pseudonym is remembered so the response is never stored again; the id itself is not kept, and
    /// the log records that an erasure happened, not whose.
    public func forget(respondent sourceID: String?, row: Int?, export path: String) throws(PipelineError) -> Erasure {
        let lock = RunLock(path: workspace.lockPath)
        try FileSystem.makeDirectory(workspace.state, mode: 0o700)
        try lock.acquire()
        defer { lock.release() }
        let store = try openStore()
        let url = path.hasPrefix("/") ? URL(filePath: path) : workspace.root.appending(path: path)
        let exportPath = workspace.relativePath(url)
        let key = try WorkspaceKey.load(from: workspace.keyPath, create: false)
        let pseudonymiser = Pseudonymiser(key: key)
        let series = try storeCall { () throws(StoreError) in try store.series(ofExport: exportPath) }
        guard !series.isEmpty else { throw .configuration("Heard holds no responses from \(exportPath)") }
        let keys = Set(series.map { item in
            pseudonymiser.pseudonym(series: item, sourceID: sourceID, fallback: SourceLocation(file: exportPath, row: row))
        })
        let removed = try storeCall { () throws(StoreError) in
            try store.erase(respondentKeys: keys, exportPath: exportPath, at: now())
        }
        var concernsRemoved = 0
        let list = SafeguardingList(workspace: workspace)
        for concern in try list.concerns() where concern.location.file == exportPath
            && ((sourceID != nil && concern.respondentID?.lowercased() == sourceID?.lowercased())
                || (sourceID == nil && concern.location.row == row)) {
            try? FileManager.default.removeItem(at: list.folder.appending(path: "\(concern.id).json"))
            concernsRemoved += 1
        }
        try storeCall { () throws(StoreError) in
            try store.recordRun(started: now(), finished: now(), outcome: "erasure",
                                summary: "erased \(removed) response(s) from \(exportPath) on request")
        }
        return Erasure(responsesRemoved: removed, concernsRemoved: concernsRemoved)
    }
}

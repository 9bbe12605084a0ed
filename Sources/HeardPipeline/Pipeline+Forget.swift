import Foundation
import HeardCore
import HeardIngest
import HeardNormalise
import HeardPrivacy
import HeardStore

extension Pipeline {
    /// What `heard forget` did, without the young person's id.
    public struct Erasure: Sendable {
        public var responsesRemoved: Int
        public var concernsRemoved: Int
    }

    /// Erases one young person's response from one export everywhere Heard keeps it (UK GDPR right to
    /// erasure): stored responses, safeguarding records and, on the run that follows, every output. The keyed
    /// pseudonym and the keyed fingerprint of their row are remembered so the response is never stored again:
    /// not when the export is read anew, moved, or downloaded again with more responses. The id itself is not
    /// kept, and the log records that an erasure happened, not whose.
    public func forget(respondent sourceID: String?, row: Int?, export path: String) throws(PipelineError) -> Erasure {
        let lock = RunLock(path: workspace.lockPath)
        try FileSystem.makeDirectory(workspace.state, mode: 0o700)
        try lock.acquire()
        defer { lock.release() }
        let store = try openStore()
        let key = try WorkspaceKey.load(workspace: workspace, store: store, create: false)
        let url = path.hasPrefix("/") ? URL(filePath: path) : workspace.root.appending(path: path)
        let exportPath = workspace.relativePath(url)
        let ledger = try storeCall { () throws(StoreError) in try store.exports() }
        let byID = Dictionary(ledger.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        guard var holder = ledger.first(where: { $0.paths.contains(exportPath) })
            ?? ledger.first(where: { $0.path == exportPath }) else {
            throw .configuration("Heard has not read \(exportPath) (see heard status)")
        }
        // A download superseded by a cumulative re-download: the response is held in the later one.
        for _ in 0..<ledger.count where holder.status == .superseded {
            guard let by = holder.supersededBy, let next = byID[by] else { break }
            holder = next
        }
        guard holder.status == .current else {
            throw .configuration("Heard holds no responses from \(exportPath): it is \(holder.status.rawValue)")
        }
        let rows = try rowsOf(respondent: sourceID, row: row, in: url, exportPath: exportPath, key: key)
        let pseudonymiser = Pseudonymiser(key: key)
        let series = try storeCall { () throws(StoreError) in try store.series(ofExport: holder.id) }
        let keys = Set(series.map { item in
            pseudonymiser.pseudonym(series: item, sourceID: sourceID, fallback: SourceLocation(file: holder.path, row: row))
        })
        let removed = try storeCall { () throws(StoreError) in
            try store.erase(respondentKeys: keys, rows: rows, fromExports: [holder.id], at: now())
        }
        let list = SafeguardingList(workspace: workspace)
        let paths = Set([exportPath, holder.path] + holder.paths)
        let concernsRemoved = try list.remove(Set(try list.concerns().filter { concern in paths.contains(concern.location.file)
            && ((sourceID != nil && concern.respondentID?.lowercased() == sourceID?.lowercased())
                || (sourceID == nil && concern.location.row == row && concern.location.file == exportPath)) }.map(\.id)))
        try storeCall { () throws(StoreError) in
            try store.recordRun(started: now(), finished: now(), outcome: "erasure",
                                summary: "erased \(removed) response(s) from \(exportPath) on request")
        }
        return Erasure(responsesRemoved: removed, concernsRemoved: concernsRemoved)
    }

    /// The keyed fingerprints of the young person's rows in the export file (by respondent id, or by row).
    private func rowsOf(respondent sourceID: String?, row: Int?, in url: URL, exportPath: String,
                        key: [UInt8]) throws(PipelineError) -> Set<Int64> {
        guard let bytes = try? FileSystem.read(url) else { return [] }
        let settings = try loadSettings()
        let normaliser = Normaliser(library: try loadProfiles(), ageBands: settings.ageBands,
                                    waveScheme: WaveScheme(rawValue: settings.wave) ?? .academicYear)
        let diagnostics = DiagnosticCollector()
        guard let tables = try? Ingester().read(bytes, source: SourceLocation(file: exportPath), diagnostics: diagnostics)
        else { return [] }
        var found: Set<Int64> = []
        for table in tables {
            guard let result = try? normaliser.normalise(table, diagnostics: diagnostics) else { continue }
            let wanted = Set(result.responses.filter { response in
                if let sourceID { return response.identity.sourceID?.lowercased() == sourceID.lowercased() }
                return response.location.row == row
            }.compactMap(\.location.row))
            let fingerprints = RowFingerprint(key: key).fingerprints(of: table)
            for (index, tableRow) in table.rows.enumerated() where wanted.contains(tableRow.sourceRow) {
                found.insert(fingerprints[index])
            }
        }
        return found
    }
}

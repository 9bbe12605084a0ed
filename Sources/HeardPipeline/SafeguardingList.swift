import Foundation
import HeardCore
import HeardPrivacy
import HeardStore

/// A disclosure found in an export: what an officer needs to act the same day. Restricted: kept only in
/// `.heard/safeguarding/` (folder 0700, files 0600).
public struct Concern: Codable, Sendable, Hashable {
    public var id: String
    public var kinds: [ConcernKind]
    public var evidence: [String]
    /// Export, sheet, row and column.
    public var location: SourceLocation
    /// The survey tool's respondent id, so the young person can be found.
    public var respondentID: String?
    /// The young person's own words, verbatim.
    public var text: String
    public var foundAt: String
    public var acknowledgedBy: String?
    public var acknowledgedAt: String?
    /// When a run first told someone about it (its run report and the hook). A concern recorded by a run that
    /// was stopped before it could say so is announced by the next run.
    public var announcedAt: String?
}

/// The restricted list of concerns: one database in `.heard/safeguarding/` (`ConcernStore`: folder 0700, file
/// 0600), each concern a row whose record is written once, with one flush to disk per batch. A list left by
/// an earlier Heard (one JSON file per concern) is carried over the first time the list is written to
/// (`SafeguardingList+Earlier`), acknowledgements and announcements kept; until then readers see both.
public struct SafeguardingList: Sendable {
    public var workspace: Workspace

    public init(workspace: Workspace) { self.workspace = workspace }

    var folder: URL { workspace.state.appending(path: "safeguarding", directoryHint: .isDirectory) }
    var databasePath: String { folder.appending(path: "concerns.sqlite").path(percentEncoded: false) }

    /// A stable id for a comment: the same comment in the same place is the same concern on every run.
    static func id(location: SourceLocation, text: String) -> String {
        String(Digest.sha256Hex(Array("\(location)\u{0}\(text)".utf8)).prefix(12))
    }

    /// Records concerns not held before, in one commit flushed to disk before this returns, so that the store
    /// may then mark their export done: a crash can lose the store's transaction, never a disclosure. Returns
    /// how many were not held.
    func record(_ concerns: [Concern]) throws(PipelineError) -> Int {
        guard !concerns.isEmpty else { return 0 }
        var ids: Set<String> = []
        let fresh = concerns.filter { ids.insert($0.id).inserted }
        // Encoded on both cores: thousands of records on a first night.
        let rows = ParallelMap.map(fresh) { concern in Result { () throws(PipelineError) in try Self.row(concern) } }
        var batch: [ConcernStore.Row] = []
        batch.reserveCapacity(rows.count)
        for row in rows { batch.append(try row.get()) }
        let store = try openForWriting()
        return try call { () throws(StoreError) in try store.insert(batch) }
    }

    /// How many of `concerns` are not held (for a dry run, which records nothing).
    func countNotHeld(_ concerns: [Concern]) throws(PipelineError) -> Int {
        let ids = Set(concerns.map(\.id))
        var held = Set(try earlierRecords().map(\.concern.id))
        if let store = try openForReading() {
            held.formUnion(try call { () throws(StoreError) in try store.holding(ids) })
        }
        return ids.subtracting(held).count
    }

    /// What a run says about the list: how many concerns await an officer's review, and which no run has
    /// announced yet (ids only: no record is read).
    struct Tally: Sendable {
        var needingReview: Int
        var unannounced: [String]
    }

    func tally() throws(PipelineError) -> Tally {
        if try earlierRecords().isEmpty {
            guard let store = try openForReading() else { return Tally(needingReview: 0, unannounced: []) }
            let tally = try call { () throws(StoreError) in try store.tally() }
            return Tally(needingReview: tally.needingReview, unannounced: tally.unannounced)
        }
        let all = try concerns()
        return Tally(needingReview: all.filter { $0.acknowledgedBy == nil }.count,
                     unannounced: all.filter { $0.announcedAt == nil }.map(\.id))
    }

    /// Marks these concerns as announced at `time`, in one commit; an acknowledgement recorded meanwhile is
    /// untouched (only the announcement is set, and only where none is).
    func markAnnounced(_ ids: [String], at time: Date) throws(PipelineError) {
        guard !ids.isEmpty else { return }
        let announced = ISO8601DateFormatter().string(from: time)
        let store = try openForWriting()
        try call { () throws(StoreError) in try store.markAnnounced(ids, at: announced) }
    }

    /// Every concern held, oldest first.
    public func concerns() throws(PipelineError) -> [Concern] {
        var byID: [String: Concern] = [:]
        if let store = try openForReading() {
            let rows = try call { () throws(StoreError) in try store.rows() }
            let decoded = ParallelMap.map(rows) { row in Self.concern(row) }
            for (row, concern) in zip(rows, decoded) {
                guard let concern else {
                    throw .configuration("the concern \(row.id) in \(workspace.relativePath(folder)) is not readable")
                }
                byID[concern.id] = concern
            }
        }
        for earlier in try earlierRecords() {
            byID[earlier.concern.id] = byID[earlier.concern.id].map { Self.carriedOver(earlier.concern, onto: $0) }
                ?? earlier.concern
        }
        return byID.values.sorted { ($0.foundAt, $0.id) < ($1.foundAt, $1.id) }
    }

    public func unacknowledgedCount() throws(PipelineError) -> Int {
        try tally().needingReview
    }

    public func acknowledge(_ id: String, by name: String, at time: Date = Date()) throws(PipelineError) {
        let store = try openForWriting()
        let found = try call { () throws(StoreError) in
            try store.acknowledge(id, by: name, at: ISO8601DateFormatter().string(from: time))
        }
        guard found else { throw .configuration("no concern with id \(id) (see heard safeguarding list)") }
    }

    /// Removes these concerns for good (an erasure); returns how many were held.
    func remove(_ ids: Set<String>) throws(PipelineError) -> Int {
        guard !ids.isEmpty else { return 0 }
        let store = try openForWriting()
        return try call { () throws(StoreError) in try store.remove(ids) }
    }

    /// The list, made if missing (folder 0700, file 0600), with any earlier layout carried over into it.
    func openForWriting() throws(PipelineError) -> ConcernStore {
        try FileSystem.makeDirectory(workspace.state, mode: 0o700)
        try FileSystem.makeDirectory(folder, mode: 0o700)
        _ = chmod(folder.path(percentEncoded: false), 0o700)
        let store = try call { () throws(StoreError) in try ConcernStore(path: databasePath, create: true) }
        try carryOverEarlierRecords(into: store)
        return store
    }

    /// The list as it is, or nil when no concern was ever recorded; reading makes and changes nothing.
    private func openForReading() throws(PipelineError) -> ConcernStore? {
        guard FileManager.default.fileExists(atPath: databasePath) else { return nil }
        return try call { () throws(StoreError) in try ConcernStore(path: databasePath, create: false) }
    }

    func call<T>(_ body: () throws(StoreError) -> T) throws(PipelineError) -> T {
        do { return try body() } catch {
            throw .io("the list of concerns in \(workspace.relativePath(folder)) failed: \(error.description)")
        }
    }

    /// A concern as a row: its record without acknowledgement or announcement, which are kept beside it.
    static func row(_ concern: Concern) throws(PipelineError) -> ConcernStore.Row {
        var record = concern
        record.acknowledgedBy = nil
        record.acknowledgedAt = nil
        record.announcedAt = nil
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(record), let text = String(data: data, encoding: .utf8) else {
            throw .io("cannot encode a concern record")
        }
        return ConcernStore.Row(id: concern.id, foundAt: concern.foundAt, record: text,
                                acknowledgedBy: concern.acknowledgedBy, acknowledgedAt: concern.acknowledgedAt,
                                announcedAt: concern.announcedAt)
    }

    /// A row as a concern; nil when its record does not decode.
    static func concern(_ row: ConcernStore.Row) -> Concern? {
        guard var concern = try? JSONDecoder().decode(Concern.self, from: Data(row.record.utf8)) else { return nil }
        concern.acknowledgedBy = row.acknowledgedBy
        concern.acknowledgedAt = row.acknowledgedAt
        concern.announcedAt = row.announcedAt
        return concern
    }
}

import Foundation
import HeardCore
import HeardPrivacy

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

/// The restricted list of concerns in `.heard/safeguarding/`, one JSON file per concern.
public struct SafeguardingList: Sendable {
    public var workspace: Workspace

    public init(workspace: Workspace) { self.workspace = workspace }

    var folder: URL { workspace.state.appending(path: "safeguarding", directoryHint: .isDirectory) }

    /// A stable id for a comment: the same comment in the same place is the same concern on every run.
    static func id(location: SourceLocation, text: String) -> String {
        String(Digest.sha256Hex(Array("\(location)\u{0}\(text)".utf8)).prefix(12))
    }

    /// Records concerns not seen before, all flushed to disk before this returns, so that the store may then
    /// mark their export done: a crash can lose the store's transaction, never a disclosure. Returns how many
    /// were not on file.
    func record(_ concerns: [Concern]) throws(PipelineError) -> Int {
        guard !concerns.isEmpty else { return 0 }
        try FileSystem.makeDirectory(workspace.state, mode: 0o700)
        try FileSystem.makeDirectory(folder, mode: 0o700)
        _ = chmod(folder.path(percentEncoded: false), 0o700)
        var ids: Set<String> = []
        let fresh = concerns.filter { !holds($0.id) && ids.insert($0.id).inserted }
        // Encoded on both cores: thousands of records on a first night.
        let encoded = ParallelMap.map(fresh) { concern -> Result<[UInt8], PipelineError> in
            do throws(PipelineError) { return .success(try Self.encode(concern)) } catch { return .failure(error) }
        }
        var files: [(bytes: [UInt8], name: String)] = []
        for (concern, bytes) in zip(fresh, encoded) { files.append((try bytes.get(), "\(concern.id).json")) }
        try FileSystem.writeDurably(files, in: folder)
        return fresh.count
    }

    /// Whether a concern with this id is on file.
    func holds(_ id: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.appending(path: "\(id).json").path(percentEncoded: false))
    }

    /// What a run says about the list, from one reading of it: how many concerns await an officer's review,
    /// and which no run has announced yet.
    struct Tally: Sendable {
        var needingReview: Int
        var unannounced: [String]
        /// The unannounced records as this reading found them (by id), so that marking them need not read
        /// them again: a record changed since is found changed when it is put in place, and marked again.
        var asRead: [String: [UInt8]] = [:]
    }

    func tally() throws(PipelineError) -> Tally {
        let all = try records()
        var asRead: [String: [UInt8]] = [:]
        for record in all where record.concern.announcedAt == nil { asRead[record.concern.id] = record.bytes }
        return Tally(needingReview: all.filter { $0.concern.acknowledgedBy == nil }.count,
                     unannounced: all.filter { $0.concern.announcedAt == nil }.map(\.concern.id), asRead: asRead)
    }

    /// Marks these concerns as announced at `time` (each read again first, so an acknowledgement recorded
    /// meanwhile is kept), on both cores. The records are rewritten with one flush to disk for all of them (a
    /// flush per record took seconds for thousands of records): each is read, marked and written aside, the
    /// file system flushed once, and each put in place only if it is still as it was read; a record changed
    /// meanwhile (acknowledged by an officer) is read and marked again on its own.
    func markAnnounced(_ ids: [String], at time: Date, asRead: [String: [UInt8]] = [:]) throws(PipelineError) {
        let announced = ISO8601DateFormatter().string(from: time)
        let folder = folder
        let marked = ParallelMap.map(ids) { id -> Result<(read: [UInt8], name: String, bytes: [UInt8])?, PipelineError> in
            let name = "\(id).json"
            do throws(PipelineError) {
                return .success(try Self.marked(folder.appending(path: name), asRead: asRead[id], announced)
                    .map { ($0.read, name, $0.marked) })
            } catch {
                return .failure(error)
            }
        }
        var files: [(read: [UInt8], name: String, bytes: [UInt8])] = []
        for result in marked { if let file = try result.get() { files.append(file) } }
        let asRead = Dictionary(files.map { ($0.name, $0.read) }, uniquingKeysWith: { first, _ in first })
        let changed = try FileSystem.writeDurably(files.map { ($0.bytes, $0.name) }, in: folder) { name in
            (try? FileSystem.read(folder.appending(path: name))) == asRead[name]
        }
        for name in changed {
            let url = folder.appending(path: name)
            if let record = try Self.marked(url, announced) { try FileSystem.writeIfChanged(record.marked, to: url, mode: 0o600) }
        }
    }

    /// The record at `url` as read and as marked announced at `announced`; nil when there is nothing to mark:
    /// the record is gone or unreadable since the run read the list (`tally` reported it) or already announced.
    private static func marked(_ url: URL, asRead: [UInt8]? = nil,
                               _ announced: String) throws(PipelineError) -> (read: [UInt8], marked: [UInt8])? {
        guard let bytes = asRead ?? (try? FileSystem.read(url)) else { return nil }
        if let marked = ConcernRecordText.markedAnnounced(bytes, at: announced) { return (bytes, marked) }
        guard var concern = try? decode(bytes, JSONDecoder()), concern.announcedAt == nil else { return nil }
        concern.announcedAt = announced
        return (bytes, try encode(concern))
    }

    /// Every concern on file, oldest first; read and decoded on both cores.
    public func concerns() throws(PipelineError) -> [Concern] {
        try records().map(\.concern).sorted { ($0.foundAt, $0.id) < ($1.foundAt, $1.id) }
    }

    /// Every record on file with its bytes as read, in no order; read and decoded on both cores.
    private func records() throws(PipelineError) -> [(bytes: [UInt8], concern: Concern)] {
        let files = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "json" }
        let read = ParallelMap.map(files) { url -> (bytes: [UInt8], concern: Concern)? in
            guard let bytes = try? FileSystem.read(url), let concern = try? Self.decode(bytes, JSONDecoder()) else { return nil }
            return (bytes, concern)
        }
        var records: [(bytes: [UInt8], concern: Concern)] = []
        for (url, record) in zip(files, read) {
            guard let record else {
                throw .configuration("\(workspace.relativePath(url)) is not a readable concern record")
            }
            records.append(record)
        }
        return records
    }

    public func unacknowledgedCount() throws(PipelineError) -> Int {
        try concerns().filter { $0.acknowledgedBy == nil }.count
    }

    public func acknowledge(_ id: String, by name: String, at time: Date = Date()) throws(PipelineError) {
        let url = folder.appending(path: "\(id).json")
        guard let bytes = try? FileSystem.read(url), var concern = try? JSONDecoder().decode(Concern.self, from: Data(bytes))
        else { throw .configuration("no concern with id \(id) (see heard safeguarding list)") }
        concern.acknowledgedBy = name
        concern.acknowledgedAt = ISO8601DateFormatter().string(from: time)
        try write(concern, to: url)
    }

    private func write(_ concern: Concern, to url: URL) throws(PipelineError) {
        try FileSystem.writeIfChanged(try Self.encode(concern), to: url, mode: 0o600)
    }

    private static func decode(_ bytes: [UInt8], _ decoder: JSONDecoder) throws -> Concern {
        try decoder.decode(Concern.self, from: Data(bytes))
    }

    static func encode(_ concern: Concern) throws(PipelineError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(concern) else { throw .io("cannot encode a concern record") }
        return Array(data)
    }
}

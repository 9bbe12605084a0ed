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
public struct SafeguardingList {
    public var workspace: Workspace

    public init(workspace: Workspace) { self.workspace = workspace }

    var folder: URL { workspace.state.appending(path: "safeguarding", directoryHint: .isDirectory) }

    /// A stable id for a comment: the same comment in the same place is the same concern on every run.
    static func id(location: SourceLocation, text: String) -> String {
        String(Digest.sha256Hex(Array("\(location)\u{0}\(text)".utf8)).prefix(12))
    }

    /// Records concerns not seen before, each flushed to disk before this returns, so that the store may then
    /// mark their export done: a crash can lose the store's transaction, never a disclosure. Returns how many
    /// were not on file.
    func record(_ concerns: [Concern]) throws(PipelineError) -> Int {
        guard !concerns.isEmpty else { return 0 }
        try FileSystem.makeDirectory(workspace.state, mode: 0o700)
        try FileSystem.makeDirectory(folder, mode: 0o700)
        _ = chmod(folder.path(percentEncoded: false), 0o700)
        var added = 0
        for concern in concerns {
            let url = folder.appending(path: "\(concern.id).json")
            if FileManager.default.fileExists(atPath: url.path(percentEncoded: false)) { continue }
            try FileSystem.writeDurably(try Self.encode(concern), to: url)
            added += 1
        }
        return added
    }

    /// Whether a concern with this id is on file.
    func holds(_ id: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.appending(path: "\(id).json").path(percentEncoded: false))
    }

    /// How many concerns on file no run has announced yet.
    func unannouncedCount() throws(PipelineError) -> Int {
        try concerns().filter { $0.announcedAt == nil }.count
    }

    /// Marks every concern on file as announced at `time`.
    func markAnnounced(at time: Date) throws(PipelineError) {
        let announced = ISO8601DateFormatter().string(from: time)
        for var concern in try concerns() where concern.announcedAt == nil {
            concern.announcedAt = announced
            try write(concern, to: folder.appending(path: "\(concern.id).json"))
        }
    }

    public func concerns() throws(PipelineError) -> [Concern] {
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        var concerns: [Concern] = []
        let decoder = JSONDecoder()
        for url in files where url.pathExtension == "json" {
            let bytes = try FileSystem.read(url)
            guard let concern = try? decoder.decode(Concern.self, from: Data(bytes)) else {
                throw .configuration("\(workspace.relativePath(url)) is not a readable concern record")
            }
            concerns.append(concern)
        }
        return concerns.sorted { ($0.foundAt, $0.id) < ($1.foundAt, $1.id) }
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

    private static func encode(_ concern: Concern) throws(PipelineError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(concern) else { throw .io("cannot encode a concern record") }
        return Array(data)
    }
}

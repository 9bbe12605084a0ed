import Foundation
import HeardCore
import HeardStore

/// Lists left by Heard before 0.3 (one pretty-printed JSON file per concern in `.heard/safeguarding/`): read as
/// they are until the list is next written to, then carried over into the database in one commit, and only
/// then removed, so that a crash at any moment leaves every concern and every acknowledgement in one place or
/// the other (carrying over again changes nothing).
extension SafeguardingList {
    /// The earlier layout's records, with their files; an unreadable one stops the run, naming the file.
    func earlierRecords() throws(PipelineError) -> [(url: URL, concern: Concern)] {
        let files = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "json" && !$0.lastPathComponent.hasPrefix(".") }
        guard !files.isEmpty else { return [] }
        let read = ParallelMap.map(files) { url -> Concern? in
            guard let bytes = try? FileSystem.read(url) else { return nil }
            return try? JSONDecoder().decode(Concern.self, from: Data(bytes))
        }
        var records: [(url: URL, concern: Concern)] = []
        for (url, concern) in zip(files, read) {
            guard let concern else {
                throw .configuration("\(workspace.relativePath(url)) is not a readable concern record")
            }
            records.append((url, concern))
        }
        return records
    }

    /// Carries the earlier layout's records into `store` (durably), then removes their files.
    func carryOverEarlierRecords(into store: ConcernStore) throws(PipelineError) {
        let earlier = try earlierRecords()
        guard !earlier.isEmpty else { return }
        var rows: [ConcernStore.Row] = []
        for record in earlier { rows.append(try Self.row(record.concern)) }
        try call { () throws(StoreError) in try store.carryOver(rows) }
        for record in earlier { unlink(record.url.path(percentEncoded: false)) }
        let descriptor = open(folder.path(percentEncoded: false), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
    }

    /// `held` with what an earlier record adds: an acknowledgement or an announcement it lacks.
    static func carriedOver(_ earlier: Concern, onto held: Concern) -> Concern {
        var merged = held
        if merged.acknowledgedBy == nil {
            merged.acknowledgedBy = earlier.acknowledgedBy
            merged.acknowledgedAt = earlier.acknowledgedAt
        }
        merged.announcedAt = merged.announcedAt ?? earlier.announcedAt
        return merged
    }
}

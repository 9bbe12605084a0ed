import Foundation
import HeardPrivacy

/// `.heard/outputs.json`: what the last run rendered from. When nothing it depends on changed and every file is
/// still in `Output/`, a run skips summarising and rendering: a quiet night costs a fraction of a second.
struct OutputManifest: Codable, Equatable {
    var fingerprint: String
    var files: [String]
    /// Outputs the final privacy scan stopped, reported again on every run until a change lets them through.
    var blocked: [String] = []

    init(fingerprint: String, files: [String], blocked: [String] = []) {
        self.fingerprint = fingerprint
        self.files = files
        self.blocked = blocked
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        fingerprint = try container.decode(String.self, forKey: .fingerprint)
        files = try container.decode([String].self, forKey: .files)
        blocked = try container.decodeIfPresent([String].self, forKey: .blocked) ?? []
    }

    static func load(_ workspace: Workspace) -> OutputManifest? {
        guard let data = try? Data(contentsOf: url(workspace)) else { return nil }
        return try? JSONDecoder().decode(OutputManifest.self, from: data)
    }

    func save(_ workspace: Workspace) throws(PipelineError) {
        guard let data = try? JSONEncoder().encode(self) else { return }
        try FileSystem.writeIfChanged(Array(data), to: Self.url(workspace), mode: 0o600)
    }

    /// Whether every file is still there (Output/ is safe to delete).
    func filesPresent(_ workspace: Workspace) -> Bool {
        files.allSatisfy { FileManager.default.fileExists(atPath: workspace.output.appending(path: $0).path(percentEncoded: false)) }
    }

    static func url(_ workspace: Workspace) -> URL { workspace.state.appending(path: "outputs.json") }

    /// Everything summaries depend on besides the store: derivation, actions, review decisions, settings.
    static func fingerprint(workspace: Workspace, derivation: String, storeState: String, settings: Settings) -> String {
        var parts = [derivation, storeState, settings.council, String(settings.suppressionThreshold)]
        let reviews = workspace.surveys.appending(path: "reviews")
        let inputs = [workspace.actions, workspace.state.appending(path: "review-decisions.json")]
            + ((try? FileManager.default.contentsOfDirectory(at: reviews, includingPropertiesForKeys: nil)) ?? [])
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        for url in inputs {
            if let data = try? Data(contentsOf: url) { parts.append(url.lastPathComponent + Digest.sha256Hex(Array(data))) }
        }
        return Digest.sha256Hex(Array(parts.joined(separator: "\n").utf8))
    }
}

import Foundation

/// `Output/` as Heard keeps it: nothing in it but what the last run produced and its run report. A file the
/// outputs no longer include (a wave whose export was taken away, a page after `heard forget`, an approved quote
/// withdrawn, a file someone copied in, a temporary file a killed run left) is removed, and so is a folder left
/// empty. `Output/` is generated: keep nothing else in it (its own `README.md` note at the top, which the
/// repository ships to say so, stays).
struct OutputFolder {
    let workspace: Workspace

    /// Files that stay whatever the outputs are: the run reports, and the note at the top of `Output/` that says the
    /// folder is generated (a fresh clone's first run must not delete a file the repository holds).
    static let alwaysKept: Set<String> = ["run-report.md", "run-report.json", "README.md"]

    /// Removes every file under `Output/` that is not in `keeping` (paths relative to `Output/`) or always kept.
    /// Returns the removed files' workspace-relative paths, sorted.
    func prune(keeping: Set<String>) throws(PipelineError) -> [String] {
        let root = workspace.output.standardizedFileURL
        let base = root.path(percentEncoded: false).hasSuffix("/") ? root.path(percentEncoded: false)
            : root.path(percentEncoded: false) + "/"
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey])
        else { return [] }
        var removed: [String] = []
        var folders: [URL] = []
        for case let url as URL in walker {
            let full = url.standardizedFileURL.path(percentEncoded: false)
            let relative = full.hasPrefix(base) ? String(full.dropFirst(base.count)) : full
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true {
                folders.append(url)
                continue
            }
            if keeping.contains(relative) || Self.alwaysKept.contains(relative) { continue }
            do { try FileManager.default.removeItem(at: url) } catch {
                throw .io("cannot remove the outdated file \(full)")
            }
            removed.append("Output/\(relative)")
        }
        for folder in folders.sorted(by: { $0.path.count > $1.path.count }) {
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: folder.path(percentEncoded: false))) ?? []
            if contents.isEmpty { try? FileManager.default.removeItem(at: folder) }
        }
        return removed.sorted()
    }
}

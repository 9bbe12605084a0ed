import Foundation

/// The folder `heard` works on: `Surveys/` (what officers drop), `Output/` (generated), `.heard/` (state).
public struct Workspace: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public var surveys: URL { root.appending(path: "Surveys", directoryHint: .isDirectory) }
    public var output: URL { root.appending(path: "Output", directoryHint: .isDirectory) }
    public var state: URL { root.appending(path: ".heard", directoryHint: .isDirectory) }
    public var profiles: URL { surveys.appending(path: "profiles", directoryHint: .isDirectory) }
    public var frameworks: URL { surveys.appending(path: "frameworks", directoryHint: .isDirectory) }
    public var actions: URL { surveys.appending(path: "actions.csv") }
    /// Places, shops and clubs the officer adds, one per line: never taken for a young person's name.
    public var places: URL { surveys.appending(path: "places.txt") }
    public var settings: URL { root.appending(path: "heard.json") }
    public var storePath: URL { state.appending(path: "heard.sqlite") }
    public var keyPath: URL { state.appending(path: "key") }
    public var lockPath: URL { state.appending(path: "run.lock") }

    /// Folders under `Surveys/` that hold Heard's own inputs rather than exports.
    static let reservedFolders: Set<String> = ["profiles", "reviews", "frameworks", "corrections"]
    /// File endings Heard tries to read as exports.
    static let exportExtensions: Set<String> = ["csv", "tsv", "txt", "xlsx", "xlsm", "xls", "ods"]

    /// A path relative to the workspace root, with `/` separators (how exports are named in reports).
    public func relativePath(_ url: URL) -> String {
        let base = root.path(percentEncoded: false)
        let full = url.standardizedFileURL.path(percentEncoded: false)
        let prefix = base.hasSuffix("/") ? base : base + "/"
        let relative = full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
        return relative.hasSuffix("/") ? String(relative.dropLast()) : relative
    }

    /// Every export under `Surveys/` (any depth), sorted by path; Heard's own files and hidden files excluded.
    /// Files with other endings are returned separately so the run report can mention them.
    public func exportFiles() -> (exports: [URL], ignored: [URL]) {
        var exports: [URL] = [], ignored: [URL] = []
        let ownFiles: Set<URL> = [actions.standardizedFileURL, surveys.appending(path: "corrections.csv").standardizedFileURL,
                                  places.standardizedFileURL]
        let keys: [URLResourceKey] = [.isRegularFileKey, .isDirectoryKey]
        guard let walker = FileManager.default.enumerator(at: surveys, includingPropertiesForKeys: keys,
                                                          options: [.skipsHiddenFiles]) else { return ([], []) }
        for case let url as URL in walker {
            let values = try? url.resourceValues(forKeys: Set(keys))
            if values?.isDirectory == true {
                if url.deletingLastPathComponent().standardizedFileURL == surveys.standardizedFileURL,
                   Self.reservedFolders.contains(url.lastPathComponent) {
                    walker.skipDescendants()
                }
                continue
            }
            guard values?.isRegularFile == true, !ownFiles.contains(url.standardizedFileURL) else { continue }
            if url.lastPathComponent.hasPrefix("~$") { continue } // Excel's lock file while a workbook is open
            if Self.exportExtensions.contains(url.pathExtension.lowercased()) {
                exports.append(url)
            } else {
                ignored.append(url)
            }
        }
        let byPath = { (a: URL, b: URL) in a.path(percentEncoded: false) < b.path(percentEncoded: false) }
        return (exports.sorted(by: byPath), ignored.sorted(by: byPath))
    }
}

import Foundation
import HeardPrivacy

extension Pipeline {
    /// The workspace's own places (`Surveys/places.txt`), if the officer keeps one.
    func loadPlaces() -> PlaceList? {
        guard let bytes = try? FileSystem.read(workspace.places) else { return nil }
        return PlaceList(String(decoding: bytes, as: UTF8.self))
    }

    /// The final look at everything else under `Output/` (older files and anything not written by Heard; the
    /// files in `skipping`, relative to `Output/`, were scanned as they were written, with the survey's own
    /// answer options set aside): a file in which `OutputScanner` finds what looks like an identifier is
    /// removed (`Output/` is rebuilt by every run) and reported by kind and line, never with what it found.
    func scanOutputFolder(skipping: Set<String>, report: inout RunReport) {
        let root = workspace.output
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return }
        for case let url as URL in walker where Self.scannedExtensions.contains(url.pathExtension.lowercased()) {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                  !skipping.contains(Self.outputRelativePath(url, root: root)),
                  let bytes = try? FileSystem.read(url) else { continue }
            let findings = OutputScanner.scan(String(decoding: bytes, as: UTF8.self), format: url.pathExtension.lowercased())
            guard let first = findings.first else { continue }
            let path = workspace.relativePath(url)
            try? FileManager.default.removeItem(at: url)
            report.blockedOutputs.append("\(path): \(first) (\(findings.count) in all); removed")
        }
    }

    static func outputRelativePath(_ url: URL, root: URL) -> String {
        let base = root.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
    }

    static let scannedExtensions: Set<String> = ["html", "htm", "md", "csv", "json", "txt", "svg", "xml", "tsv"]
}

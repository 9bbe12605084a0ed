import Foundation
import HeardPrivacy

extension Pipeline {
    /// The workspace's own places (`Surveys/places.txt`), if the officer keeps one.
    func loadPlaces() -> PlaceList? {
        guard let bytes = try? FileSystem.read(workspace.places) else { return nil }
        return PlaceList(String(decoding: bytes, as: UTF8.self))
    }

    /// The final look at everything under `Output/`, review pages and older files included: a file in which
    /// `OutputScanner` finds what looks like an identifier is removed (`Output/` is rebuilt by every run) and
    /// reported by kind and line, never with what it found.
    func scanOutputFolder(report: inout RunReport) {
        let root = workspace.output
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return }
        for case let url as URL in walker where Self.scannedExtensions.contains(url.pathExtension.lowercased()) {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                  let bytes = try? FileSystem.read(url) else { continue }
            let findings = OutputScanner.scan(String(decoding: bytes, as: UTF8.self), format: url.pathExtension.lowercased())
            guard let first = findings.first else { continue }
            let path = workspace.relativePath(url)
            try? FileManager.default.removeItem(at: url)
            report.blockedOutputs.append("\(path): \(first) (\(findings.count) in all); removed")
        }
    }

    static let scannedExtensions: Set<String> = ["html", "htm", "md", "csv", "json", "txt", "svg", "xml", "tsv"]
}

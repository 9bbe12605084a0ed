import Foundation

/// TEMPORARY until the EmbedData plugin lands on main: the data files read from the source tree.
enum SafeguardingData {
    private static let folder = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Data/safeguarding")
    static let words = (try? String(contentsOf: folder.appending(path: "words.txt"), encoding: .utf8)) ?? ""
    static let rules = (try? String(contentsOf: folder.appending(path: "rules.txt"), encoding: .utf8)) ?? ""
}

import Foundation
import HeardCore
import HeardIngest
import HeardPrivacy

/// Reads labelled comments for `heard safeguarding eval`: JSON Lines (one object a line with `text`,
/// `disclosure` and `kind`) or a CSV with those columns (`concern` is read as `disclosure`). `disclosure` is
/// true/false, yes/no or 1/0. Problems are reported by line, never with the comment's words.
enum SafeguardingLabels {
    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ data: Data, path: String) throws(Problem) -> [SafeguardingEvaluation.Item] {
        let bytes = Array(data)
        let firstCharacter = bytes.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        return firstCharacter == UInt8(ascii: "{") ? try jsonLines(data, path: path) : try csv(bytes, path: path)
    }

    private static func jsonLines(_ data: Data, path: String) throws(Problem) -> [SafeguardingEvaluation.Item] {
        var items: [SafeguardingEvaluation.Item] = []
        for (index, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = object["text"] as? String else {
                throw Problem(description: "\(path):\(index + 1): not a JSON object with a text field")
            }
            guard let disclosure = flag(object["disclosure"] ?? object["concern"]) else {
                throw Problem(description: "\(path):\(index + 1): disclosure must be true or false")
            }
            let kind = disclosure ? (object["kind"] as? String ?? "") : ""
            items.append(.init(text: text, isDisclosure: disclosure, kind: kind, line: index + 1))
        }
        return items
    }

    private static func csv(_ bytes: [UInt8], path: String) throws(Problem) -> [SafeguardingEvaluation.Item] {
        let source = SourceLocation(file: path)
        guard let table = try? CSVReader().read(bytes, source: source, diagnostics: DiagnosticCollector()).first,
              let text = table.columnIndex(named: "text"),
              let disclosure = table.columnIndex(named: "disclosure") ?? table.columnIndex(named: "concern") else {
            throw Problem(description: "\(path): needs columns text and disclosure (and optionally kind)")
        }
        let kind = table.columnIndex(named: "kind")
        var items: [SafeguardingEvaluation.Item] = []
        for row in table.rows {
            guard let isDisclosure = flag(row[disclosure]) else {
                throw Problem(description: "\(path): row \(row.sourceRow): disclosure must be true or false")
            }
            items.append(.init(text: row[text], isDisclosure: isDisclosure,
                               kind: isDisclosure ? kind.map { row[$0] } ?? "" : "", line: row.sourceRow))
        }
        return items
    }

    private static func flag(_ value: Any?) -> Bool? {
        if let bool = value as? Bool { return bool }
        guard let text = value as? String else { return nil }
        switch TextFolding.fold(text) {
        case "true", "yes", "1", "y": return true
        case "false", "no", "0", "n": return false
        default: return nil
        }
    }
}

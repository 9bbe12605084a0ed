import Foundation
import HeardPrivacy

/// `heard safeguarding eval FILE`: scores the screen on a labelled file and prints the figures.
enum SafeguardingEvalReport {
    static func run(path: String, half: String?, console: any Console) throws -> ExitCode {
        var selectedHalf: DevelopmentHalf?
        if let half {
            guard let chosen = DevelopmentHalf(rawValue: half) else {
                throw Arguments.UsageError("--half is tuning or reporting")
            }
            selectedHalf = chosen
        }
        guard let data = try? Data(contentsOf: URL(filePath: path)) else {
            console.err("heard safeguarding: cannot read \(path)\n")
            return .ioError
        }
        var items: [SafeguardingEvaluation.Item]
        do {
            items = try SafeguardingLabels.read(data, path: path)
        } catch {
            console.err("heard safeguarding: \(error)\n")
            return .dataError
        }
        if let selectedHalf { items = items.filter { DevelopmentHalf(of: $0.text) == selectedHalf } }
        let result = SafeguardingEvaluation.evaluate(SafeguardingScreen(), on: items)
        console.out(format(result, name: path + (selectedHalf.map { " (\($0.rawValue) half)" } ?? "")))
        return .success
    }

    static func format(_ result: SafeguardingEvaluation, name: String) -> String {
        func rate(_ value: Double) -> String { String(format: "%.2f", value) }
        func lines(_ numbers: [Int]) -> String { numbers.isEmpty ? "" : "  lines " + numbers.map(String.init).joined(separator: ", ") }
        var text = "\(name): \(result.disclosures) disclosures, \(result.ordinary) ordinary comments\n"
        text += "  kind                      found  recall  missed\n"
        for kind in result.kinds {
            text += "  " + kind.kind.padding(toLength: 24, withPad: " ", startingAt: 0)
                + String(format: "%3d/%-3d", kind.flagged, kind.disclosures) + "  " + rate(kind.recall) + lines(kind.missedLines) + "\n"
        }
        text += "  recall: \(result.flagged) of \(result.disclosures) disclosures flagged (\(rate(result.recall)))\n"
        text += "  false alarms: \(result.falseAlarmLines.count) of \(result.ordinary) ordinary comments flagged "
            + "(\(rate(result.falseAlarmRate)))" + lines(result.falseAlarmLines) + "\n"
        let speed = Double(result.disclosures + result.ordinary) / max(result.seconds, 1e-9)
        text += String(format: "  %.0f comments/s (this build, this machine)\n", speed)
        return text
    }
}

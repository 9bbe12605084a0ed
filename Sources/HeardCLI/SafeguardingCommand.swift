import Foundation
import HeardPipeline
import HeardPrivacy

/// `heard safeguarding scan|eval|list|ack`: the disclosure screen, its scores, and the restricted list of concerns.
struct SafeguardingCommand: Command {
    static let name = "safeguarding"
    static let summary = "Screen comments for disclosures of harm; list and acknowledge concerns"
    static let help = """
    Usage: heard safeguarding scan
           heard safeguarding eval FILE [--half tuning|reporting]
           heard safeguarding features
           heard safeguarding list [--workspace DIR] [--all]
           heard safeguarding ack ID --by NAME [--workspace DIR]

    scan: reads one comment per line on standard input and writes one JSON object per line:
      {"concern": true|false, "kinds": [...], "evidence": [...]}
    eval: screens labelled comments from FILE (JSON Lines, or CSV, with text, disclosure true|false and kind)
      and prints recall for each labelled kind and the false-alarm rate on ordinary comments. Misses and
      false alarms are given by line number only. With --half, only that half of the file is scored: a
      comment is in the tuning half when the first byte of the SHA-256 of its text is even.
    features: reads one comment per line on standard input and writes the trained layer's features of each
      as one JSON object per line: what Scripts/safeguarding/train.py trains on. {"features": [...], "words": N,
      "featureWords": [...] (the word each feature came from, -1: none), "sentences": [...] (each word's
      sentence), "benignSentences": [...] (sentences with an ordinary reading for the trained layer),
      "rules": [...] (every rule that fires, signs too, as "KIND line N" of rules.txt), "switchedOff": [...]
      (every rule an ordinary reading switched off, as "KIND line N off by line M")}.
    list: shows the concerns found by heard run that still need review (with --all, acknowledged ones too):
      the export, sheet, row, respondent ID and the young person's own words. This is restricted
      information: it is kept only in .heard/safeguarding/ and never reaches Output/ or the logs.
    ack: records that NAME has reviewed concern ID; runs stop announcing it.

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: ["all"], options: ["workspace", "by", "half"], maxPositionals: 2)
        switch parsed.positionals.first {
        case "scan":
            let screen = SafeguardingScreen()
            while let line = console.readLine() {
                let result = screen.scan(line)
                console.out(JSONValue.object([
                    ("concern", .bool(result.isConcern)), ("kinds", .strings(result.kinds.map(\.rawValue))),
                    ("evidence", .strings(result.evidence.map { $0.trimmingCharacters(in: .whitespaces) })),
                ]).text + "\n")
            }
            return .success
        case "features":
            let screen = SafeguardingScreen()
            while let line = console.readLine() {
                let features = screen.modelFeatures(line)
                let numbers = { (values: [Int]) in JSONValue.array(values.map { .number(Double($0)) }) }
                console.out(JSONValue.object([
                    ("features", .strings(features.names)), ("words", .number(Double(features.words))),
                    ("featureWords", numbers(features.featureWords)), ("sentences", numbers(features.wordSentences)),
                    ("benignSentences", numbers(features.benignSentences)), ("rules", .strings(features.firedRules)),
                    ("signed", .strings(features.signedRules)), ("switchedOff", .strings(features.switchedOffRules)),
                    ("aboutOthers", .strings(features.aboutOthersRules)),
                ]).text + "\n")
            }
            return .success
        case "eval":
            guard parsed.positionals.count == 2 else { throw Arguments.UsageError("missing FILE") }
            return try SafeguardingEvalReport.run(path: parsed.positionals[1], half: parsed["half"], console: console)
        case "list":
            let list = SafeguardingList(workspace: workspace(parsed))
            let concerns = try list.concerns().filter { parsed.has("all") || $0.acknowledgedBy == nil }
            if concerns.isEmpty { console.out("No comments need safeguarding review.\n") }
            for concern in concerns {
                console.out("\(concern.id)  \(concern.kinds.map(\.rawValue).joined(separator: ", "))\n")
                console.out("  where: \(concern.location)  respondent: \(concern.respondentID ?? "not given")\n")
                console.out("  found: \(concern.foundAt)\n")
                if let by = concern.acknowledgedBy { console.out("  reviewed by \(by) at \(concern.acknowledgedAt ?? "")\n") }
                console.out("  said: \(concern.text)\n\n")
            }
            return .success
        case "ack":
            guard parsed.positionals.count == 2 else { throw Arguments.UsageError("missing concern ID") }
            guard let by = parsed["by"], !by.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Arguments.UsageError("say who reviewed it with --by NAME")
            }
            try SafeguardingList(workspace: workspace(parsed)).acknowledge(parsed.positionals[1], by: by)
            console.out("heard: concern \(parsed.positionals[1]) acknowledged by \(by)\n")
            return .success
        default:
            throw Arguments.UsageError("expected scan, eval, features, list or ack")
        }
    }
}

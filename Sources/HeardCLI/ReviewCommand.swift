import HeardPipeline
import HeardSummary

/// `heard review list|approve|hide|reword`: the review page's decisions from the command line.
struct ReviewCommand: Command {
    static let name = "review"
    static let summary = "List candidate quotes and approve, hide or reword them"
    static let help = """
    Usage: heard review list [--workspace DIR]
           heard review approve ID [--workspace DIR]
           heard review hide ID [--workspace DIR]
           heard review reword ID --wording TEXT [--workspace DIR]
           heard review retag ID --themes ID[;ID...] [--workspace DIR]

    list: every candidate quote (already redacted) with its id, wave and current decision.
    approve, hide, reword: records the Children in Care Council's decision; the next heard run applies it.
    retag: the quote is about these themes instead (--themes "" for none); the next run re-tags the comment.
    Decisions saved from the review page in Output/review/ go into Surveys/reviews/ instead.

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, options: ["workspace", "wording", "themes"], maxPositionals: 2)
        let pipeline = Pipeline(workspace: workspace(parsed))
        switch parsed.positionals.first {
        case "list":
            let documents = try pipeline.summaries()
            var any = false
            for document in documents {
                for candidate in document.candidates {
                    any = true
                    console.out("\(candidate.id)  \(document.slug)  \(candidate.decision)  [\(candidate.themeID ?? "other")]\n")
                    console.out("    \(candidate.text)\n")
                }
            }
            if !any { console.out("No quotes to review yet.\n") }
            return .success
        case "approve", "hide", "reword":
            guard parsed.positionals.count == 2 else { throw Arguments.UsageError("missing quote ID") }
            let kind = ReviewDecision.Kind(rawValue: parsed.positionals[0])!
            if kind == .reword && (parsed["wording"] ?? "").isEmpty {
                throw Arguments.UsageError("reword needs --wording TEXT")
            }
            try pipeline.recordReview(ReviewDecision(id: parsed.positionals[1], decision: kind, wording: parsed["wording"]))
            console.out("heard: recorded; the next heard run applies it\n")
            return .success
        case "retag":
            guard parsed.positionals.count == 2 else { throw Arguments.UsageError("missing quote ID") }
            guard let themes = parsed["themes"] else { throw Arguments.UsageError("retag needs --themes ID[;ID...]") }
            try pipeline.recordRetag(id: parsed.positionals[1],
                                     themes: themes.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                                        .filter { !$0.isEmpty })
            console.out("heard: recorded; the next heard run re-tags that comment\n")
            return .success
        default:
            throw Arguments.UsageError("expected list, approve, hide, reword or retag")
        }
    }
}

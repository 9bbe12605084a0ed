import Foundation
import HeardCore
import HeardIngest
import HeardPrivacy

/// `heard redact`: removes identifiers from comments on standard input.
struct RedactCommand: Command {
    static let name = "redact"
    static let summary = "Redact identifiers from comments (one per line on stdin)"
    static let help = """
    Usage: heard redact [--eval FILE [--details]] [--name-places]

    Reads one comment per line from standard input and writes the same comment with identifiers replaced
    by child-readable placeholders ([name], [phone number], [email], [school], [address], [postcode], [date],
    [NHS number], [NI number], [social media handle]...), one per line, in the same order.

    With --eval FILE (a CSV with columns text,identifiers where identifiers are kind:value separated by |),
    prints how many planted identifiers of each kind leak, how many ordinary words are lost, and which
    placeholder took them (over-redaction per kind). A value said in number words leaks when four of its
    digits in a row survive, written or said; a number word of it elsewhere in the comment ("one", "oh") is
    not its leak. The strict count beside it ("strict N") counts any surviving word of the value, number
    words included. With --details, also lists each leaked identifier and each lost word with the redacted
    comment (for a planted development corpus only).

    With --name-places (for development), prints instead, for each comment read, every everyday word that is
    also a name, whether the name rules found it one, and the features of its place:
    "LINE<tab>WORD<tab>1|0<tab>FEATURES" (LINE counts from 0). Scripts/gazetteer/train_name_places.py learns the place model's weights from them.

    """

    static func run(_ arguments: [String], console: any Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: ["details", "name-places"], options: ["eval"])
        if let path = parsed["eval"] { return try evaluate(path, details: parsed.flags.contains("details"), console: console) }
        let redactor = Redactor()
        if parsed.flags.contains("name-places") {
            var line = 0
            while let text = console.readLine() {
                for place in redactor.namePlaces(in: text) {
                    console.out("\(line)\t\(place.word)\t\(place.ruled ? 1 : 0)\t\(place.features.joined(separator: " "))\n")
                }
                line += 1
            }
            return .success
        }
        while let line = console.readLine() { console.out(redactor.redact(line) + "\n") }
        return .success
    }

    static func evaluate(_ path: String, details: Bool, console: any Console) throws -> ExitCode {
        guard let data = try? Data(contentsOf: URL(filePath: path)) else {
            console.err("heard redact: cannot read \(path)\n")
            return .ioError
        }
        let table = try CSVReader().read(Array(data), source: SourceLocation(file: path), diagnostics: DiagnosticCollector())[0]
        guard let text = table.columnIndex(named: "text"), let identifiers = table.columnIndex(named: "identifiers") else {
            console.err("heard redact: \(path) needs columns text and identifiers\n")
            return .dataError
        }
        let items = table.rows.map { row in
            (text: row[text], planted: row[identifiers].split(separator: "|").compactMap { entry -> RedactionEvaluation.Planted? in
                guard let colon = entry.firstIndex(of: ":") else { return nil }
                return .init(kind: String(entry[..<colon]), value: String(entry[entry.index(after: colon)...]))
            })
        }
        let result = RedactionEvaluation.evaluate(Redactor(), on: items, details: details)
        if details {
            for leak in result.leaks { console.out("LEAK \(leak.kind): \(leak.value)\n    \(leak.output)\n") }
            for loss in result.losses { console.out("LOST \(loss.word) to \(loss.placeholder)\n    \(loss.output)\n") }
        }
        console.out("\(result.comments) comments, \(result.planted.values.reduce(0, +)) identifiers planted\n")
        for kind in result.planted.keys.sorted() {
            let rate = String(format: "%.1f%%", result.leakRate(kind) * 100)
            console.out("  \(kind.padding(toLength: 14, withPad: " ", startingAt: 0)) leaked \(result.leaked[kind] ?? 0) "
                        + "of \(result.planted[kind]!) (\(rate)); strict \(result.leakedStrict[kind] ?? 0)\n")
        }
        console.out(String(format: "  ordinary words lost: %d of %d (%.1f%%)\n", result.ordinaryLost, result.ordinaryWords,
                           result.overRedaction * 100))
        for (placeholder, count) in result.lostTo.sorted(by: { $0.value > $1.value }) {
            console.out("    to \(placeholder): \(count)\n")
        }
        console.out(String(format: "  %.0f comments/s\n", Double(result.comments) / max(result.seconds, 1e-9)))
        return .success
    }
}

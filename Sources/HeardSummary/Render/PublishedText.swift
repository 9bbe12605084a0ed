import Foundation
import HeardCore

/// Question wordings and answer labels come from exports and are published as they were written. These are
/// the ways each appears in the rendered files, so the pipeline's final privacy scan can tell a survey's own
/// option ("@Home", a formula-like label) from an identifier that slipped through.
public enum PublishedText {
    /// Every closed-question wording and answer label the documents publish.
    public static func closedQuestionText(_ documents: [SummaryDocument]) -> Set<String> {
        var texts: Set<String> = []
        for indicator in documents.flatMap(\.indicators) {
            texts.insert(indicator.text)
            for answer in indicator.answers {
                texts.insert(answer.label)
                for spelling in answer.written ?? [] { texts.insert(spelling) }
            }
        }
        return texts
    }

    /// What a CSV cell written for `text` holds, as a reader of the file (and the final scan) reads it back.
    public static func csvCell(_ text: String) -> String { CSVCell.value(text) }

    /// What the Markdown summary prints for an approved quote `text`: its line under a theme or among the other
    /// things, then its line under a point (`MarkdownRenderer.quoteLine`). A quote holding a line end makes
    /// several lines of the file.
    public static func markdownQuoteLines(_ text: String) -> [String] {
        [MarkdownRenderer.quoteLine(text), MarkdownRenderer.quoteLine(text, underPoint: true)]
    }

    /// Whether the Markdown summary's lines for a quote `text` can read differently from the text itself: it
    /// holds a character Markdown escapes (a backslash is put before it, so an underscore no longer joins the
    /// word before it), or a line end (the file is read line by line). Any other quote is printed as it is,
    /// between fixed marks.
    public static func markdownMayDiffer(_ text: String) -> Bool {
        text.utf8.contains { markdownDiffers[Int($0)] }
    }

    /// The bytes `markdownMayDiffer` looks for: "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|" and line ends.
    private static let markdownDiffers: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "\\`*_[]<>#|\n\r".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// The forms `text` takes in the Markdown, HTML, CSV and JSON files.
    public static func forms(of text: String) -> [String] {
        var json = ""
        JSONString.write(text, to: &json)
        let forms = [text, Markup.escape(text), Markup.escape(Chart.shortLabel(text)), MarkdownRenderer.literal(text),
                     String(json.dropFirst().dropLast()), CSVCell.escape(text)]
        return Array(Set(forms.filter { !$0.isEmpty })).sorted { $0.count > $1.count }
    }
}

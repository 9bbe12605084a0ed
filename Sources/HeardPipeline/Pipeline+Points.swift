import Foundation
import HeardCore
import HeardPrivacy
import HeardSummary
import HeardThemes

/// Points in the nightly job: the framework's shipped points plus the council's own
/// (`Surveys/frameworks/<framework-id>.points.txt`), assigned to every stored comment when summaries are
/// built (points are not stored, so editing a points file needs no re-reading of exports), and the officer's
/// list of frequent words in comments that fit no theme or no point.
extension Pipeline {
    /// The workspace file that adds points to a framework: `Surveys/frameworks/<framework-id>.points.txt`.
    func pointsFile(for frameworkID: String) -> URL {
        workspace.frameworks.appending(path: "\(frameworkID)\(Self.pointsSuffix)")
    }

    /// How a points file's name ends, so it is not read as a codebook.
    static let pointsSuffix = ".points.txt"

    /// The shipped points for the framework with the council's file added. A council file that cannot be read
    /// is a warning naming its line, and the shipped points are used; points under a theme the framework does
    /// not have are warned about and left out.
    func loadPoints(framework: ThemeFramework, diagnostics: any DiagnosticSink) -> PointBook {
        var book = BuiltInPoints.book(for: framework.id)
        let url = pointsFile(for: framework.id)
        if let bytes = try? FileSystem.read(url) {
            let source = SourceLocation(file: workspace.relativePath(url))
            do {
                let council = try PointFile.parse(String(decoding: bytes, as: UTF8.self), source: source)
                if council.frameworkID != framework.id {
                    diagnostics.emit(.warning("this points file says \"framework: \(council.frameworkID)\"; its points "
                        + "are used for \(framework.id), whose name the file has", at: source))
                }
                book = book.adding(council)
            } catch {
                diagnostics.emit(.warning("points file not used (\(error.message)); the shipped points are used",
                                          at: error.location ?? source))
            }
        }
        for problem in PointFile.problems(book, framework: framework) {
            diagnostics.emit(.warning(problem + "; left out", at: SourceLocation(file: workspace.relativePath(url))))
        }
        let known = Set(framework.themes.map(\.id))
        return PointBook(frameworkID: framework.id, points: book.points.filter { known.contains($0.themeID) })
    }

    /// The officer's list: frequent words in comments with no theme, and per theme in comments with none of its
    /// points. Comments routed to safeguarding never lend their words.
    static func unmatchedWords(_ responses: [Response], book: PointBook) -> UnmatchedWords.Summary {
        let themeOfPoint = Dictionary(book.points.map { ($0.id, $0.themeID) }, uniquingKeysWith: { first, _ in first })
        // Which lists each comment lends its words to, then each such comment read once, on both cores.
        var listed: [(text: String, noTheme: Bool, noPoint: [String])] = []
        for response in responses {
            for comment in response.comments where !comment.hasConcern {
                // Its themes (each once, sorted) that none of its points is under: no set and no sort of every theme per comment.
                var noPoint: [String] = []
                for tag in comment.tags where !noPoint.contains(tag.themeID)
                    && !comment.points.contains(where: { themeOfPoint[$0] == tag.themeID }) {
                    noPoint.append(tag.themeID)
                }
                if comment.tags.isEmpty || !noPoint.isEmpty { listed.append((comment.text, comment.tags.isEmpty, noPoint.sorted())) }
            }
        }
        let texts = Distinct(listed.map(\.text))
        let terms = texts.spread(ParallelMap.map(texts.values, UnmatchedWords.terms(in:)))
        var noTheme: [Set<String>] = []
        var noPoint: [String: [Set<String>]] = [:]
        for (entry, found) in zip(listed, terms) {
            if entry.noTheme { noTheme.append(found) }
            for theme in entry.noPoint { noPoint[theme, default: []].append(found) }
        }
        // Comments are redacted already; as a second guard a word the redactor would still take out (a name it
        // knows) or the output scanner would stop is never listed.
        let redactor = Redactor()
        let safe = { (terms: [UnmatchedWords.Term]) in
            terms.filter { redactor.redact($0.text) == $0.text && OutputScanner.scan($0.text).isEmpty }
        }
        var summary = UnmatchedWords.Summary()
        summary.noTheme = safe(UnmatchedWords.frequent(terms: noTheme, limit: 15))
        for (theme, found) in noPoint {
            let terms = safe(UnmatchedWords.frequent(terms: found, limit: 8))
            if !terms.isEmpty { summary.noPoint[theme] = terms }
        }
        return summary
    }

    /// The points as text, for the outputs fingerprint: a changed points file rebuilds the summaries.
    static func fingerprintText(_ book: PointBook) -> String {
        book.points.map { point in
            ([point.id, point.themeID, point.label, point.plain, point.isBroad ? "broad" : ""] + point.cues
                + point.pairs.map(\.line)).joined(separator: "|")
        }.joined(separator: "\n")
    }
}

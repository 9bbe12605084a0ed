import HeardCore

/// The Children in Care Council's review page (`Output/review/`): every candidate quote, already redacted,
/// with Approve / Hide / Suggest new wording, a "What is it about?" choice of topic (a change re-tags the
/// comment on the next run), and a "Save decisions" button that downloads a decisions file for the officer to
/// drop into `Surveys/reviews/`. One self-contained file: works offline from a shared drive.
///
/// The page is bounded: each point's best comments, every comment already decided, and the clearest few others
/// per theme (`Candidate.onPage`). The rest are listed for the officer in `review/<slug>-more.csv` (with their
/// ids, for `heard review approve ID`).
public struct ReviewPageRenderer: SummaryRenderer {
    public init() {}

    public func render(_ document: SummaryDocument) -> [OutputFile] {
        var files = [OutputFile(path: "review/\(document.slug).html", text: html(document))]
        let more = document.candidates.filter { !$0.onPage }
        if !more.isEmpty { files.append(OutputFile(path: Self.morePath(document), text: csv(more, of: document))) }
        return files
    }

    /// The officer's list of the candidates not on the page.
    static func morePath(_ document: SummaryDocument) -> String { "review/\(document.slug)-more.csv" }

    func csv(_ candidates: [SummaryDocument.Candidate], of document: SummaryDocument) -> String {
        let titles = Dictionary(document.themes.map { ($0.heading.id, $0.heading.title) }, uniquingKeysWith: { a, _ in a })
        // A list can hold most of a large survey's comments: its lines are made on every core.
        let lines = ParallelMap.map(candidates) { candidate in
            CSVCell.line([candidate.id, candidate.themeID.flatMap { titles[$0] } ?? "Other things",
                          candidate.decision, candidate.text])
        }
        return CSVCell.line(["id", "theme", "decision", "comment"]) + lines.joined()
    }

    public func html(_ document: SummaryDocument) -> String {
        let e = HTML.escape
        var body = "<h1>Draft for review: \(e(document.series.title)), \(e(document.wave.label))</h1>\n"
        body += "<p>These are things young people wrote. Names and other details have been taken out. "
            + "Please choose which ones can go in the \u{201C}You said, we did\u{201D} poster.</p>\n"
        body += "<p>Under each thing young people said, the comments that say it best come first: please "
            + "approve one for each if you can.</p>\n"
        body += "<p>For each one, choose Approve, Hide, or Suggest new wording. If it is under the wrong topic, "
            + "choose the right one. Then press \u{201C}Save decisions\u{201D} and give the file to your participation officer.</p>\n"
        body += "<form id=\"review\" data-series=\"\(e(document.series.id))\" data-wave=\"\(e(document.wave.label))\" "
            + "data-file=\"review-decisions-\(e(document.slug)).json\">\n"
        let sections = Dictionary(document.themes.map { ($0.heading.id, $0) }, uniquingKeysWith: { a, _ in a })
        let shown = document.candidates.filter(\.onPage)
        if shown.isEmpty { body += "<p>There are no quotes to review yet.</p>\n" }
        let more = document.candidates.count - shown.count
        if more > 0 {
            body += "<p>This page shows the clearest comments on each topic. \(more) more are in a list your "
                + "participation officer has (\(e(Self.morePath(document)))).</p>\n"
        }
        // Candidates come theme by theme: first the comments that say each of its top points best, then the rest.
        var theme: String?? = .none
        var point: String?
        for (index, candidate) in shown.enumerated() {
            let section = candidate.themeID.flatMap { sections[$0] }
            let startsTheme = theme == .none || theme! != candidate.themeID
            if startsTheme {
                body += "<h2 class=\"group\">\(e(section?.heading.childTitle ?? "Other things you told us"))</h2>\n"
                theme = .some(candidate.themeID)
            }
            if startsTheme || point != candidate.pointID {
                if let made = section?.points.first(where: { $0.heading.id == candidate.pointID }) {
                    body += "<h3 class=\"group\">\u{201C}\(e(made.heading.label))\u{201D}: which comment says it best?</h3>\n"
                } else {
                    body += "<h3 class=\"group\">\(startsTheme ? "Comments" : "Other comments") about this</h3>\n"
                }
                point = candidate.pointID
            }
            body += quote(candidate, index: index, of: shown.count, themes: document.themes.map(\.heading))
        }
        body += "<button type=\"button\" id=\"save\">Save decisions</button>\n"
        body += "<p id=\"status\" role=\"status\" aria-live=\"polite\"></p>\n</form>"
        return HTML.page(title: "Review quotes: \(document.series.title), \(document.wave.label)", body: body,
                         extraStyle: style, script: script)
    }

    /// One candidate with its decision, topic and wording controls.
    private func quote(_ candidate: SummaryDocument.Candidate, index: Int, of count: Int,
                       themes: [SummaryDocument.ThemeHeading]) -> String {
        let e = HTML.escape
        let name = "q\(index)"
        var body = "<section class=\"quote\" data-id=\"\(e(candidate.id))\" aria-labelledby=\"\(name)-title\">\n"
        body += "<h4 id=\"\(name)-title\">Quote \(index + 1) of \(count)</h4>\n"
        body += "<blockquote><p>\(e(candidate.text))</p></blockquote>\n"
        body += "<fieldset class=\"decision\"><legend>Your decision on quote \(index + 1)</legend>\n"
        for (value, label) in [("approve", "Approve"), ("hide", "Hide"), ("reword", "Suggest new wording")] {
            let checked = candidate.decision == value ? " checked" : ""
            body += "<label class=\"choice\"><input type=\"radio\" name=\"\(name)\" value=\"\(value)\"\(checked)> \(label)</label>\n"
        }
        body += "</fieldset>\n"
        body += "<label class=\"topic\" for=\"\(name)-topic\">What is it about?</label>\n"
        body += "<select id=\"\(name)-topic\" data-current=\"\(e(candidate.themeID ?? ""))\">\n"
        for heading in themes + [.init(id: "", title: "", childTitle: "Other things you told us")] {
            let selected = heading.id == (candidate.themeID ?? "") ? " selected" : ""
            body += "<option value=\"\(e(heading.id))\"\(selected)>\(e(heading.childTitle))</option>\n"
        }
        body += "</select>\n"
        body += "<label class=\"wording\" for=\"\(name)-wording\">New wording (only if you chose Suggest new wording)</label>\n"
        body += "<textarea id=\"\(name)-wording\" name=\"\(name)-wording\" rows=\"2\"></textarea>\n</section>\n"
        return body
    }

    private let style = "section.quote{border:2px solid #b1b4b6;border-radius:.5rem;margin:1rem 0;padding:.75rem}"
        + "section.quote h4{font-size:1rem;margin:0;padding:0;color:#3b3b3b}h3.group{margin-top:1.5rem}fieldset.decision{border:0;padding:0;margin:.5rem 0}"
        + "legend{font-weight:700}.choice{display:inline-block;margin:.25rem 1rem .25rem 0;font-size:1.1rem}"
        + ".choice input{width:1.3rem;height:1.3rem}.wording,.topic{display:block;margin-top:.5rem}"
        + "select{font:inherit;font-size:1.05rem;padding:.3rem;max-width:100%}"
        + "textarea{width:100%;font:inherit}button{font:inherit;font-size:1.2rem;padding:.6rem 1.2rem;background:#00703c;"
        + "color:#fff;border:0;border-radius:.3rem;cursor:pointer}button:focus{outline:3px solid #ffdd00}"

    private let script = """
    document.getElementById('save').addEventListener('click', function () {
      var form = document.getElementById('review');
      var decisions = [];
      form.querySelectorAll('section.quote').forEach(function (set) {
        var chosen = set.querySelector('input[type=radio]:checked');
        var topic = set.querySelector('select');
        var moved = topic.value !== topic.getAttribute('data-current');
        if (!chosen && !moved) { return; }
        var entry = { id: set.getAttribute('data-id'), decision: chosen ? chosen.value : 'retag' };
        if (chosen && chosen.value === 'reword') { entry.wording = set.querySelector('textarea').value; }
        if (moved) {
          entry.themes = topic.value ? [topic.value] : [];
          entry.text = set.querySelector('blockquote').textContent.trim();
        }
        decisions.push(entry);
      });
      var file = { format: 'heard-review-decisions', version: 1, series: form.getAttribute('data-series'),
                   wave: form.getAttribute('data-wave'), decisions: decisions };
      var blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
      var link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = form.getAttribute('data-file');
      document.body.appendChild(link);
      link.click();
      link.remove();
      document.getElementById('status').textContent = 'Saved ' + decisions.length +
        ' decisions. Give the file to your participation officer.';
    });
    """
}

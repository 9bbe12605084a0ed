import HeardCore

/// Escaping and the shared page shell for self-contained HTML.
enum HTML {
    static func escape(_ text: String) -> String { Markup.escape(text) }

    /// A complete page: no external scripts, fonts, images or requests. `script` is inline, if any.
    static func page(title: String, body: String, extraStyle: String = "", script: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>\(stylesheet)\(extraStyle)</style>
        </head>
        <body>
        <a class="skip" href="#main">Skip to the summary</a>
        <main id="main">
        \(body)
        </main>
        \(script.isEmpty ? "" : "<script>\n\(script)\n</script>")
        </body>
        </html>

        """
    }

    static let stylesheet = """
    body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#0b0c0c;background:#fff;margin:0;\
    line-height:1.5;font-size:1.05rem}main{max-width:46rem;margin:0 auto;padding:1rem 1.25rem 3rem}\
    h1{font-size:1.8rem;color:#0b3d6b}h2{font-size:1.4rem;color:#0b3d6b;border-top:3px solid #0b3d6b;\
    padding-top:.75rem;margin-top:2rem}h3{font-size:1.1rem;margin-bottom:.25rem}\
    .said,.did{padding:.5rem 1rem;border-radius:.5rem;margin:.5rem 0}.said{background:#eef5fb}.did{background:#eef7ea}\
    .status{font-weight:700}.note{font-size:.95rem;color:#3b3b3b}blockquote{margin:.5rem 0;padding:.25rem .75rem;\
    border-left:4px solid #1d70b8;background:#fff;font-style:italic}.skip{position:absolute;left:-999px}\
    .skip:focus{left:1rem;top:1rem;background:#ffdd00;color:#0b0c0c;padding:.5rem}figure{margin:1rem 0}\
    .chart{max-width:32rem;display:block}.chart-label,.chart-value{font-size:13px;fill:#0b0c0c}.bar{fill:#1d70b8}\
    .bar-hidden{fill:#fff;stroke:#505a5f;stroke-dasharray:3 2}figcaption{font-weight:600}\
    table.data{border-collapse:collapse;margin:.5rem 0;font-size:.95rem}table.data caption{text-align:left;\
    font-size:.9rem;color:#3b3b3b}table.data th,table.data td{border:1px solid #b1b4b6;padding:.2rem .5rem;\
    text-align:left}.trend-up{color:#00703c;font-weight:700}.trend-down{color:#b3261e;font-weight:700}\
    .visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;\
    clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}h4.question{font-size:1rem;margin:1rem 0 0}\
    ul.points{padding-left:1.25rem}ul.points li{margin:.35rem 0}\
    @media print{@page{margin:1.2cm}body{font-size:11pt;line-height:1.35;background:#fff}main{max-width:none;\
    padding:0}.skip,script,button,form,#status{display:none}h1{font-size:22pt;text-align:center;margin:0 0 .5rem}\
    h2{font-size:15pt;break-after:avoid;margin-top:1rem}h3,h4{break-after:avoid}figure,blockquote,li,.did{\
    break-inside:avoid}.said,.did{-webkit-print-color-adjust:exact;print-color-adjust:exact;border:1px solid \
    #b1b4b6}.bar{-webkit-print-color-adjust:exact;print-color-adjust:exact}a{color:inherit;text-decoration:none}\
    .chart{max-width:14cm}}
    """
}

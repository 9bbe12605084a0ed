/// Escaping and small builders for self-contained HTML.
enum HTML {
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }

    /// A complete page with the shared stylesheet; no scripts, fonts or requests to the network.
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>\(stylesheet)</style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    static let stylesheet = """
    body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#1b1b1b;background:#fff;margin:0;\
    line-height:1.5;font-size:1.05rem}main{max-width:46rem;margin:0 auto;padding:1rem 1.25rem 3rem}\
    h1{font-size:1.8rem;color:#0b3d6b}h2{font-size:1.4rem;color:#0b3d6b;border-top:3px solid #0b3d6b;\
    padding-top:.75rem;margin-top:2rem}h3{font-size:1.1rem;margin-bottom:.25rem}\
    .said,.did{padding:.5rem 1rem;border-radius:.5rem}.said{background:#eef5fb}.did{background:#f1f8ee}\
    .status{font-weight:700}.note{font-size:.9rem;color:#444}\
    @media print{body{font-size:11pt}main{max-width:none}h2{break-before:auto;break-after:avoid}\
    section{break-inside:avoid}}
    """
}
